using System.CommandLine;
using System.Text.Json;
using Chorus.Evaluate;

namespace Chorus.Cli.Commands;

public static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dataset = new Argument<string>("DATASET") { Description = "Folder of clusters: <cluster>/docs/*.txt and <cluster>/refs/*.txt" };
        var words = new Option<int>("--words") { Description = "Summary budget and ROUGE word limit (250 is the MN-250 protocol)", DefaultValueFactory = _ => 250 };
        var method = CommonOptions.Method();
        var format = CommonOptions.Format("text", "json");
        var save = new Option<string?>("--save") { Description = "Write each system summary to DIR/<cluster>.txt" };
        var command = new Command("eval", "Summarize every cluster of a dataset and report ROUGE-1, -2, -SU4 and -L against its references")
        {
            dataset, words, method, format, save,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dataset)!;
            if (!Directory.Exists(folder)) { stderr.WriteLine($"chorus: {folder}: no such folder"); return Program.InputError; }
            int limit = parse.GetValue(words);
            if (limit <= 0) throw new UsageException("--words must be positive");
            var summarizer = CommonOptions.SummarizerOf(parse.GetValue(method)!);
            var warnings = new List<Chorus.Ingest.IngestWarning>();
            var clusters = DatasetEvaluator.Load(folder, warnings);
            foreach (var w in warnings) stderr.WriteLine(Chorus.Report.TerminalText.SafeLine(w.ToString()));
            if (clusters.Count == 0) { stderr.WriteLine($"chorus: {folder}: no cluster with docs/ and refs/"); return Program.InputError; }
            var rouge = RougeOptions.MN250 with { WordLimit = limit };
            var report = Progress.Run($"eval {summarizer.Name}", clusters.Count, stderr,
                p => DatasetEvaluator.Evaluate(clusters, summarizer, Chorus.Summarize.Budget.Words(limit), rouge, p));

            if (parse.GetValue(save) is { } dir)
            {
                Directory.CreateDirectory(dir);
                foreach (var c in report.PerCluster)
                    File.WriteAllLines(Path.Combine(dir, c.Id + ".txt"), c.Summary.Sentences.Select(s => s.Shown));
            }
            stdout.Write(parse.GetValue(format) == "json" ? Json(report) : Text(report, limit));
            return warnings.Count > 0 ? Program.SomeInputsFailed : Program.Ok;
        });
        return command;
    }

    public static string Text(EvaluationReport report, int words)
    {
        var lines = new List<string>
        {
            $"method {report.Method}, {report.Clusters} clusters, summaries of at most {words} words",
            $"ROUGE-1.5.5 settings: -c 95 -r 1000 -n 2 -2 4 -u -m -a -l {words} (native implementation)",
            "",
            $"{"measure",-10} {"R",8} {"P",8} {"F",8}",
        };
        foreach (var (name, score) in report.Average.OrderBy(kv => Order(kv.Key)))
            lines.Add($"{name,-10} {score.R * 100,8:0.00} {score.P * 100,8:0.00} {score.F * 100,8:0.00}");
        var t = report.Trust;
        lines.Add("");
        lines.Add($"trust, per 100 summary sentences ({t.Sentences} sentences):");
        lines.Add($"  unpaired quotation marks   {t.UnpairedPer100,6:0.0}  ({t.Unpaired})");
        lines.Add($"  quotes without a speaker   {t.SpeakerlessPer100,6:0.0}  ({t.Speakerless})");
        lines.Add($"  furniture lines            {t.FurniturePer100,6:0.0}  ({t.Furniture})");
        lines.Add($"  dangling openers           {t.DanglingPer100,6:0.0}  ({t.Dangling})");
        lines.Add($"  first/second person        {t.UnquotedVoicePer100,6:0.0}  ({t.UnquotedVoice})");
        lines.Add($"  verbless fragments         {t.FragmentsPer100,6:0.0}  ({t.Fragments})");
        lines.Add($"  connective openers         {t.ConnectivesPer100,6:0.0}  ({t.Connectives})");
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    private static int Order(string measure) => measure switch { "ROUGE-1" => 0, "ROUGE-2" => 1, "ROUGE-SU4" => 2, _ => 3 };

    public static string Json(EvaluationReport report)
    {
        object Of(string measure) => report.Average.TryGetValue(measure, out var s)
            ? new { r = Math.Round(s.R, 5), p = Math.Round(s.P, 5), f = Math.Round(s.F, 5) } : new { r = 0.0, p = 0.0, f = 0.0 };
        var doc = new
        {
            method = report.Method,
            clusters = report.Clusters,
            rouge = new { rouge1 = Of("ROUGE-1"), rouge2 = Of("ROUGE-2"), rougeSU4 = Of("ROUGE-SU4"), rougeL = Of("ROUGE-L") },
            trust = new
            {
                sentences = report.Trust.Sentences,
                unpaired = report.Trust.Unpaired, speakerless = report.Trust.Speakerless,
                furniture = report.Trust.Furniture, dangling = report.Trust.Dangling, unquotedVoice = report.Trust.UnquotedVoice,
                fragments = report.Trust.Fragments, connectives = report.Trust.Connectives,
                per100 = new
                {
                    unpaired = Math.Round(report.Trust.UnpairedPer100, 2), speakerless = Math.Round(report.Trust.SpeakerlessPer100, 2),
                    furniture = Math.Round(report.Trust.FurniturePer100, 2), dangling = Math.Round(report.Trust.DanglingPer100, 2),
                    unquotedVoice = Math.Round(report.Trust.UnquotedVoicePer100, 2),
                    fragments = Math.Round(report.Trust.FragmentsPer100, 2), connectives = Math.Round(report.Trust.ConnectivesPer100, 2),
                },
            },
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine;
    }
}
