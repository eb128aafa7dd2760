using Chorus.Analyze;
using Chorus.Clean;
using Chorus.Ingest;
using Chorus.Link;
using Chorus.Segment;
using Xunit.Abstractions;

namespace Chorus.Tests.Analyze;

public class ZzProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var bodies = File.ReadAllText("/tmp/probe.txt").Split("\n=====\n");
        var docs = bodies.Select((b, i) => new SourceDocument($"d{i + 1}", $"d{i + 1}", null, null, null, null, null, b.Split("\n\n"))).ToList();
        var linked = new SentenceLinker().Link(Segmenter.Segment(new ArticleCleaner().Clean(docs)));
        var a = new ClusterAnalyzer().Analyze(linked);
        var lines = a.Quotes.Select(q => $"Q {q.Speaker ?? "-"} | {q.Text}").Concat(a.Discrepancies.Select(d => $"D {d.Topic} | {string.Join(" / ", d.Values.Select(v => v.Value))} | {d.Reason}"))
            .Concat(a.CitedOutlets.Select(o => $"O {o.Name}")).Concat(a.People.Select(p => $"P {p.Name}")).Concat(a.Organizations.Select(p => $"G {p.Name}")).Concat(a.Places.Select(p => $"L {p.Name}"));
        File.WriteAllLines("/tmp/probe.out", lines.Concat(linked.Sentences.SelectMany(x => QuantityReader.Read(x.Text).Select(q => $"QTY {q.Kind} | {q.Anchor} | {q.Value} | {q.Text}"))));
    }
}
