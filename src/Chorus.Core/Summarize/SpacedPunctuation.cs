using System.Text.RegularExpressions;

namespace Chorus.Summarize;

/// <summary>
/// A space a web page's conversion left before a full stop or a comma where a link, a ticker or an embed was cut out
/// ("… a new catchphrase .", "told the host , “…”", "at 6:30 a.m. ."), closed in the sentence a reader is shown. Only
/// the shown text changes: the analysis keeps the article's text and its offsets. A spaced ellipsis (". . .") is the
/// writer's own and stays.
/// </summary>
public static partial class SpacedPunctuation
{
    public static string Closed(string text)
    {
        if (text.AsSpan().IndexOfAny(Marks) < 0) return text;
        text = StopAfterAbbreviation().Replace(text, "");
        return SpaceBeforeMark().Replace(text, "");
    }

    private static readonly System.Buffers.SearchValues<string> Marks =
        System.Buffers.SearchValues.Create([" .", " ,", " ;", " :", " !", " ?"], StringComparison.Ordinal);

    /// <summary>"… at 6:30 a.m. .": the abbreviation's own point ends the sentence.</summary>
    [GeneratedRegex(@"(?<=\p{L}\.)[ \t]+\.[ \t]*$")]
    private static partial Regex StopAfterAbbreviation();

    /// <summary>A word, a figure, a sign or a closing mark, then white space, then a mark that ends a clause; not the
    /// first point of a spaced ellipsis (". . .").</summary>
    [GeneratedRegex(@"(?<=[^\s.,;:!?(\[])[ \t]+(?=[.,;:!?](?:$|\s(?![ \t]*\.)))")]
    private static partial Regex SpaceBeforeMark();
}
