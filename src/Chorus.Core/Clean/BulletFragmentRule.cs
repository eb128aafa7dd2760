using System.Text.RegularExpressions;

namespace Chorus.Clean;

/// <summary>
/// A list bullet glued to the item it marks ("•The number of overweight adults rose …", "● Police closed the road"):
/// the item can be a sentence of the story, the bullet is the page's layout and would open a summary line.
/// </summary>
public sealed partial class BulletFragmentRule : IFragmentRule
{
    public const string Reason = "list bullet";

    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        if (paragraph.Length == 0 || paragraph.AsSpan().TrimStart().IndexOfAny(Bullets) != 0) return null;
        var m = Bullet().Match(paragraph);
        return m.Success ? (paragraph[m.Length..], new Removal(m.Value.Trim(), Reason)) : null;
    }

    private static readonly System.Buffers.SearchValues<char> Bullets = System.Buffers.SearchValues.Create("•●▪■◦‣");

    [GeneratedRegex(@"^\s*[•●▪■◦‣]\s*(?=\S)")]
    private static partial Regex Bullet();
}
