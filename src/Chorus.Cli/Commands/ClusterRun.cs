using System.CommandLine;
using Chorus.Ingest;
using Chorus.Pipeline;
using Chorus.Report;

namespace Chorus.Cli.Commands;

/// <summary>
/// What summarize and analyze share: the PATH argument and --out option, reading the inputs with one warning line
/// per bad one, running the pipeline, refusing when no article was read, and writing the report.
/// </summary>
public static class ClusterRun
{
    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Articles: files (text, HTML, JSON Lines), folders (a folder with docs/ is one dataset cluster), or - for stdin",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> Output() => new("--out") { Description = "Write the report to this file instead of standard output (its folder must exist)" };

    public static int Execute(string[] paths, ClusterPipeline pipeline, Summarize.Budget budget, IReportWriter writer, string? outFile,
        TextWriter stdout, TextWriter stderr)
    {
        var (final, code) = Report(paths, pipeline, budget, stderr);
        if (final is null) return code;
        // Streamed as it is written: a large report (JSON carries every article) never exists whole in memory.
        if (outFile is not null)
        {
            using (var file = File.Create(outFile))
            using (var output = new StreamedUtf8Output(file))
                writer.Write(final, output);
            Progress.Note(stderr, $"wrote {outFile}");
        }
        else
        {
            using var output = new StreamedUtf8Output(stdout);
            writer.Write(final, output);
        }
        return code;
    }

    /// <summary>The report with its notes, or null and the exit code when nothing usable was read. A method of its own
    /// so that the pipeline's records die with it: a method run once is not optimized, and its locals stay alive to
    /// its end, so the 16 MB input's tokens, stems and sentence records (over 100 MB) were held while the report was
    /// written.</summary>
    private static (SummaryReport? Report, int Code) Report(string[] paths, ClusterPipeline pipeline, Summarize.Budget budget, TextWriter stderr)
    {
        var read = new ArticleReader().Read(paths);
        foreach (var warning in read.Warnings) stderr.WriteLine(TerminalText.SafeLine(warning.ToString()));
        if (read.Documents.Count == 0)
        {
            stderr.WriteLine("chorus: no article could be read");
            return (null, Program.InputError);
        }
        var (report, documents) = Summarized(read, pipeline, budget, stderr);
        if (report is null)
        {
            stderr.WriteLine("chorus: none of the inputs is a news article");
            return (null, Program.InputError);
        }
        var notes = Notes(report, documents);
        foreach (var note in notes) stderr.WriteLine(TerminalText.SafeLine($"warning: {note}"));
        return (report with { Notes = notes.Count > 0 ? notes : null }, read.Warnings.Count > 0 ? Program.SomeInputsFailed : Program.Ok);
    }

    /// <summary>The pipeline's report (null when no input is an article) and the cleaned documents the notes read.
    /// The pipeline's own records (tokens, stems, sentence records, link groups) die when this returns, before the
    /// story grouping of the notes profiles every article again.</summary>
    private static (SummaryReport? Report, IReadOnlyList<Chorus.Clean.CleanDocument> Documents) Summarized(IngestResult read, ClusterPipeline pipeline,
        Summarize.Budget budget, TextWriter stderr)
    {
        var result = pipeline.Run(read.Documents, budget);
        foreach (var doc in result.Documents.Where(d => !d.IsArticle))
            stderr.WriteLine(TerminalText.SafeLine($"warning: {doc.Source.Origin}: {doc.NonArticleReason}"));
        return (result.Documents.Any(d => d.IsArticle) ? SummaryReport.From(result, read.Warnings) : null, result.Documents);
    }

    /// <summary>What limits the report, said in it: a summary of one outlet corroborates nothing, and one of
    /// several stories mixes events.</summary>
    private static List<string> Notes(SummaryReport report, IReadOnlyList<Chorus.Clean.CleanDocument> documents)
    {
        var notes = new List<string>();
        var articles = report.Documents.Where(d => d.IsArticle).ToList();
        // An article without a named outlet counts as its own source: two unnamed files are two reports.
        var outlets = articles.Select(d => d.Outlet is { Length: > 0 } o ? "outlet:" + o.ToLowerInvariant() : "doc:" + d.Id).Distinct().ToList();
        if (outlets.Count == 1)
            notes.Add(articles.Count == 1
                ? "only one article: nothing in this summary is confirmed by another outlet"
                : $"all {articles.Count} articles are from one outlet ({articles[0].Outlet}): nothing in this summary is confirmed by another outlet");
        var groups = InputStories.Group(documents);
        if (groups.Count > 1)
        {
            var listed = groups.Take(ListedPerNote).Select(g => Story(report, g));
            var rest = groups.Count > ListedPerNote ? $"; … and {Count(groups.Count - ListedPerNote)} more stories" : "";
            notes.Add($"the inputs look like {Count(groups.Count)} different stories, summarized together: " +
                      string.Join("; ", listed) + rest + ". Summarize each story on its own for a clear summary");
        }
        return notes;
    }

    /// <summary>Stories a note names, and article numbers it names per story: a 16 MB input's note listed all 17,000
    /// numbers of one story on one 290 KB line, which no reader reads.</summary>
    private const int ListedPerNote = 10;

    /// <summary>"[1], [3] "Headline"" for a few articles; a larger story's first numbers, how many more, and how many
    /// it has in all.</summary>
    private static string Story(SummaryReport report, IReadOnlyList<Chorus.Clean.CleanDocument> story)
    {
        var numbers = string.Join(", ", story.Take(ListedPerNote).Select(d => $"[{report.NumberOf(d.Id)}]"));
        var more = story.Count > ListedPerNote ? $" … and {Count(story.Count - ListedPerNote)} more ({Count(story.Count)} articles)" : "";
        return $"{numbers}{more} \"{Headline(story[0])}\"";
    }

    private static string Count(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static string Headline(Chorus.Clean.CleanDocument doc)
    {
        var text = doc.Source.Title ?? doc.Paragraphs.FirstOrDefault() ?? doc.Id;
        return text.Length <= 60 ? text : text[..57] + "…";
    }
}
