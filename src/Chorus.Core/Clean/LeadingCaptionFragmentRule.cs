using System.Text.RegularExpressions;

namespace Chorus.Clean;

/// <summary>
/// A wire photo caption glued before the reporting in one paragraph: "FILE - In this May 4, 2001, file photo, a man …
/// exits a court. Police said …", "Buy Photo Workers cover up a name … on Monday, Aug. 15, 2016. The university …", or
/// the caption shape itself — the picture described in the present tense with its full weekday and date ("Civilians
/// cheer as soldiers drive past in Bamako, Mali, Wednesday, March 21, 2012."). Its full date makes a caption look like
/// a lead that says when things happened, so it would open summaries; only the caption sentence is taken out.
/// </summary>
public sealed partial class LeadingCaptionFragmentRule : IFragmentRule
{
    public const string Reason = "photo caption or credit";

    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        int end = CaptionEnd(paragraph);
        if (end <= 0) return null;
        return (paragraph[end..].Trim(), new Removal(paragraph[..end].Trim(), Reason));
    }

    /// <summary>Whether a caption opens the paragraph and reporting follows it.</summary>
    internal static bool LeavesText(string paragraph)
    {
        int end = CaptionEnd(paragraph);
        return end > 0 && paragraph.AsSpan(end).Trim().Length > 0;
    }

    /// <returns>Where the caption sentence ends (after its stop), or 0 when the paragraph does not open with one.</returns>
    private static int CaptionEnd(string paragraph)
    {
        var marker = Marker().Match(paragraph);
        // Without a marker only a full date can make the opening a caption, and a date in the first sentence is one in
        // the paragraph (the sentence ends in a stop, so the match and its word boundaries are the same): the
        // first-sentence search, the costliest pattern of cleaning, is spared in every paragraph without one.
        if (!marker.Success && !FullDate().IsMatch(paragraph)) return 0;
        var first = FirstSentence().Match(paragraph);
        if (!first.Success) return 0;
        if (marker.Success) return first.Length;
        var sentence = first.Value;
        return FullDate().IsMatch(sentence) && PresentTenseScene().IsMatch(sentence) && !Reported().IsMatch(sentence) ? first.Length : 0;
    }

    /// <summary>What opens a caption on wire and newspaper pages: "FILE - ", "FOR MOVEMENT … FILE - ", "Buy Photo ".</summary>
    [GeneratedRegex(@"^\s*(?:FOR MOVEMENT\b[^\n]{0,40}?\s)?(?:\(Associated Press\)\s*)?(?:FILE\s*[-–—]+\s|Buy Photo\s)")]
    private static partial Regex Marker();

    /// <summary>The first sentence: up to a stop before a capital, skipping the stops of month, title and initial
    /// abbreviations ("Aug. 11", "Sen. Jeff Sessions", "Leslie A. Merritt"). At most about 80 words.</summary>
    [GeneratedRegex(@"^.{10,600}?(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Rev|Prof|No|Mt|Ft|[A-Z]))\.(?=\s+[A-Z""“‘])")]
    private static partial Regex FirstSentence();

    /// <summary>A weekday with a full date and year: "Friday, May 2, 2014", "Wednesday March 21, 2012", "Friday, May, 2 2014".</summary>
    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{1,2},?\s+\d{4}\b")]
    private static partial Regex FullDate();

    /// <summary>What a picture shows, in the present tense: the verbs of wire captions.</summary>
    [GeneratedRegex(@"\b(?:(?:is|are) (?:seen|shown|pictured|wheeled|escorted|led)|speaks?|talks?|arrives?|walks?|stands?|sits?|holds?|looks?|leaves?|waves?|signs?|poses?|gestures?|listens?|testif(?:y|ies)|attends?|cheers?|pass(?:es)?|cries|cry|fires?|reports?|examines?|escorts?|carries|carry|prepares?|reacts?|watches|watch|greets?|enters?|exits?|drives?|gathers?|march(?:es)?|waits?|smiles?|delivers?|addresses|celebrates?|hugs?|make their way|makes (?:his|her|its) way)\b")]
    private static partial Regex PresentTenseScene();

    /// <summary>Reporting that happens to carry a full date ("He said on Monday, May 2, 2016, …") is not a caption.</summary>
    [GeneratedRegex(@"\b(?:said|says|told|was|were|had|has|have|will|would)\b")]
    private static partial Regex Reported();
}
