using System.CommandLine;
using Chorus.Web;

namespace Chorus.Cli.Commands;

public static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var store = CommonOptions.Store();
        var urls = new Option<string>("--urls") { Description = $"Where to listen (default {WebReaderOptions.DefaultUrls}: this machine only)", DefaultValueFactory = _ => WebReaderOptions.DefaultUrls };
        var allowIngest = new Option<bool>("--allow-ingest") { Description = "Let POST /api/v1/articles add articles (JSON Lines) to the store; off by default (read-only)" };
        var command = new Command("serve", "Web reader over the corpus store: stories, cited summaries, copy graph, timeline, articles; JSON API under /api/v1")
        {
            store, urls, allowIngest,
        };
        command.SetAction(parse =>
        {
            var options = new WebReaderOptions(parse.GetValue(store), parse.GetValue(urls)!, parse.GetValue(allowIngest));
            if (options.Urls.Split(';').Any(u => !Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
                throw new UsageException($"--urls: '{options.Urls}' is not a list of http:// addresses");
            if (!options.Urls.Split(';').All(WebReader.IsLoopbackUrl))
                stderr.WriteLine("warning: listening beyond loopback: anyone who can reach this machine can read the store");
            WebReader.Serve(options, address =>
                stdout.WriteLine($"Chorus web reader on {address} over {Describe(options.Store)} ({(options.AllowIngest ? "ingest allowed" : "read-only")}); Ctrl+C stops it"));
            return Program.Ok;
        });
        return command;
    }

    private static string Describe(string? store) => new Chorus.Store.StoryQueries(store).Description;
}
