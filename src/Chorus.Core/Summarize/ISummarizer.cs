using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>A selection strategy: the summarize stage is swappable so methods can be measured side by side.</summary>
public interface ISummarizer
{
    string Name { get; }

    string Description { get; }

    Summary Summarize(LinkedCluster cluster, Budget budget);
}
