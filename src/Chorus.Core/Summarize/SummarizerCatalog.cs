namespace Chorus.Summarize;

/// <summary>The selection methods a user can pick with <c>--method</c>.</summary>
public static class SummarizerCatalog
{
    public const string DefaultName = "chorus";

    public static IReadOnlyList<ISummarizer> All { get; } =
        [new ChorusSummarizer(), new LeadSummarizer(), new CentroidSummarizer(), new LexRankSummarizer()];

    public static ISummarizer? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
