using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chorus.Report;
using Chorus.Store;

namespace Chorus.Cli.Commands;

public static class StoriesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var store = CommonOptions.Store();
        var since = new Option<string?>("--since") { Description = "Only stories with an article on or after this date (YYYY-MM-DD or ISO 8601)" };
        var format = CommonOptions.Format("text", "json");
        var command = new Command("stories", "List the stories in the corpus store: title, articles, outlets, first and last seen") { store, since, format };
        command.SetAction(parse =>
        {
            DateTimeOffset? from = null;
            if (parse.GetValue(since) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d))
                    throw new UsageException($"--since: '{text}' is not a date (use YYYY-MM-DD)");
                from = d;
            }
            using var opened = ArticleStore.Open(parse.GetValue(store));
            var stories = opened.Stories(from);
            stdout.Write(parse.GetValue(format) == "json" ? Json(stories) : Text(stories));
            return Program.Ok;
        });
        return command;
    }

    public static string Json(IReadOnlyList<StoryListing> stories)
    {
        var doc = new
        {
            stories = stories.Select(s => new
            {
                id = s.Id,
                title = s.Title,
                firstSeen = s.FirstSeen,
                lastSeen = s.LastSeen,
                outlets = s.Outlets,
                articles = s.Articles.Select(a => new { id = a.DocId, title = a.Title, outlet = a.Outlet, url = a.Url, seen = a.Seen }),
            }),
        };
        return JsonSerializer.Serialize(doc, JsonReportWriter.Options) + Environment.NewLine;
    }

    public static string Text(IReadOnlyList<StoryListing> stories)
    {
        if (stories.Count == 0) return "no stories" + Environment.NewLine;
        var lines = new List<string>();
        foreach (var s in stories)
        {
            lines.Add($"[{s.Id}] {s.Title}");
            var outlets = s.Outlets.Count > 0 ? $"; outlets: {string.Join(", ", s.Outlets)}" : "";
            lines.Add($"     {s.Articles.Count} article{(s.Articles.Count == 1 ? "" : "s")}{outlets}; first seen {s.FirstSeen:yyyy-MM-dd HH:mm}, last seen {s.LastSeen:yyyy-MM-dd HH:mm} UTC");
            lines.Add($"     {string.Join(", ", s.Articles.Select(a => a.DocId))}");
        }
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
