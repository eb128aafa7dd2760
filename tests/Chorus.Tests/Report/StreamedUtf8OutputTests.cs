using System.Text;
using Chorus.Ingest;
using Chorus.Pipeline;
using Chorus.Report;
using Chorus.Summarize;

namespace Chorus.Tests.Report;

/// <summary>The CLI writes reports through <see cref="StreamedUtf8Output"/> a chunk at a time; what arrives must be
/// exactly the report a string would have carried, whatever the chunk boundaries cut.</summary>
public sealed class StreamedUtf8OutputTests
{
    /// <summary>Two- three- and four-byte characters and plain ASCII, long enough to cross many chunks.</summary>
    private static string MixedText(int length)
    {
        var pieces = new[] { "Ferry fares rose ", "café ", "Zürich ", "—", "“quoted” ", "東京 ", "🚢 ", "\n", "naïve résumé " };
        var sb = new StringBuilder();
        for (int i = 0; sb.Length < length; i++) sb.Append(pieces[i * 7 % pieces.Length]);
        return sb.ToString();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4093)]
    [InlineData(200_000)]
    public void Text_written_in_any_pieces_arrives_whole_at_a_text_writer_and_a_stream(int piece)
    {
        var text = MixedText(300_000);
        var bytes = Encoding.UTF8.GetBytes(text);
        var toText = new StringWriter();
        using var toStream = new MemoryStream();
        foreach (var output in new[] { new StreamedUtf8Output(toText), new StreamedUtf8Output(toStream) })
        {
            using (output)
                for (int at = 0; at < bytes.Length; at += piece)
                {
                    int n = Math.Min(piece, bytes.Length - at);
                    // Every way a writer asks: a span of the size it needs, or memory with no hint.
                    if (at / piece % 2 == 0) bytes.AsSpan(at, n).CopyTo(output.GetSpan(n));
                    else
                    {
                        var memory = output.GetMemory();
                        n = Math.Min(n, memory.Length);
                        bytes.AsSpan(at, n).CopyTo(memory.Span);
                        at -= piece - n;
                    }
                    output.Advance(n);
                }
        }
        Assert.Equal(text, toText.ToString());
        Assert.Equal(bytes, toStream.ToArray());
    }

    [Fact]
    public void A_json_report_streamed_to_a_writer_is_the_report_as_one_string()
    {
        // The sample's report and a dev cluster's (quotes, curly marks, many sources): large enough to span chunks.
        foreach (var path in new[] { RepoPaths.Sample, Directory.EnumerateDirectories(SharedData.MultiNewsDev).Order(StringComparer.Ordinal).Skip(3).First() })
        {
            var docs = new ArticleReader().Read([path]).Documents;
            var report = SummaryReport.From(new ClusterPipeline { Analyzer = new Chorus.Analyze.ClusterAnalyzer() }.Run(docs, Budget.Words(100)), []);
            foreach (var writer in ReportWriters.All)
            {
                var streamed = new StringWriter();
                using (var output = new StreamedUtf8Output(streamed)) writer.Write(report, output);
                Assert.Equal(writer.Write(report), streamed.ToString());
            }
        }
    }
}
