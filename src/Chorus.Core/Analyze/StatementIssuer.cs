using System.Text.RegularExpressions;
using Chorus.Segment;
using static Chorus.Analyze.SpeechPatterns;

namespace Chorus.Analyze;

/// <summary>
/// An organization (or a person) speaking through a written statement: "Harbor Light released a statement on
/// Monday." then "“…,” the statement says"; "the Tenants' Union has issued a statement about the case: “…”";
/// "“…,” according to a statement released by the Department of Parks"; "“…,” the policy states" after "the
/// Vantel policy". The annotation guide gives such words to the body that issued them. Seen in a local TV story on a
/// utility, a science weekly on a university, a live blog quoting a defence department, a paper on a TV maker's
/// privacy policy and an agency's settlement report. Only when the text names who issued the statement, close
/// before it (the same sentence or the few before it), and names one body only: "a police statement said", "the
/// statement read" after "his lawyer released a statement" leave the words unattributed, as the text does.
/// </summary>
internal static partial class StatementIssuer
{
    /// <summary>How many sentences before the quotation's the one naming the issuer may stand.</summary>
    private const int Reach = 5;

    /// <param name="before">The sentence's text before the quotation.</param>
    /// <param name="after">The sentence's text after the quotation.</param>
    /// <param name="sentences">The article's sentences.</param>
    /// <param name="i">The sentence holding the quotation.</param>
    /// <param name="opensSentence">The quotation's mark opens the sentence.</param>
    internal static string? Speaker(string before, string after, IReadOnlyList<Sentence> sentences, int i, bool opensSentence)
    {
        // "“…,” the statement says." / "The policy states: “…”": the document speaks; who issued it is named before.
        var document = DocumentAfter().Match(after);
        if (!document.Success) document = DocumentBefore().Match(before);
        if (document.Success) return Issuer(document.Groups["noun"].Value, sentences, i);
        // "“…,” according to a statement released by the Department of Parks.": the issuer named right after.
        if (AccordingToStatement().Match(after) is { Success: true } according) return Named(according.Groups["name"].Value, sentences);
        // "The Tenants' Union has issued a statement about the case: “…”": the issuer speaking in this very sentence,
        // with no one else speaking between.
        // The quotation hangs on the statement itself, a few words after it and no other quotation between: in "Col.
        // Roe issued a statement explaining that an “operator” of the account “…”" the words may be another outlet's
        // source's as well (the same sentence of a department's, quoted by two officials), and are left to other rules.
        if (LastIssuing(before) is { } here && HangsOnStatement().IsMatch(before.AsSpan(here.Index + here.Length)) && SubjectCount(before.AsSpan(here.Index + here.Length)) == 0)
            return Named(here.Groups["name"].Value, sentences);
        // "Harbor Light issued a statement saying the claim was false. “…”": a quotation with no attribution of its
        // own, opening the sentence right after the one where the issuer put the statement out (same paragraph).
        if (opensSentence && after.Trim().Length == 0 && i > 0 && sentences[i - 1].Paragraph == sentences[i].Paragraph
            && !Quoted().IsMatch(sentences[i - 1].Text) && IssuingOpens().Match(sentences[i - 1].Text) is { Success: true } previous
            && SubjectCount(sentences[i - 1].Text) == 0)
            return Named(previous.Groups["name"].Value, sentences);
        return null;
    }

