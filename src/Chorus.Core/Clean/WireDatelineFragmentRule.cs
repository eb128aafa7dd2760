using System.Text.RegularExpressions;
using Chorus.Ingest;

namespace Chorus.Clean;

/// <summary>
/// A wire dateline that opens a paragraph below the article's lead ("NASHVILLE, Tenn. (AP) — …", "NEW ORLEANS
/// (Reuters) -- …"): pages put captions, video blurbs or an update before the story, so the dateline is not always in
/// the first paragraphs <see cref="DatelineFragmentRule"/> looks at. Left in, the splitter cuts "NASHVILLE, Tenn." off
/// as a sentence and "(AP) — Vanderbilt …" opens a summary line. Anywhere in an article only the unambiguous shape
/// counts: a place in capitals, a credit that names a news organization, then a dash (or older wire copy's spaced
/// underscore, "BOSTON (AP) _ …") — "Sen. Ann Bay (R) — …" stays.
/// </summary>
public sealed partial class WireDatelineFragmentRule : IFragmentRule
{
    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        var m = WireDateline().Match(paragraph);
        if (!m.Success || !OutletNames.LooksLikeOutlet(m.Groups["credit"].Value)) return null;
        var kept = paragraph[m.Length..];
        if (kept.Length == 0 || char.IsLower(kept[0])) return null;
        return (kept, new Removal(paragraph[..m.Length].Trim(), DatelineFragmentRule.Reason));
    }

    [GeneratedRegex(@"^\s*[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?\s*\((?<credit>[A-Z][A-Za-z.&]*(?:\s+[A-Z][A-Za-z.&]*){0,2})\)\s*(?:—|–|--?|_)\s*(?=[A-Z0-9""“‘])")]
    private static partial Regex WireDateline();
}
