using System.Text.RegularExpressions;
using Chorus.Analyze;
using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Summarize;

/// <summary>
/// A sentence that opens on a person's surname alone — "Williams, a former world No. 1, …", "Middleton, 28, was …",
/// "Mr Kim died last week …" — refers back to a full name its article gave before (in a headline, a caption, a
/// paragraph the crawl lost). As a summary's first sentence it leaves the reader asking who: the full name is
/// elsewhere in the cluster, the reader has not met it. Written for leads of real text: a capital opens a sentence,
/// so lowercased text (multinews-plus) never matches.
/// </summary>
/// <remarks>
/// A cheap test first, from the cluster's words: the word follows another capitalized word somewhere ("Serena
/// Williams"), is never written in lower case (so "Police say …" beside "Fort Worth Police" is not a surname), and is
/// no weekday or month ("Super Tuesday"); with a courtesy title ("Mr Kim") it need only stand beside another name word,
/// before or after it ("Kim Jong-nam"): the title itself marks a second reference. Only then are the cluster's people
/// read (<see cref="EntityRecognizer"/>, without the analysis' speakers so the summary is the same with or without an
/// analysis): the word must be the last word (with a title: any word) of a person's name of two words or more —
/// "House Republicans" names no one, and "Republicans on the committee voted …" opens on no surname. A sentence that
/// also gives the full name ("Williams, … Serena Williams …") names the person.
/// </remarks>
public sealed partial class SurnameOnlySubject
{
    private readonly LinkedCluster _cluster;
    private (HashSet<string> Last, HashSet<string> Any)? _people;

    private SurnameOnlySubject(LinkedCluster cluster) => _cluster = cluster;

    /// <summary>A reader of the cluster's names; it reads the cluster only for the words a text asks about.</summary>
    public static SurnameOnlySubject Of(LinkedCluster cluster) => new(cluster);

    /// <summary>The text opens on a surname alone (optionally after a courtesy title) of a person the cluster names in
    /// full, and does not give the full name itself.</summary>
    public bool Opens(string text)
    {
        var m = Opening().Match(text);
        if (!m.Success) return false;
        var word = m.Groups["w"].Value;
        word = WithoutPossessive(word);
        bool titled = m.Groups["t"].Success;
        if (MomentNames.Contains(word) || !StandsInName(word, titled)) return false;
        var (last, any) = _people ??= People(_cluster);
        if (!(titled ? any.Contains(word) : last.Contains(word))) return false;
        return !NamesInFull(text, word);
    }

    /// <summary>The text names someone by surname alone after its first word ("Police say paramedics found Sementilli
    /// bleeding …", "The photo Levitt posted …") — a person the cluster names in full — and gives no full name for that
    /// word itself. As a summary's first sentence it leaves the reader asking who, as a surname subject does.</summary>
    public bool MentionsAlone(string text)
    {
        foreach (Match m in LoneCapitalized().Matches(text))
        {
            if (m.Index == 0 || !IsLone(text, m)) continue;
            var word = WithoutPossessive(m.Groups["w"].Value);
            if (MomentNames.Contains(word) || CourtesyTitles.Contains(word)) continue;
            // The token scan first: it rules out most words without reading the cluster's people.
            if (!StandsInName(word, titled: false)) continue;
            var (last, _) = _people ??= People(_cluster);
            if (!last.Contains(word)) continue;
            if (!NamesInFull(text, word)) return true;
        }
        return false;
    }

    /// <summary>The word is the last word of a person's name of two words or more in the cluster (the token scan of
    /// <see cref="StandsInName"/> first: most capitalized words fail it without the cluster's people being read).</summary>
    public bool IsSurname(string word) => StandsInName(word, titled: false) && (_people ??= People(_cluster)).Last.Contains(word);

