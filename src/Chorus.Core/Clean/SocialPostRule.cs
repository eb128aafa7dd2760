using System.Text.RegularExpressions;

namespace Chorus.Clean;

/// <summary>
/// A social post embedded whole in the page, its words and its signature in one paragraph: "So I can't charge it and
/// listen at once? #Launch — Jane Doe (@jdoe) September 7, 2016", "JANE DOE (@jdoe) Here is my chart …", "… A post
/// shared by Jane Doe (@jdoe) on May 4, 2017 at 5:57pm PDT". Shown in a summary its first-person words read as the
/// outlet's own, with nobody saying them; when the post is news, the article reports it in its own sentences.
/// </summary>
public sealed partial class SocialPostRule : IParagraphRule
{
    public const string Reason = "embedded social-media post";

    /// <summary>Posts are short; a long paragraph ending in a signature is reporting that quotes one.</summary>
    private const int MaxWords = 80;

    public string? Check(ParagraphContext p) =>
        p.Words <= MaxWords && (Signed().IsMatch(p.Text) || HandleFirst().IsMatch(p.Text) || SharedBy().IsMatch(p.Text)) ? Reason : null;

    /// <summary>"… — Jane Doe (@jdoe) May 21, 2013" at the end.</summary>
    [GeneratedRegex(@"[—–-]{1,2}\s*[^()—–]{2,60}\(@\w{1,30}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*$")]
    private static partial Regex Signed();

    /// <summary>"Jane Doe (@jdoe) Text of the post": the account's name and handle open it. Reporting goes on in
    /// lower case ("Jane Doe (@jdoe) wrote that …") and stays.</summary>
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+\(@\w{1,30}\)\s+[\p{Lu}""“‘]")]
    private static partial Regex HandleFirst();

    /// <summary>An Instagram embed's signature: "A post shared by Jane Doe (@jdoe) on May 4, 2017 at 5:57pm PDT".</summary>
    [GeneratedRegex(@"\bA post shared by [^()]{1,60}\(@[\w.]{1,30}\) on \p{L}+\.? \d{1,2}, \d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex SharedBy();
}
