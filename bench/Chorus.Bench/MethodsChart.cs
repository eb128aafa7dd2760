using Chorus.Evaluate;
using Chorus.Summarize;
using Chorus.Training;
using ScottPlot;

namespace Chorus.Bench;

/// <summary>
/// Measures Chorus's methods on the dev set (MN-250, native ROUGE; the default method by 5-fold cross-validation)
/// and draws them beside the peers measured with the reference script (figures from the dataset README).
/// </summary>
public static class MethodsChart
{
    private static readonly (string Name, double R1, double R2, double SU4)[] Peers =
    [
        ("PKUSUMSUM Submodular", 44.92, 14.14, 18.18),
        ("PKUSUMSUM ILP", 44.00, 14.19, 18.23),
        ("sumy LexRank", 43.53, 13.40, 17.48),
        ("npm lexrank 1.0.5", 42.73, 12.41, 17.14),
        ("npm node-summarizer freq.", 40.54, 12.06, 16.64),
    ];

    public static int Run(string output)
    {
        var dataset = BenchDataset.Folder();
        var clusters = DatasetEvaluator.Load(dataset);
        var rows = new List<(string Name, double R1, double R2, double SU4)>();
        var training = RankerTrainingSet.Build(clusters);
        var cv = new RankerTrainer().CrossValidate(training, 5, Budget.Words(250), RougeOptions.MN250);
        rows.Add(("Chorus (5-fold CV)", 100 * cv.Average["ROUGE-1"].F, 100 * cv.Average["ROUGE-2"].F, 100 * cv.Average["ROUGE-SU4"].F));
        foreach (var name in new[] { "lead", "lexrank", "centroid" })
        {
            var r = DatasetEvaluator.Evaluate(clusters, SummarizerCatalog.Find(name)!, Budget.Words(250), RougeOptions.MN250);
            rows.Add(($"{name} (Chorus baseline)", 100 * r.Average["ROUGE-1"].F, 100 * r.Average["ROUGE-2"].F, 100 * r.Average["ROUGE-SU4"].F));
        }
        rows.AddRange(Peers);

        Console.WriteLine("| method (MN-250, 116 dev clusters) | R-1 F | R-2 F | R-SU4 F |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var r in rows) Console.WriteLine($"| {r.Name} | {r.R1:0.00} | {r.R2:0.00} | {r.SU4:0.00} |");

        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        var colors = new[] { Colors.SteelBlue, Colors.DarkOrange, Colors.SeaGreen };
        var measures = new (string Label, Func<(string, double, double, double), double> Get)[]
            { ("ROUGE-1 F", r => r.Item2), ("ROUGE-2 F", r => r.Item3), ("ROUGE-SU4 F", r => r.Item4) };
        for (int m = 0; m < measures.Length; m++)
        {
            var bars = rows.Select((r, i) => new Bar
            {
                Position = i * 4 + m,
                Value = measures[m].Get(r),
                FillColor = colors[m],
                Label = measures[m].Get(r).ToString("0.0"),
            }).ToList();
            var series = plot.Add.Bars(bars);
            series.LegendText = measures[m].Label;
            series.ValueLabelStyle.FontSize = 9;
        }
        plot.Axes.Bottom.SetTicks(rows.Select((_, i) => i * 4 + 1.0).ToArray(), rows.Select(r => Wrap(r.Name)).ToArray());
        plot.Axes.Bottom.MinimumSize = 60;
        plot.Axes.SetLimitsY(0, 58);
        plot.Title("Multi-document news summaries, MN-250 protocol (116 Multi-News dev clusters)");
        plot.YLabel("F1 (%)");
        plot.ShowLegend(Alignment.UpperRight, Orientation.Horizontal);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        plot.SavePng(output, 1100, 560);
        Console.Error.WriteLine($"wrote {output}");
        return 0;
    }

    /// <summary>Tick labels on two lines, split at the middle space.</summary>
    private static string Wrap(string name)
    {
        var words = name.Split(' ');
        int half = (words.Length + 1) / 2;
        return words.Length < 2 ? name : string.Join(' ', words[..half]) + "\n" + string.Join(' ', words[half..]);
    }
}
