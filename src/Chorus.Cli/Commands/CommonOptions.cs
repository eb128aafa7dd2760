using System.CommandLine;
using Chorus.Summarize;

namespace Chorus.Cli.Commands;

/// <summary>Options several commands share, defined once so they read and behave alike.</summary>
public static class CommonOptions
{
    public static Option<int?> Words() => new("--words") { Description = "Summary budget in words (default 100)" };
    public static Option<int?> Bytes() => new("--bytes") { Description = "Summary budget in bytes" };
    public static Option<int?> Sentences() => new("--sentences") { Description = "Summary budget in sentences" };

    public static Option<string> Method() => new("--method")
    {
        Description = $"Selection method: {string.Join(", ", SummarizerCatalog.All.Select(s => s.Name))}",
        DefaultValueFactory = _ => SummarizerCatalog.DefaultName,
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = $"Output format: {string.Join(", ", formats)}", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string?> Store() => new("--store")
    {
        Description = $"The corpus store: a SQLite file (default {Chorus.Store.ArticleStore.DefaultFile} in the current folder) or a PostgreSQL connection string (\"Host=…;Database=…;Username=…;Password=…\")",
    };

    public static Budget BudgetOf(int? words, int? bytes, int? sentences, int defaultWords = 100)
    {
        var given = new[] { words, bytes, sentences }.Count(v => v is not null);
        if (given > 1) throw new UsageException("give only one of --words, --bytes and --sentences");
        if (new[] { words, bytes, sentences }.Any(v => v is <= 0)) throw new UsageException("the budget must be a positive number");
        if (bytes is int b) return new Budget(BudgetUnit.Bytes, b);
        if (sentences is int s) return new Budget(BudgetUnit.Sentences, s);
        return Budget.Words(words ?? defaultWords);
    }

    public static ISummarizer SummarizerOf(string name) =>
        SummarizerCatalog.Find(name) ?? throw new UsageException($"unknown method '{name}' (known: {string.Join(", ", SummarizerCatalog.All.Select(s => s.Name))})");
}
