using System.CommandLine;
using System.Text;

namespace Chorus.Cli.Commands;

/// <summary>The sections every --help ends with: examples to copy, and what the exit code means.</summary>
public static class HelpText
{
    public const string ExitCodes =
        "Exit codes:\n" +
        "  0  done, every input used\n" +
        "  1  failed: nothing usable was read, or the work could not be done\n" +
        "  2  usage error: unknown option or command, bad value, missing argument\n" +
        "  3  done, but some inputs could not be used (each named in a warning)\n";

    /// <summary>Keyed by command name; a command missing here gets no examples, which a test catches.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Examples = new Dictionary<string, string[]>
    {
        [""] = ["chorus summarize samples/lakeport-ferry", "chorus analyze samples/lakeport-ferry --format markdown", "chorus summarize --help"],
        ["summarize"] = ["chorus summarize samples/lakeport-ferry", "chorus summarize a.html b.txt feed.jsonl --words 60 --format markdown --out summary.md", "cat article.txt | chorus summarize - other.txt"],
        ["analyze"] = ["chorus analyze samples/lakeport-ferry", "chorus analyze articles/ --format json --out analysis.json"],
        ["eval"] = ["chorus eval ../shared/data/multinews-dev", "chorus eval ../shared/data/multinews-dev --method lead --format json --save out/"],
        ["rouge"] = ["chorus rouge --peer summary.txt --refs ref1.txt ref2.txt", "chorus rouge --peer summary.txt --refs ref.txt --flags \"-n 2 -m -a\" --format json"],
        ["train"] = ["chorus train ../shared/data/multinews-dev --folds 5", "chorus train ../shared/data/multinews-dev --folds 0 --out src/Chorus.Core/Summarize/Models/chorus-ranker.json"],
        ["bench"] = ["chorus bench ../shared/data/multinews-dev --repeat 7", "chorus bench ../shared/data/multinews-dev --method lead"],
        ["ingest"] = ["chorus ingest articles/ feed.xml", "chorus ingest https://example.org/feed.rss --store \"Host=localhost;Database=chorus;Username=chorus;Password=…\"", "cat article.txt | chorus ingest -"],
        ["stories"] = ["chorus stories", "chorus stories --since 2026-11-01 --format json"],
        ["story"] = ["chorus story 12", "chorus story 12 --format markdown > story-12.md"],
        ["eval-stories"] = ["chorus eval-stories ../shared/data/multinews-dev --orders 3"],
        ["bench-ingest"] = ["chorus bench-ingest ../shared/data/multinews-dev --articles 100000 --every 10000"],
        // Commands other branches add; here so their help has examples on the day they merge.
        ["serve"] = ["chorus serve", "chorus serve --store chorus.db --urls http://127.0.0.1:5080"],
        ["bench-serve"] = ["chorus bench-serve ../shared/data/multinews-dev --articles 10000"],
        ["eval-analysis"] = ["chorus eval-analysis ../shared/data/multinews-dev", "chorus eval-analysis ../shared/data/multinews-dev --misses"],
    };

    public static string Sections(Command command)
    {
        var sb = new StringBuilder();
        if (Examples.TryGetValue(command is RootCommand ? "" : command.Name, out var examples))
        {
            sb.Append("Examples:\n");
            foreach (var e in examples) sb.Append("  ").Append(e).Append('\n');
            sb.Append('\n');
        }
        sb.Append(ExitCodes);
        return sb.ToString().Replace("\n", Environment.NewLine);
    }
}
