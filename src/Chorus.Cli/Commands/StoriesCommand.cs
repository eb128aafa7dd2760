using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chorus.Report;
using Chorus.Report.Model;
using Chorus.Store;

namespace Chorus.Cli.Commands;

public static class StoriesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var store = CommonOptions.Store();
        var since = new Option<string?>("--since") { Description = "Only stories with an article on or after this date (YYYY-MM-DD or ISO 8601)" };
        var format = CommonOptions.Format("text", "json");
        var sort = new Option<string>("--sort") { Description = "Order: newest (latest article first, the default), oldest (first seen first), size (most articles first)", DefaultValueFactory = _ => "newest" };
        sort.AcceptOnlyFromAmong("newest", "oldest", "size");
        var limit = new Option<int?>("--limit") { Description = "List at most this many stories" };
        var command = new Command("stories", "List the stories in the corpus store, newest first: title, articles, outlets, first and last seen") { store, since, sort, limit, format };
        command.SetAction(parse =>
        {
            DateTimeOffset? from = null;
            if (parse.GetValue(since) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d))
                    throw new UsageException($"--since: '{text}' is not a date (use YYYY-MM-DD)");
                from = d;
            }
            if (parse.GetValue(limit) is <= 0) throw new UsageException("--limit must be positive");
            var order = parse.GetValue(sort) switch { "oldest" => StoryOrder.Oldest, "size" => StoryOrder.Size, _ => StoryOrder.Newest };
            using var opened = ArticleStore.OpenExisting(parse.GetValue(store));
            var stories = opened.Stories(from, order: order, limit: parse.GetValue(limit));
            stdout.Write(parse.GetValue(format) == "json" ? Json(stories) : Text(stories));
            return Program.Ok;
        });
        return command;
    }

    /// <summary>The public listing records (<see cref="StoryListV1"/>), the ones the web API pages through.</summary>
    public static string Json(IReadOnlyList<StoryListing> stories) =>
        JsonSerializer.Serialize(new StoryListV1(ReportSchema.SchemaVersion, stories.Select(s => new StoryListingV1(
            s.Id, s.Title, s.FirstSeen, s.LastSeen, s.Articles.Count, s.Outlets,
            s.Articles.Select(a => new ListedArticleV1(a.Outlet, a.Title, a.Url, a.Origin, a.Seen)).ToList(), s.RefreshError)).ToList()),
            JsonReportWriter.Options) + Environment.NewLine;

    private const int ArticlesShown = 3;

    /// <summary>An article's title when it reads as a headline; a first line of page furniture is not shown as one.</summary>
    private static string Headline(StoryArticle a) =>
        Chorus.Link.Stories.StoryHeadline.Clean(a.Title, a.Outlet) is { } t && Chorus.Link.Stories.StoryHeadline.IsHeadline(t) ? t : "(no headline)";

    private static string? HostOf(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.Host : null;

    public static string Text(IReadOnlyList<StoryListing> stories)
    {
        if (stories.Count == 0) return "no stories" + Environment.NewLine;
        var lines = new List<string>();
        foreach (var s in stories)
        {
            lines.Add($"[{s.Id}] {TerminalText.SafeLine(s.Title)}");
            var outlets = s.Outlets.Count > 0 ? $"; outlets: {TerminalText.SafeLine(string.Join(", ", s.Outlets))}" : "";
            lines.Add($"     {s.Articles.Count} article{(s.Articles.Count == 1 ? "" : "s")}{outlets}; first seen {s.FirstSeen:yyyy-MM-dd HH:mm}, last seen {s.LastSeen:yyyy-MM-dd HH:mm} UTC");
            if (s.RefreshError is { } error) lines.Add($"     refresh failed: {TerminalText.SafeLine(error)} (retried by the next ingest)");
            // A few of its articles by outlet and headline; the store's internal ids are nobody's business.
            foreach (var a in s.Articles.Take(ArticlesShown))
                lines.Add($"     - {TerminalText.SafeLine(a.Outlet ?? HostOf(a.Url) ?? "(outlet unknown)")}: {TerminalText.SafeLine(Headline(a))}");
            if (s.Articles.Count > ArticlesShown) lines.Add($"     … and {s.Articles.Count - ArticlesShown} more");
        }
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
