using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chorus.Evaluate;

namespace Chorus.Cli.Commands;

/// <summary><c>chorus eval-analysis</c>: the analysis against clusters annotated by reading (Annotations/GUIDE.md).</summary>
public static class AnalysisEvalCommand
{
    public const string DefaultAnnotations = "tests/Chorus.Tests/Analyze/Annotations/frozen";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dataset = new Argument<string>("DATASET") { Description = "Folder of clusters: <cluster>/docs/*.txt (the files the annotations point into)" };
        var annotations = new Option<string>("--annotations")
        {
            Description = $"Folder of <cluster>.json annotation files (default {DefaultAnnotations})",
            DefaultValueFactory = _ => DefaultAnnotations,
        };
        var format = CommonOptions.Format("text", "json");
        var misses = new Option<bool>("--misses") { Description = "Also list every wrong or missed item (cluster, document, code-point offsets)" };
        var command = new Command("eval-analysis", "Precision and recall of quotes (spans and speakers), cited outlets and discrepancies against hand annotations")
        {
            dataset, annotations, format, misses,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dataset)!;
            var annotationFolder = parse.GetValue(annotations)!;
            if (!Directory.Exists(folder)) { stderr.WriteLine($"chorus: {folder}: no such folder"); return Program.InputError; }
            if (!Directory.Exists(annotationFolder)) { stderr.WriteLine($"chorus: {annotationFolder}: no such folder"); return Program.InputError; }
            var (clusters, problems) = AnalysisAnnotations.LoadFolder(annotationFolder);
            foreach (var p in problems) stderr.WriteLine($"warning: {p}");
            if (clusters.Count == 0) { stderr.WriteLine($"chorus: {annotationFolder}: no annotation file"); return Program.InputError; }
            var report = Progress.Run("eval-analysis", clusters.Count, stderr, p => AnalysisEvaluation.Evaluate(folder, clusters, progress: p));
            foreach (var p in report.Problems) stderr.WriteLine($"warning: {p}");
            bool withMisses = parse.GetValue(misses);
            stdout.Write(parse.GetValue(format) == "json" ? Json(report, withMisses) : Text(report, withMisses));
            return report.Clusters == 0 ? Program.InputError : Program.Ok;
        });
        return command;
    }

    public static string Text(AnalysisEvaluationReport report, bool withMisses)
    {
        static string F(double v) => double.IsNaN(v) ? "n/a" : v.ToString("0.00", CultureInfo.InvariantCulture);
        string Row(string name, AnalysisScore s) =>
            $"{name,-16} {F(s.Precision),9} {$"{s.PredictedRight}/{s.Predicted}",9} {F(s.Recall),9} {$"{s.AnnotatedFound}/{s.Annotated}",9}";
        var lines = new List<string>
        {
            $"{report.Clusters} annotated clusters",
            "",
            $"{"section",-16} {"precision",9} {"n",9} {"recall",9} {"n",9}",
            Row("quote spans", report.QuoteSpans),
            Row("quote speakers", report.QuoteSpeakers),
            Row("cited outlets", report.CitedOutlets),
            Row("discrepancies", report.Discrepancies),
        };
        if (withMisses)
        {
            // Which attribution rule gave each scored speaker, and how it fared.
            lines.Add("");
            lines.Add($"{"speaker path",-58} {"given",5} {"right",5} {"wrong",5} {"unannotated",11}");
            foreach (var (path, s) in report.SpeakerPaths.OrderByDescending(p => p.Value.Given).ThenBy(p => p.Key, StringComparer.Ordinal))
                lines.Add($"{path,-58} {s.Given,5} {s.Right,5} {s.Wrong,5} {s.NotAnnotated,11}");
            lines.Add("");
            lines.AddRange(report.Misses);
        }
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    public static string Json(AnalysisEvaluationReport report, bool withMisses)
    {
        static double? R(double v) => double.IsNaN(v) ? null : Math.Round(v, 4);
        static object Of(AnalysisScore s) => new
        {
            precision = R(s.Precision), recall = R(s.Recall),
            predicted = s.Predicted, predictedRight = s.PredictedRight, annotated = s.Annotated, annotatedFound = s.AnnotatedFound,
        };
        var doc = new Dictionary<string, object?>
        {
            ["clusters"] = report.Clusters,
            ["quoteSpans"] = Of(report.QuoteSpans),
            ["quoteSpeakers"] = Of(report.QuoteSpeakers),
            ["citedOutlets"] = Of(report.CitedOutlets),
            ["discrepancies"] = Of(report.Discrepancies),
        };
        if (withMisses) doc["misses"] = report.Misses;
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine;
    }
}
