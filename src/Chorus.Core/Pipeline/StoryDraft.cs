using Chorus.Report;

namespace Chorus.Pipeline;

/// <summary>A story told from its chosen articles, before anyone keeps it: its report and the title it gets.</summary>
public sealed record StoryDraft(SummaryReport Report, string Title);
