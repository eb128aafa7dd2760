using System.CommandLine;
using Chorus.Ingest;
using Chorus.Ingest.Web;
using Chorus.Pipeline;
using Chorus.Store;

namespace Chorus.Cli.Commands;

public static class IngestCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var sources = new Argument<string[]>("SOURCE")
        {
            Description = "Files or folders (text, HTML, JSON Lines), RSS/Atom feed files (.xml, .rss, .atom), feed URLs or article URLs",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = CommonOptions.Store();
        var timeout = new Option<double>("--timeout") { Description = "Seconds per HTTP attempt (default 20)", DefaultValueFactory = _ => 20 };
        var retries = new Option<int>("--retries") { Description = "Retries of a transient HTTP failure, with exponential backoff (default 3)", DefaultValueFactory = _ => 3 };
        var retryDelay = new Option<int>("--retry-delay") { Description = "Milliseconds before the first retry, doubled for each further one (default 1000)", DefaultValueFactory = _ => 1000 };
        var maxBytes = new Option<int>("--max-mb") { Description = "Largest response accepted, in MB (default 8)", DefaultValueFactory = _ => 8 };
        var hostDelay = new Option<int>("--host-delay") { Description = "Milliseconds between two requests to one host (default 250)", DefaultValueFactory = _ => 250 };
        var command = new Command("ingest", "Add articles to the corpus store, group them into stories, and refresh the stories they touched")
        {
            sources, store, timeout, retries, retryDelay, hostDelay, maxBytes,
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
            using var opened = ArticleStore.Open(parse.GetValue(store));
            HttpFetcher? fetcher = null;
            try
            {
                var stream = new SourceStream(new ArticleReader(), () => fetcher ??= new HttpFetcher(fetch));
                var corpus = new CorpusPipeline(opened);
                var tally = Progress.Count("ingest", stderr, p => corpus.Ingest(stream.Read(parse.GetValue(sources)!), w => stderr.WriteLine(w), p));
                int refreshed = Progress.Run("stories", Math.Max(1, tally.StoriesTouched), stderr, p => corpus.RefreshStories((done, _) => p(done)));
                var (current, _, stories) = opened.Counts();
                stdout.WriteLine($"{tally.New} new, {tally.Updated} updated, {tally.Unchanged} unchanged, {tally.Failed} failed" +
                                 $" ({tally.NotArticles} not articles); {refreshed} stories refreshed; store {opened.Description}: {current} articles, {stories} stories");
                bool nothingRead = tally.New + tally.Updated + tally.Unchanged + tally.NotArticles == 0;
                return nothingRead ? Program.InputError : Program.Ok;
            }
            finally { fetcher?.Dispose(); }
        });
        return command;
    }
}
