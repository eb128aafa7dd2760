using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Summarize;

/// <summary>
/// Baseline "lead": the first words of the articles as they arrived, in order, cut at the budget, with no
/// cleaning and no junk removal, as the published baseline figures were made.
/// </summary>
public sealed class LeadSummarizer : ISummarizer
{
    public string Name => "lead";

    public string Description => "baseline: first N words of the articles in input order, uncleaned";

    public Summary Summarize(LinkedCluster cluster, Budget budget)
    {
        var result = new List<SummarySentence>();
        int used = 0;
        foreach (var doc in cluster.Documents)
        {
            foreach (var paragraph in doc.Document.Source.Paragraphs)
            {
                foreach (var text in SentenceSplitter.Split(paragraph))
                {
                    int size = budget.SizeOf(text);
                    if (used + size <= budget.Limit)
                    {
                        result.Add(new SummarySentence(text, [doc.Id], -1));
                        used += size;
                        continue;
                    }
                    if (budget.Unit == BudgetUnit.Words && budget.Limit > used)
                    {
                        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(budget.Limit - used);
                        result.Add(new SummarySentence(string.Join(' ', words), [doc.Id], -1));
                    }
                    return new Summary(Name, budget, result);
                }
            }
        }
        return new Summary(Name, budget, result);
    }
}
