using System.Text.RegularExpressions;

namespace Chorus.Clean;

/// <summary>
/// Short lines a page's controls and prompts leave in its crawled text, each shape seen under several outlets on dev:
/// the marker where an advert was cut out ("Story Continued Below", "Story continues below advertisement",
/// "ADVERTISEMENT", "Advertisement Continue reading the main story"); the text-size control ("Text Size -", a lone "+"); follow prompts ("Follow Pallab on Twitter",
/// "For the latest Washington news, follow @wsjpolitics"); a share button's network name alone ("Twitter", "Play
/// Facebook", "Reddit"); and an agency's name alone under a photo ("AP", "AFP"). None is a sentence of the story.
/// </summary>
public sealed partial class PageControlLineRule : IParagraphRule
{
    public const string Reason = "page control or prompt";

    /// <summary>The longest of these lines is a follow prompt with its topic ("For the latest Washington news, follow
    /// @wsjpolitics").</summary>
    private const int MaxWords = 16;

    public string? Check(ParagraphContext p)
    {
        if (p.Words > MaxWords) return null;
        var text = p.Text.Trim();
        if (text.Length == 0) return null;
        return AdvertMarker().IsMatch(text) || TextSize().IsMatch(text) || FollowPrompt().IsMatch(text)
            || NetworkButton().IsMatch(text) || AgencyAlone().IsMatch(text) ? Reason : null;
    }

    [GeneratedRegex(@"^(?i:story continue[sd] below(?: (?:the )?advertisement)?|(?:advertisement\s*)+|(?:photo\s+)?(?:advertisement\s+)?continue reading the main story)$")]
    private static partial Regex AdvertMarker();

    [GeneratedRegex(@"^(?:(?i:text size)\s*[-+]?|[-+])$")]
    private static partial Regex TextSize();

    [GeneratedRegex(@"^(?:(?i:follow)\s+@?[\w.]+(?:\s+[\w.]+)?\s+on\s+(?:Twitter|Facebook|Instagram)(?:\s+and(?:\s+on)?\s+(?:Twitter|Facebook|Instagram))?|For [^.!?]{3,60},\s+follow\s+@\w+)\.?$")]
    private static partial Regex FollowPrompt();

    [GeneratedRegex(@"^(?:Play\s+)?(?:Twitter|Facebook|Reddit|LinkedIn|Pinterest|WhatsApp|Email|Tumblr)$")]
    private static partial Regex NetworkButton();

    [GeneratedRegex(@"^(?:AP|AFP|Reuters|EPA|Getty Images|AP Photo)$")]
    private static partial Regex AgencyAlone();
}
