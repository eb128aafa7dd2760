using System.Text.RegularExpressions;
using Chorus.Segment;
using static Chorus.Analyze.SpeechPatterns;
using static Chorus.Analyze.PersonMention;
using static Chorus.Analyze.PronounResolution;

namespace Chorus.Analyze;

/// <summary>
/// "Berger did not answer questions about his clients. / "They have a passion for the work," he said.": when no
/// attribution pattern tells whom "he" points back to, the one person named by the nearest sentence that names anyone,
/// looking back over sentences that name no one (up to <see cref="MaxBack"/>, within the quotation's paragraph and the
/// one before). Precision first, so it gives nobody when
/// <list type="bullet">
/// <item>that sentence names two people, or someone in between is brought in by a noun ("a woman", "the girl") or a
/// quotation nobody was named for;</item>
/// <item>a pronoun of the other gender stands in that sentence or in between ("… understand her", "He died in 1982"
/// before "she wrote"): then someone else is in play whom the text does not name;</item>
/// <item>the same pronoun comes before the name in that sentence ("she accused the BBC of angering Tony Blair"):
/// the pronoun's person is further back, and the name is whom she spoke of;</item>
/// <item>the person never speaks anywhere in the article: someone only spoken of ("Clive was an alcoholic") is
/// not whom a quotation is given to by a pronoun.</item>
/// </list>
/// </summary>
internal static partial class OnlyPersonBefore
{
    /// <summary>How many sentences back the search goes.</summary>
    internal const int MaxBack = 4;

    /// <param name="sentences">The article's sentences.</param>
    /// <param name="i">The sentence holding the quotation.</param>
    /// <param name="beforeQuotation">The sentence's own text before the quotation ("Even Sir Isaac Newton knew: ").</param>
    /// <param name="female">The pronoun is "she".</param>
    /// <param name="quoteSpeakers">For each earlier sentence holding quotations, their speakers (null for none).</param>
    internal static string? Resolve(IReadOnlyList<Sentence> sentences, int i, string beforeQuotation, bool female,
        IReadOnlyDictionary<int, List<string?>> quoteSpeakers)
    {
        var own = Read(beforeQuotation, [], sentences, female);
        if (own.Refused) return null;
        // "Of her plan to skip Super Bowl ads, she said: "…"": the pronoun's own sentence speaks of its person as a
        // pronoun before the quotation, so a name there is something else spoken of.
        if (own.Names.Count > 0 && (female ? SheWords() : HeWords()).IsMatch(own.Text)) return null;
        // "Malaysia's minister, Hishammuddin Hussein, was sanguine: "…," he tweeted": the sentence hands the quotation
        // to the person it names, who is speaking here whatever the verb.
        if (own.Names.Count > 0) return Candidate(own, sentences, female, handsOn: beforeQuotation.TrimEnd().EndsWith(':'));
        for (int back = i - 1; back >= Math.Max(0, i - MaxBack); back--)
        {
            // The quotation's paragraph and the one before: further up, a story has moved on to other people.
            if (sentences[i].Paragraph - sentences[back].Paragraph > 1) return null;
            var read = Read(sentences[back].Text, quoteSpeakers.GetValueOrDefault(back) ?? [], sentences, female);
            if (read.Refused) return null;
            if (read.Names.Count > 0) return Candidate(read, sentences, female, handsOn: false);
        }
        return null;
    }

    private sealed record Reading(bool Refused, List<string> Names, string Text, bool SamePronounFirst, bool OtherPronoun, bool NewPerson);

    private static readonly Reading Refusal = new(true, [], "", false, false, false);

    /// <summary>The people a sentence names outside its quotations (the speakers of its quotations count as named),
    /// or a refusal when it holds a quotation no one was named for, a pronoun of the other gender, or a person
    /// brought in by a noun while naming no one.</summary>
    private static Reading Read(string text, List<string?> speakers, IReadOnlyList<Sentence> sentences, bool female)
    {
        if (speakers.Any(s => s is null)) return Refusal;
        var outside = Quoted().Replace(text, " ");
        // An opening mark left without its closing one: the rest is quotation too.
        int open = outside.IndexOfAny(['"', '“']);
        if (open >= 0) outside = outside[..open];
        var named = Names(outside, sentences);
        var names = named.Concat(speakers.OfType<string>()).ToList();
        bool otherPronoun = OtherGenderWord(outside, female);
        bool newPerson = (names.Count > 0 ? IntroducedPerson() : PersonNoun()).IsMatch(outside);
        if (names.Count == 0 && (otherPronoun || newPerson)) return Refusal;
        var samePronoun = (female ? She() : He()).Match(outside);
        bool samePronounFirst = samePronoun.Success && named.Count > 0 && named.All(n => Position(outside, n) is var at && (at < 0 || samePronoun.Index < at))
            // "Told that Forbes planned to remove him, he responded": an object of the pronoun's gender beside the name
            // is someone the name acts on, so the name is not the pronoun's person. ("her" is also a possessive.)
            || !female && names.Count > 0 && Him().IsMatch(outside);
        return new Reading(false, names, outside, samePronounFirst, otherPronoun, newPerson);
    }

    private static string? Candidate(Reading read, IReadOnlyList<Sentence> sentences, bool female, bool handsOn)
    {
        var groups = read.Names.GroupBy(n => n.Split(' ')[^1], StringComparer.Ordinal).ToList();
        if (groups.Count != 1 || read.OtherPronoun || read.NewPerson || read.SamePronounFirst) return null;
        var name = groups[0].OrderByDescending(n => n.Length).First();
        if (name.StartsWith(Unknown, StringComparison.Ordinal)) return null;
        return handsOn || SpeaksInArticle(name, sentences) ? name : null;
    }

