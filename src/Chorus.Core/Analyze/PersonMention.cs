using System.Text.RegularExpressions;
using Chorus.Link;
using Chorus.Segment;
using static Chorus.Analyze.SpeechPatterns;
using static Chorus.Analyze.AdjacentAttribution;
using static Chorus.Analyze.ReportedSpeechAttribution;
using static Chorus.Analyze.PronounResolution;
using static Chorus.Analyze.FullNameCompletion;
using static Chorus.Analyze.QuoteMerge;

namespace Chorus.Analyze;

/// <summary>Whether a capitalised run names one person who can speak: titles and possessives dropped, groups, acronyms,
/// institutions and news media refused, a lone surname accepted only when the article gives the full name.</summary>
internal static partial class PersonMention
{
    /// <summary>A speaker's name as the attribution gives it. "Xbox's Marc Whitten said", "North Carolina's Perdue
    /// told reporters": the name after a possessive is the person (unless it is an institution's, "St Anne's
    /// Hospital"). Right before the verb, "'s" is "has" ("Polizzi's told the press").</summary>
    internal static string? SpeakerName(string raw)
    {
        var name = raw.Trim();
        if (PossessiveInside().Match(name) is { Success: true } p)
        {
            var after = name[(p.Index + p.Length)..];
            if (!HasOrganizationWord(after)) name = after;
        }
        return NameForms.Clean(name);
    }

    [GeneratedRegex(@"\p{L}['’]s?$")]
    internal static partial Regex PossessiveEnd();

    [GeneratedRegex(@"^.*?\p{L}['’]s?\s+(?=\p{Lu})")]
    internal static partial Regex PossessiveInside();

    /// <summary>The one person a subject match names, or null when it matched nothing or names a group.</summary>
    internal static string? PersonOf(Match m) =>
        m.Success && SpeakerName(m.Groups["name"].Value) is { } name && !IsGroupNoun(name) ? name : null;

    /// <summary>"Palestinians", "Democrats", "Catholics": a people, a party or a faith, not one speaker. Only these
    /// plural endings count: many surnames end in "s" too ("Simmons", "Jones", "Roberts").</summary>
    internal static bool IsGroupNoun(string name) => !name.Contains(' ') && GroupEnding().IsMatch(name);

    [GeneratedRegex(@"(?:ians|cans|rats|ics|ims|ives|ists|ites|ese)$")]
    internal static partial Regex GroupEnding();

    /// <summary>"he" or "she" is a person, never "the Secret Service", "the Interior Department" or a news medium
    /// ("… and Forbes continued to fall for it").</summary>
    internal static string? Individual(string? name) =>
        name is not null && (HasOrganizationWord(name) || OutletCitationFinder.LooksLikeOutlet(name)) ? null : name;

    /// <summary>A word of the name, split at single spaces, is an institution's ("Department", "Service"). Read in
    /// place: asked of every candidate speaker, and splitting cut a string per word.</summary>
    private static bool HasOrganizationWord(string name)
    {
        var text = name.AsSpan();
        foreach (var word in text.Split(' '))
            if (OrganizationWordSpans.Contains(text[word])) return true;
        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganizationWordSpans =
        EntityRecognizer.OrganizationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static bool IsAcronym(string name) => name.Length >= 2 && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '.' or '-' or '&');

    /// <summary>"…," the Fords said in a statement: a family, named by the plural of a surname the article gives
    /// ("Lena Ford"), is several people, and which of them chose the words is not said. A plural that is no one's
    /// surname in the article ("the Giants said") is left to the other rules.</summary>
    internal static bool IsFamily(string speaker, string text, IReadOnlyList<Sentence> sentences)
    {
        if (speaker.Contains(' ') || speaker.Length < 4 || speaker[^1] != 's'
            || !text.Contains("the " + speaker, StringComparison.OrdinalIgnoreCase)) return false;
        return IsSurnameInArticle(speaker[..^1], sentences) || speaker.EndsWith("es", StringComparison.Ordinal) && IsSurnameInArticle(speaker[..^2], sentences);
    }

    internal static bool IsSurnameInArticle(string word, IReadOnlyList<Sentence> sentences)
    {
        // "Nicholas S. Zeppos": a middle initial may stand between.
        // Only a sentence holding the word can hold the full name: the pattern is built and tried on those alone.
        Regex? fullName = null;
        foreach (var s in sentences)
        {
            if (!s.Text.Contains(word, StringComparison.Ordinal)) continue;
            fullName ??= FullNamePatterns.Get(word);
            if (fullName.IsMatch(s.Text)) return true;
        }
        return false;
    }

    /// <summary>The full-name pattern of each surname asked, kept: the pronoun rules ask of the same few surnames for
    /// every quotation, and building the regex (parsing it, making its interpreter) cost more than running it.</summary>
    private static readonly PatternPerName FullNamePatterns = new(word =>
        new Regex(@"\p{Lu}[\p{L}'’\-]+\s+(?:\p{Lu}\.\s+)?" + Regex.Escape(word) + @"\b", RegexOptions.CultureInvariant));

    /// <summary>Some capitalised run in the sentence is a person's full name: not an institution, and not a run that
    /// only opens the sentence.</summary>
    /// <remarks>Asked of the sentences before every pronoun quotation: the matches are enumerated without a match
    /// object each, and the possessive's name is the match up to its apostrophe (the name's letters take none).</remarks>
    internal static bool NamesPerson(string sentence, IReadOnlyList<Sentence> sentences)
    {
        foreach (var m in FullName().EnumerateMatches(sentence))
            if (NameForms.Clean(sentence.Substring(m.Index, m.Length)) is { } n && n.Contains(' ') && Individual(n) is not null) return true;
        // "McComas's part of the mission will …": a surname of the story in the possessive is a person too.
        foreach (var m in PossessiveName().EnumerateMatches(sentence))
        {
            var match = sentence.AsSpan(m.Index, m.Length);
            if (IsSurnameInArticle(match[..match.IndexOfAny('\'', '’')].ToString(), sentences)) return true;
        }
        return false;
    }

    /// <summary>Two to four capitalised words, a middle initial allowed: a title in front ("Spokesman Rob Manning") is
    /// dropped by <see cref="NameForms.Clean"/> and the name is left.</summary>
    [GeneratedRegex(@"\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{Ll}'’\-]+){1,3}")]
    internal static partial Regex FullName();

    [GeneratedRegex(@"\b(?<name>\p{Lu}[\p{L}\-]+)['’]s?(?!\p{L})")]
    internal static partial Regex PossessiveName();
}
