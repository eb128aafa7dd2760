using System.CommandLine;
using System.Text.Json;
using Chorus.Pipeline;
using Chorus.Report;
using Chorus.Store;

namespace Chorus.Cli.Commands;

public static class StoryCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<long>("ID") { Description = "Story id, as `chorus stories` lists it" };
        var store = CommonOptions.Store();
        var format = CommonOptions.Format("text", "markdown", "json");
        var command = new Command("story", "Print one story's summary, with the outlets behind every sentence, and its cross-source analysis") { id, store, format };
        command.SetAction(parse =>
        {
            using var opened = ArticleStore.OpenExisting(parse.GetValue(store));
            long storyId = parse.GetValue(id);
            var listing = opened.Stories(onlyId: storyId).FirstOrDefault();
            if (listing is null) { stderr.WriteLine($"chorus: no story {storyId} in {opened.Description}"); return Program.InputError; }
            var saved = opened.StoryReport(storyId);
            SummaryReport? report = null;
            bool refreshFailed = false;
            // A story an interrupted ingest left stale is brought up to date before it is shown; if that fails, the
            // last good report is shown with a warning, and the failure is recorded like an ingest's.
            if (listing.Stale || saved is null)
            {
                var refresh = new CorpusPipeline(opened);
                try { report = refresh.RefreshStory(storyId); }
                catch (Exception e) when (e is not (OutOfMemoryException or StoreException or System.Data.Common.DbException))
                {
                    var reason = $"{e.GetType().Name}: {e.Message.Split('\n')[0].Trim()}";
                    opened.RecordRefreshFailure(storyId, reason);
                    stderr.WriteLine($"warning: story {storyId}: refresh failed ({reason})" + (saved is null ? "" : "; showing its previous summary"));
                    refreshFailed = true;
                    if (saved is null) return Program.InputError;
                }
            }
            report ??= saved is null ? null : JsonReportWriter.ReadReport(saved);
            if (report is null) { stderr.WriteLine($"chorus: story {storyId} has no report"); return Program.InputError; }
            var writer = ReportWriters.Find(parse.GetValue(format)!)!;
            var title = opened.Stories(onlyId: storyId).First().Title;
            if (writer.Format == "text") stdout.WriteLine($"Story {storyId}: {TerminalText.SafeLine(title)}{Environment.NewLine}");
            else if (writer.Format == "markdown") stdout.WriteLine($"# Story {storyId}: {MarkdownReportWriter.Escape(title)}{Environment.NewLine}");
            stdout.Write(writer.Write(report));
            return refreshFailed ? IngestCommand.PartialFailure : Program.Ok;
        });
        return command;
    }
}
