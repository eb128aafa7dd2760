using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>The wording that names an outlet as a source.</summary>
public enum CitationWording
{
    /// <summary>"according to X"</summary>
    AccordingTo,
    /// <summary>"X reported", "X wrote", "X published a story"</summary>
    Reported,
    /// <summary>"X said", "X says"</summary>
    Said,
    /// <summary>"told X", "speaking to X"</summary>
    Told,
    /// <summary>"in an interview with X", "in an email to X"</summary>
    Interview,
    /// <summary>"confirmed to X", "in a comment to X"</summary>
    ConfirmedTo,
    /// <summary>"quoted by X", "cited by X", "citing X"</summary>
    QuotedBy,
    /// <summary>"(via X)"</summary>
    Via,
    /// <summary>"the newspaper X"</summary>
    MediumNoun,
    /// <summary>"…, reports X", "per X", "reported by X"</summary>
    ReportedBy,
    /// <summary>"a report in X", "an essay for X"</summary>
    AReportIn,
    /// <summary>"published in X", "appeared in X"</summary>
    PublishedIn,
    /// <summary>"in an X report"</summary>
    AnOutletsPiece,
    /// <summary>"in X's investigation"</summary>
    OutletsReport,
    /// <summary>"said on X", "appeared on X"</summary>
    SpokeOn,
    /// <summary>"said on ABC's "Good Morning America""</summary>
    NetworksShow,
}

/// <summary>What, apart from the wording, says the name is a news organization's.</summary>
public enum NameEvidence
{
    None,
    /// <summary>A medium noun in apposition: "the newspaper Le Figaro", "the Oregonian newspaper".</summary>
    MediumNoun,
    /// <summary>The name's own words: a media head ("Herald"), news initials, a call sign, a known title.</summary>
    NameWords,
    /// <summary>The show of a network that is an outlet by its words.</summary>
    NetworksShow,
    /// <summary>No evidence of its own, but the cluster names the same outlet with evidence or publishes in it: a
    /// short form ("THR", "Fox"), a bare media word ("the Post"), a title ("told The Tennessean").</summary>
    Corroborated,
}

/// <summary>One sentence naming an outlet as a source, with the wording and evidence it was accepted on.</summary>
public sealed record OutletMention(string Name, Sentence Sentence, CitationWording Wording, NameEvidence Evidence);