    /// <summary>The body that issued the statement (policy, report) the nearest sentence before names, if it names one.</summary>
    private static string? Issuer(string noun, IReadOnlyList<Sentence> sentences, int i)
    {
        for (int k = i; k >= 0 && k >= i - Reach; k--)
        {
            // Inside quoted words a name is someone's words, not the narrator's.
            var text = Quoted().Replace(sentences[k].Text, " ");
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match m in Issuing().Matches(text)) if (noun is "statement" or "release" or "message") names.Add(Trimmed(m.Groups["name"].Value));
            foreach (Match m in IssuedBy().Matches(text)) if (m.Groups["noun"].Value == noun) names.Add(Trimmed(m.Groups["name"].Value));
            foreach (Match m in Owned().Matches(text)) if (m.Groups["noun"].Value == noun) names.Add(Trimmed(m.Groups["name"].Value));
            names.Remove("");
            if (names.Count > 1) return null;
            if (names.Count == 1) return Named(names.First(), sentences);
        }
        return null;
    }

    /// <summary>The last place in the text where a named body puts out a statement.</summary>
    private static Match? LastIssuing(string before)
    {
        Match? last = null;
        foreach (Match m in Issuing().Matches(before)) last = m;
        return last;
    }

    /// <summary>The issuer as the annotation names it: a person's name without the title ("Col. Rob Manning"), a body's
    /// name as written, made whole where the article gives it in full ("Stony Brook" after "Stony Brook University").</summary>
    private static string? Named(string raw, IReadOnlyList<Sentence> sentences)
    {
        // A full stop after the name ends the sentence ("… released by the Ministry of Marine Affairs.").
        var name = Trimmed(raw).TrimEnd('.');
        if (name.Length == 0) return null;
        var words = name.Split(' ');
        // A person's title ("Col. Rob Manning"); a body's "of" keeps its department word ("Department of Commerce").
        // A department's word is a title only before a name ("Secretary of Energy Jo Roe"): "Harbor Light Energy" is a body.
        if (!words.Contains("of") && words.Any(w => NameForms.Titles.Contains(w.TrimEnd('.')) && !NameForms.Departments.Contains(w.ToLowerInvariant()))) return NameForms.Clean(name);
        if (words.Length == 1 && NameForms.NotNames.Contains(name)) return null;
        return Fullest(name, sentences);
    }

    /// <summary>"Stony Brook" is "Stony Brook University" where the article gives that: the longest run of capitalised
    /// words after the name anywhere in the article, when it ends in an institution's word.</summary>
    private static string Fullest(string name, IReadOnlyList<Sentence> sentences)
    {
        var longer = new Regex(Regex.Escape(name) + @"(?<more>(?:\s+\p{Lu}[\p{L}'’\-]+){1,3})", RegexOptions.CultureInvariant);
        string best = name;
        foreach (var s in sentences)
        {
            if (!s.Text.Contains(name, StringComparison.Ordinal)) continue;
            foreach (Match m in longer.Matches(s.Text))
            {
                var more = m.Groups["more"].Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (EntityRecognizer.OrganizationWords.Contains(more[^1]) && name.Length + m.Groups["more"].Length > best.Length) best = name + m.Groups["more"].Value;
            }
        }
        return best;
    }

    /// <summary>A live blog's time stamp before the name ("12:01 A.M. J Street issues statement").</summary>
    private static readonly HashSet<string> ClockWords = new(StringComparer.OrdinalIgnoreCase) { "A.M.", "P.M.", "AM", "PM" };

    /// <summary>Leading words that open a sentence but are no part of a name ("The", "Today").</summary>
    private static string Trimmed(string name)
    {
        var words = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (NameForms.NotNames.Contains(words[0]) || ClockWords.Contains(words[0]))) words.RemoveAt(0);
        return string.Join(' ', words);
    }

    /// <summary>A body's or a person's name: capitalised words, an "of" or "for" inside ("Department of Commerce").</summary>
    private const string Name = @"(?<name>" + NameWord + @"(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?" + NameWord + @"){0,5})";

    /// <summary>A capitalised word; an apostrophe only inside it ("O'Neill"), so a possessive ("Roe's lawyer") ends the name.</summary>
    private const string NameWord = @"\p{Lu}(?:[\p{L}\-.&]|['’](?=\p{L}))*";

    private const string Nouns = "statement|release|policy|report|memo|letter|message";

    /// <summary>"Harbor Light released a statement", "the Titans team, which issued a statement", "J Street issues
    /// statement": the name right before the verb (no possessive: "Roe's lawyer released a statement" is the lawyer's).</summary>
    private const string IssuingClause = Name + @"(?:\s+\([^()""“”]{1,20}\))?(?:(?:\s+[a-z]+){0,2},\s+which)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|then\s+|later\s+|since\s+|now\s+|\w+ly\s+)?(?:issued|issues|released|releases|put\s+out|puts\s+out|posted|posts)\s+(?:(?:a|an|its)\s+)?(?:[a-z\-]+\s+){0,2}(?:statement|release|message)\b";

    [GeneratedRegex(@"(?<![\p{L}'’\-.])" + IssuingClause)]
    private static partial Regex Issuing();

    /// <summary>What may stand between the statement and its quoted words: where, when, about what, then a colon or a
    /// participle ("about the case:", "on Facebook:", "on the conflict, calling for", "on Oct. 9, saying, in part,").</summary>
    [GeneratedRegex(@"^(?:[^""“”.!?]|\.(?!\s+\p{Lu}\p{Ll}+\s+\p{Ll})){0,80}?(?::|,\s*(?:saying|stating|calling\s+for|adding|noting|reading)(?:,\s*in\s+part)?[:,]?)\s*$")]
    private static partial Regex HangsOnStatement();

    [GeneratedRegex(@"^\s*" + IssuingClause)]
    private static partial Regex IssuingOpens();

    /// <summary>"a statement released by the Department of Parks", "a statement from Harbor Light".</summary>
    [GeneratedRegex(@"\b(?<noun>" + Nouns + @")\s+(?:(?:released|issued|put\s+out|posted|sent)\s+)?(?:by|from)\s+(?:the\s+)?" + Name)]
    private static partial Regex IssuedBy();

    /// <summary>"the Vantel policy", "the Parks Department's statement", "Vantel's privacy policy".</summary>
    [GeneratedRegex(@"\b(?:the\s+)?" + Name + @"(?:['’]s?)?\s+(?:[a-z\-]+\s+)?(?<noun>" + Nouns + @")\b")]
    private static partial Regex Owned();

    [GeneratedRegex(@"^\s*[,.:;!?—–-]?\s*(?:the|its)\s+(?:[a-z\-]+\s+)?(?<noun>" + Nouns + @")\s+(?:also\s+)?(?:said|says|states|stated|read|reads|added|adds|continued|continues|noted|notes|explained|explains|warned|warns)\b\s*(?:[.,;]|$)")]
    private static partial Regex DocumentAfter();

    [GeneratedRegex(@"(?:^|[.!?]\s+)(?:The|Its)\s+(?:[a-z\-]+\s+)?(?<noun>" + Nouns + @")\s+(?:also\s+)?(?:said|says|states|stated|read|reads|added|adds|continued|continues|noted|notes)\s*[:,]\s*$")]
    private static partial Regex DocumentBefore();

    [GeneratedRegex(@"^[^""“”.!?]*?\baccording\s+to\s+(?:a|an|the|its)\s+(?:[a-z\-]+\s+)?statement\s+(?:(?:released|issued|put\s+out|posted)\s+)?(?:by|from)\s+(?:the\s+)?" + Name + @"\s*(?:[.,;]|$)")]
    private static partial Regex AccordingToStatement();
}