    private static int Position(string text, string name) => text.IndexOf(name.Split(' ')[^1], StringComparison.Ordinal);

    /// <summary>Full names (titles dropped, institutions and outlets refused) and single capitalised words that are the
    /// surname of a full name the article gives.</summary>
    private static List<string> Names(string text, IReadOnlyList<Sentence> sentences)
    {
        var names = new List<string>();
        int covered = 0;
        foreach (Match m in Capitalised().Matches(text))
        {
            if (m.Index < covered) continue;
            covered = m.Index + m.Length;
            var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var clean = NameForms.Clean(m.Value);
            if (clean is null) continue;
            if (clean.Contains(' '))
            {
                if (Individual(clean) is not null && !clean.Split(' ').All(EntityRecognizer.IsPlaceWord)) names.Add(clean);
                continue;
            }
            if (words.Length > 1 && Individual(clean) is null) continue;
            if (NameForms.IsTitle(clean) || IsGroupNoun(clean) || IsAcronym(clean) || EntityRecognizer.OrganizationWords.Contains(clean)) continue;
            if (IsSurnameInArticle(clean, sentences)) names.Add(clean);
            // "The opposition, led by Fenwick, called the plan reckless": a lone capitalised word inside the sentence
            // that is no surname of the article may still be a person the article names no further. It competes
            // (and can never be the one named), unless the article puts it after a preposition of place somewhere
            // ("in Gaza", "at Caltech", "of Florida").
            else if (m.Index > 0 && words.Length == 1 && !PlaceLike(clean, sentences)) names.Add(Unknown + clean);
        }
        return names;
    }

    /// <summary>Marks a word that may be a person but is no one the article names in full: it competes, and is never
    /// given as the speaker.</summary>
    private const string Unknown = "\u0001";

    private static bool PlaceLike(string word, IReadOnlyList<Sentence> sentences)
    {
        var afterPreposition = AfterPreposition.Get(word);
        return sentences.Any(s => s.Text.Contains(word, StringComparison.Ordinal) && afterPreposition.IsMatch(s.Text));
    }

    private static readonly PatternPerName AfterPreposition = new(word =>
        new Regex(@"\b(?:in|at|of|from|near|across|into|throughout|outside|inside|to|during)\s+(?:the\s+)?" + Regex.Escape(word) + @"\b", RegexOptions.CultureInvariant));

    /// <summary>The person is the subject of a verb of saying somewhere in the article ("Berger said", "said Lawrence
    /// Berger", "Berger, a lawyer for the agents, told …") or signs a post it embeds.</summary>
    private static bool SpeaksInArticle(string name, IReadOnlyList<Sentence> sentences)
    {
        var surname = name.Split(' ')[^1];
        var speaks = Speaks.Get(surname);
        return sentences.Any(s => s.Text.Contains(surname, StringComparison.Ordinal) && speaks.IsMatch(s.Text));
    }

    private static readonly PatternPerName Speaks = new(name =>
    {
        var surname = Regex.Escape(name);
        return new Regex(@"\b" + surname + @"\b(?:['’]s)?(?:,[^,""“”]{1,100},)?\s+(?:\w+ly\s+|also\s+|later\s+)?(?:" + Verbs + @")\b|\b(?:" + InvertedVerbs + @")\s+(?:[a-z\-]+\s+){0,3}(?:\p{Lu}[\p{L}.'’\-]*\s+){0,3}" + surname + @"\b"
            // "— Alyssa Milano (@Alyssa_Milano) December 16, 2017": the signature of an embedded post.
            + @"|\b" + surname + @"\s+\(@\w+\)", RegexOptions.CultureInvariant);
    });

    private static bool OtherGenderWord(string text, bool female) => (female ? HeWords() : SheWords()).IsMatch(text);

    /// <summary>Runs of capitalised words, a middle initial allowed: each a name candidate for <see cref="NameForms.Clean"/>.</summary>
    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’\-]+)*")]
    private static partial Regex Capitalised();

    [GeneratedRegex(@"\b(?:he|his|him|himself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeWords();

    [GeneratedRegex(@"\b(?:she|her|hers|herself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SheWords();

    [GeneratedRegex(@"\bhim\b")]
    private static partial Regex Him();

    [GeneratedRegex(@"\b[Hh]e\b")]
    private static partial Regex He();

    [GeneratedRegex(@"\b[Ss]he\b")]
    private static partial Regex She();

    private const string PersonNouns = @"(?:man|woman|men|women|boy|girl|child|kid|teen|teenager|student|mother|father|mom|dad|son|daughter|wife|husband|brother|sister|friend|relative|neighbou?r|resident|witness|officer|official|spokes(?:man|woman|person)|lawyer|attorney|victim|suspect|driver|passenger|doctor|nurse|teacher|source|colleague|partner|boyfriend|girlfriend|uncle|aunt|grandmother|grandfather|cousin|owner|worker|employee|deputy|agent|reporter|judge|prosecutor|coach|player|fan)";

    /// <summary>Someone brought in by a noun ("the girl", "his wife", "a neighbor"): a person the pronoun may mean.</summary>
    [GeneratedRegex(@"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother|[Tt]hat|[Tt]his)\s+(?:[\w\-]+\s+){0,2}" + PersonNouns + @"s?\b")]
    internal static partial Regex PersonNoun();

    /// <summary>Someone new brought in beside a name ("received a call from a woman who …"): another person in play.
    /// "The agency's spokesman, Jo Roe," introduces the named person, and does not count.</summary>
    [GeneratedRegex(@"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w\-]+\s+){0,2}" + PersonNouns + @"\b(?!,?\s+\p{Lu})")]
    private static partial Regex IntroducedPerson();
}
