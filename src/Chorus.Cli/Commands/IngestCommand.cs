using System.CommandLine;
using Chorus.Ingest;
using Chorus.Ingest.Web;
using Chorus.Pipeline;
using Chorus.Report;
using Chorus.Store;

namespace Chorus.Cli.Commands;

public static class IngestCommand
{
    /// <summary>Exit code of a run that stored what it could but lost some inputs or story refreshes (0 all went
    /// well, 1 nothing usable, 2 usage).</summary>
    public const int PartialFailure = 3;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var sources = new Argument<string[]>("SOURCE")
        {
            Description = "Files or folders (text, HTML, JSON Lines), RSS/Atom feed files (.xml, .rss, .atom), feed URLs, article URLs, or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = CommonOptions.Store();
        var timeout = new Option<double>("--timeout") { Description = "Seconds per HTTP attempt (default 20)", DefaultValueFactory = _ => 20 };
        var retries = new Option<int>("--retries") { Description = "Retries of a transient HTTP failure, with exponential backoff (default 3)", DefaultValueFactory = _ => 3 };
        var retryDelay = new Option<int>("--retry-delay") { Description = "Milliseconds before the first retry, doubled for each further one (default 1000)", DefaultValueFactory = _ => 1000 };
        var maxBytes = new Option<int>("--max-mb") { Description = "Largest input accepted, in MB, for every kind: file, feed, JSON Lines record, URL (default 16)", DefaultValueFactory = _ => 16 };
        var outlet = new Option<string?>("--outlet") { Description = "Outlet of the articles read from plain files that do not name one (text and HTML without site metadata)" };
        var hostDelay = new Option<int>("--host-delay") { Description = "Milliseconds between two requests to one host (default 250)", DefaultValueFactory = _ => 250 };
        var command = new Command("ingest", "Add articles to the corpus store, group them into stories, and refresh the stories they touched")
        {
            sources, store, outlet, timeout, retries, retryDelay, hostDelay, maxBytes,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(timeout) <= 0 || parse.GetValue(maxBytes) <= 0)
                throw new UsageException("--timeout and --max-mb must be positive");
            if (parse.GetValue(retries) < 0 || parse.GetValue(hostDelay) < 0 || parse.GetValue(retryDelay) < 0)
                throw new UsageException("--retries, --retry-delay and --host-delay cannot be negative");
            var fetch = new FetchOptions
            {
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                Retries = parse.GetValue(retries),
                PerHostDelay = TimeSpan.FromMilliseconds(parse.GetValue(hostDelay)),
                RetryDelay = TimeSpan.FromMilliseconds(parse.GetValue(retryDelay)),
                MaxBytes = parse.GetValue(maxBytes) * 1024L * 1024,
            };
            if (parse.GetValue(outlet) is { } named && string.IsNullOrWhiteSpace(named)) throw new UsageException("--outlet needs a name");
            using var opened = ArticleStore.Open(parse.GetValue(store));
            HttpFetcher? fetcher = null;
            try
            {
                var reader = new ArticleReader { MaxFileBytes = fetch.MaxBytes, Outlet = parse.GetValue(outlet)?.Trim() };
                var stream = new SourceStream(reader, () => fetcher ??= new HttpFetcher(fetch));
                var corpus = new CorpusPipeline(opened);
                var given = parse.GetValue(sources)!;
                var tally = Progress.Run("ingest", KnownTotal(given), stderr,
                    sink => corpus.Ingest(stream.Read(given), w => sink.Warn(TerminalText.SafeLine(w.ToString())), sink.Advance));
                var refresh = Progress.Run("stories", Math.Max(1, corpus.StaleStoryCount), stderr, p => corpus.RefreshStories((done, _) => p(done)));
                foreach (var (id, reason) in refresh.Failed)
                    stderr.WriteLine($"warning: story {id}: refresh failed ({TerminalText.SafeLine(reason)}); it keeps its previous summary and the next ingest retries it");
                var (current, _, stories) = opened.Counts();
                var failedStories = refresh.Failed.Count > 0 ? $", {refresh.Failed.Count} failed" : "";
                stdout.WriteLine($"{tally.New} new, {tally.Updated} updated, {tally.Unchanged} unchanged, {tally.Failed} failed" +
                                 $" ({tally.NotArticles} not articles); {refresh.Refreshed} stories refreshed{failedStories}; store {opened.Description}: {current} articles, {stories} stories");
                bool nothingRead = tally.New + tally.Updated + tally.Unchanged + tally.NotArticles == 0;
                if (nothingRead) return Program.InputError;
                return tally.Failed > 0 || refresh.Failed.Count > 0 ? PartialFailure : Program.Ok;
            }
            finally { fetcher?.Dispose(); }
        });
        return command;
    }

    /// <summary>How many articles the sources hold when that is known before reading: local text and HTML files
    /// and folders of them are one article each; feeds, JSON Lines, URLs and standard input are not known ahead.</summary>
    private static int? KnownTotal(IReadOnlyList<string> sources)
    {
        int total = 0;
        foreach (var source in sources)
        {
            List<string> files;
            if (File.Exists(source)) files = [source];
            else if (Directory.Exists(source)) files = ArticleReader.FilesOfFolder(source, [], includeFeeds: true);
            else return null;
            if (files.Any(f => ArticleReader.IsFeedFile(f) || ArticleReader.IsJsonLinesFile(f))) return null;
            total += files.Count;
        }
        return total;
    }
}
