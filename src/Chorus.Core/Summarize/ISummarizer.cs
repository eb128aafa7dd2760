using Chorus.Analyze;
using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>A selection strategy: the summarize stage is swappable so methods can be measured side by side.</summary>
public interface ISummarizer
{
    string Name { get; }

    string Description { get; }

    Summary Summarize(LinkedCluster cluster, Budget budget);

    /// <summary>The same summary, given what the analyze stage already found in the cluster (null: nothing): a method
    /// that needs part of it (the quotes and their speakers) takes it from there instead of finding it again. The
    /// summary is the one <see cref="Summarize(LinkedCluster, Budget)"/> gives.</summary>
    Summary Summarize(LinkedCluster cluster, Budget budget, ClusterAnalysis? analysis) => Summarize(cluster, budget);
}
