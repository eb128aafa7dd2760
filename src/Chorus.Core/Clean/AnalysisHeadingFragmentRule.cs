using System.Text.RegularExpressions;

namespace Chorus.Clean;

/// <summary>
/// The heading of a correspondent's analysis box run into the box's first sentence: "Analysis This could be
/// significant, but …", "Analysis There are a lot of questions about …". The BBC sets its correspondents' boxes so
/// (dev b4edb673ab78; train mnp-4924, mnp-38279 and others); left in, a summary shows the heading as the sentence's
/// first word. Only before a capitalized word that opens a clause ("Analysis of the samples …" and "Analysis Group
/// found …" are reporting).
/// </summary>
public sealed partial class AnalysisHeadingFragmentRule : IFragmentRule
{
    public const string Reason = "analysis heading";

    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        if (!paragraph.AsSpan().TrimStart().StartsWith("Analysis ", StringComparison.Ordinal)) return null;
        var m = Heading().Match(paragraph);
        return m.Success ? (paragraph[m.Length..], new Removal(m.Value.Trim(), Reason)) : null;
    }

    [GeneratedRegex(@"^\s*Analysis\s+(?=(This|These|That|Those|The|There|It|Its|In|As|But|Only|What|Yet|So|If|While|For|A|An|Such|When|How|Why|He|She|They|We|I)\s)")]
    private static partial Regex Heading();
}