    /// <summary>No capitalized word beside it across a single space, and no sentence start or title before it: "Sementilli"
    /// in "found Sementilli bleeding", not "Fabio Sementilli", "Mr Kim" or the first word after a full stop.</summary>
    private static bool IsLone(string text, Match m)
    {
        int before = m.Index - 1;
        if (before >= 0 && text[before] == ' ')
        {
            int b = before - 1;
            if (b >= 0 && (char.IsUpper(text[b]) || char.IsLower(text[b])))
            {
                int start = b;
                while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '’' or '-' or '.')) start--;
                if (char.IsUpper(text[start])) return false;
            }
            else if (b >= 0 && text[b] is '.' or '!' or '?' or '"' or '“') return false;
        }
        int after = m.Index + m.Length;
        return !(after + 1 < text.Length && text[after] == ' ' && char.IsUpper(text[after + 1]));
    }

    /// <summary>The word is never written in lower case in the cluster, and follows another name word somewhere (with
    /// a title: stands beside one, before or after it). One pass over the cluster's tokens, for the few words asked
    /// about (a set of every word of the cluster cost more than the rest of the summary's choices).</summary>
    private bool StandsInName(string word, bool titled)
    {
        bool paired = false;
        foreach (var s in _cluster.Sentences)
        {
            var tokens = s.Tokens;
            for (int t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                if (!string.Equals(token.Text, word, StringComparison.OrdinalIgnoreCase)) continue;
                if (!token.IsCapitalized) return false;
                if (paired || token.Text != word) continue;
                paired = t > 0 && IsNameWord(tokens[t - 1]) && Adjacent(s.Text, tokens[t - 1], token)
                    || titled && t + 1 < tokens.Count && IsNameWord(tokens[t + 1]) && Adjacent(s.Text, token, tokens[t + 1]);
            }
        }
        return paired;
    }

    /// <summary>The words of the cluster's people named with two words or more: their last words, and all of them.</summary>
    private static (HashSet<string> Last, HashSet<string> Any) People(LinkedCluster cluster)
    {
        var last = new HashSet<string>(StringComparer.Ordinal);
        var any = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in new EntityRecognizer().Recognize(cluster, [], []).People)
        {
            var words = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            last.Add(words[^1]);
            foreach (var w in words) any.Add(w);
        }
        return (last, any);
    }

    /// <summary>The word stands beside another capitalized word in the text itself ("Serena Williams").</summary>
    private static bool NamesInFull(string text, string word)
    {
        foreach (Match m in FullName().Matches(text))
            if ((m.Groups[1].Value == word || WithoutPossessive(m.Groups[2].Value) == word) && !CourtesyTitles.Contains(m.Groups[1].Value)) return true;
        return false;
    }

    /// <summary>"Williams's coach …": the possessive is not part of the name.</summary>
    private static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    private static bool IsWord(string text) => text.Length > 1 && char.IsLetter(text[0]);

    private static bool IsNameWord(Token token) =>
        token.IsCapitalized && !token.IsStopWord && IsWord(token.Text) && !MomentNames.Contains(token.Text) && !IsShouted(token.Text);

    /// <summary>"NEW YORK" and "FBI" are no first and last names.</summary>
    private static bool IsShouted(string text)
    {
        foreach (var c in text) if (char.IsLower(c)) return false;
        return true;
    }

    /// <summary>Only a space between the two words: "Paris, Texas" or "Smith. Jones" are two names, not one.</summary>
    private static bool Adjacent(string text, Token a, Token b) =>
        b.Start == a.End + 1 && a.End < text.Length && text[a.End] == ' ';

    internal static readonly HashSet<string> CourtesyTitles = new(StringComparer.Ordinal) { "Mr", "Mrs", "Ms", "Miss", "Dr" };

    internal static readonly HashSet<string> MomentNames = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>A capitalized word (after "Mr", "Mrs", "Ms", "Miss", "Dr" if any) followed by a comma, a possessive or a
    /// lower-case word: the subject of the sentence, not the first word of a longer name.</summary>
    [GeneratedRegex(@"^\s*(?:(?<t>Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?<w>\p{Lu}[\p{Ll}'’\-]+)(?=\s*,|['’]s\b|\s+\p{Ll})")]
    private static partial Regex Opening();

    [GeneratedRegex(@"(?<![\p{L}'’\-])(?<w>\p{Lu}[\p{Ll}'’\-]+)(?![\p{L}])")]
    private static partial Regex LoneCapitalized();

    [GeneratedRegex(@"\b(\p{Lu}[\p{Ll}'’\-]+) (\p{Lu}[\p{Ll}'’\-]+)\b")]
    private static partial Regex FullName();
}
