using System.Text.RegularExpressions;

namespace Chorus.Summarize;

/// <summary>
/// An attribution by surname alone ("“…,” Daniels said on CNN.", "said Alexander") tells the reader who speaks only if
/// an earlier sentence gave the full name, and a summary seldom shows that sentence. When the quote analysis knows the
/// speaker's full name, the first name goes in front of the surname, marked as added the way editors mark inserted
/// words ("“…,” [Mitch] Daniels said."), as a pronoun attribution takes the whole name. Only the attribution is
/// touched, never the quotation's own words.
/// </summary>
public static partial class SurnameAttribution
{
    /// <summary>The text with the first names of <paramref name="fullName"/> added before its surname where the surname
    /// alone attributes a quotation; the text itself when the full name is already there, or the surname attributes nothing.</summary>
    public static string Complete(string text, string fullName)
    {
        int space = fullName.LastIndexOf(' ');
        if (space <= 0 || text.Contains(fullName, StringComparison.Ordinal)) return text;
        string first = fullName[..space], surname = fullName[(space + 1)..];
        if (surname.Length < 2 || !text.Contains(surname, StringComparison.Ordinal)) return text;
        foreach (Match m in Attribution().Matches(text))
        {
            var name = m.Groups["name"];
            if (name.Value != surname || IsQuoted(text, name.Index) || PrecededByName(text, name.Index)) continue;
            return $"{text.AsSpan(0, name.Index)}[{first}] {text.AsSpan(name.Index)}";
        }
        return text;
    }

    /// <summary>Takes the added first name out again where an earlier sentence of the summary already named the person in
    /// full ("Officer Laurie Graber …" then "“…,” [Laurie] Graber said."): the reader knows who by then, and the marks
    /// would only repeat it.</summary>
    public static Summary Settle(Summary summary)
    {
        List<SummarySentence>? changed = null;
        for (int i = 1; i < summary.Sentences.Count; i++)
        {
            var s = summary.Sentences[i];
            if (!s.Text.Contains('[')) continue;
            var text = Added().Replace(s.Text, m =>
            {
                string full = m.Groups["first"].Value + " " + m.Groups["surname"].Value;
                for (int k = 0; k < i; k++)
                {
                    var shown = summary.Sentences[k].Shown;
                    if (shown.Contains(full, StringComparison.Ordinal) || shown.Contains("[" + m.Groups["first"].Value + "] " + m.Groups["surname"].Value, StringComparison.Ordinal))
                        return m.Groups["surname"].Value;
                }
                return m.Value;
            });
            if (ReferenceEquals(text, s.Text) || text == s.Text) continue;
            changed ??= [.. summary.Sentences];
            changed[i] = s with { Text = text };
        }
        return changed is null ? summary : summary with { Sentences = changed };
    }

    /// <summary>A first name <see cref="Complete"/> added: in brackets, right before a capitalized surname.</summary>
    [GeneratedRegex(@"\[(?<first>\p{Lu}[\p{L}.'’ -]*)\] (?<surname>\p{Lu}[\p{L}'’-]+)")]
    private static partial Regex Added();

    /// <summary>Inside a quotation: an odd number of straight marks before it, or an opening curly mark not yet closed.</summary>
    private static bool IsQuoted(string text, int at)
    {
        var before = text.AsSpan(0, at);
        return before.Count('"') % 2 == 1 || before.LastIndexOf('“') > before.LastIndexOf('”');
    }

    /// <summary>A capitalized word (a first name, a title the writer gave) already stands before the surname.</summary>
    private static bool PrecededByName(string text, int at)
    {
        int p = at - 1;
        while (p >= 0 && text[p] == ' ') p--;
        if (p < 0 || p == at - 1) return false;
        int end = p + 1;
        while (p >= 0 && (char.IsLetter(text[p]) || text[p] is '.' or '-' or '\'' or '’')) p--;
        return end - p > 1 && char.IsUpper(text[p + 1]);
    }

    /// <summary>A capitalized surname right before or right after a verb of saying, after a quotation has closed.</summary>
    [GeneratedRegex(@"[""”],?\s+(?:(?<name>\p{Lu}[\p{L}'’-]+)\s+(?:said|says|told|added|asked|wrote|tweeted|explained|noted|continued|recalled|replied|insisted|argued|warned)\b|(?:said|says|added|asked|wrote)\s+(?<name>\p{Lu}[\p{L}'’-]+)\b(?!\s+\p{Lu}))")]
    private static partial Regex Attribution();
}
