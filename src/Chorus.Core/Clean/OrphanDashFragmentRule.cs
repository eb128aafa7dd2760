using System.Text.RegularExpressions;

namespace Chorus.Clean;

/// <summary>
/// What a dateline leaves at the start of the lead when the page lost or mangled it: a bare long dash ("— A
/// quick-thinking dispatcher is credited …", the place and credit gone) or a place in ordinary case with a state's
/// postal code and a dash ("Charlottesville, VA - Monday, a judge …"). Left in, the dash or the place opens a summary
/// sentence. A list's hyphen bullet ("- On October 21 …") and a signature ("-- Jane Doe") are not leads: only a
/// long dash, or a place with its code, before a capitalized word.
/// </summary>
public sealed partial class OrphanDashFragmentRule : IFragmentRule
{
    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        if (paragraph.Length < 3) return null;
        var m = OrphanDash().Match(paragraph);
        if (!m.Success) return null;
        return (paragraph[m.Length..], new Removal(paragraph[..m.Length].Trim(), DatelineFragmentRule.Reason));
    }

    [GeneratedRegex(@"^\s*(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s+[A-Z]{2}\s+(?:—|–|--?)|(?:—|–))\s+(?=[A-Z0-9""“‘])")]
    private static partial Regex OrphanDash();
}
