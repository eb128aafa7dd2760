using System.Text.RegularExpressions;
using Chorus.Segment;
using static Chorus.Analyze.SpeechPatterns;
using static Chorus.Analyze.PersonMention;

namespace Chorus.Analyze;

/// <summary>
/// "She …" for sentence after sentence in a profile or an obituary: the article is about one person, and a "she said"
/// no nearer rule resolves is that person's. Seen in a broadcaster's and a paper's obituaries of a TV cook and a
/// science paper's profile of an astronomer. Only when it is safe:
/// <list type="bullet">
/// <item>the article has one named subject: a person named in its first sentences whose surname the article gives
/// far more often than anyone else's (at least <see cref="MinMentions"/> times, twice the next person's);</item>
/// <item>the article's pronouns are that person's gender, overwhelmingly (three to one), and so is the quotation's;</item>
/// <item>no other person is named between the subject's last mention and the quotation (within
/// <see cref="MaxGap"/> sentences): someone else named may be whom the pronoun means.</item>
/// </list>
/// </summary>
internal static partial class ArticleSubjectPronoun
{
    private const int MinMentions = 4;
    private const int MaxGap = 10;
    private const int LeadSentences = 3;

    /// <param name="sentences">The article's sentences.</param>
    /// <param name="i">The sentence holding the quotation.</param>
    /// <param name="beforeQuotation">The sentence's own text before the quotation.</param>
    /// <param name="female">The pronoun is "she".</param>
    /// <returns>The subject's surname (completed later like any other: a description before the name, "Astronomer
    /// Jo Roe", is no part of it), or null.</returns>
    internal static string? Resolve(IReadOnlyList<Sentence> sentences, int i, string beforeQuotation, bool female)
    {
        // The pronoun count below is taken outside quotations, so the whole text bounds it: an article without three
        // pronouns of the quotation's gender up to it has no subject of that gender (most articles stop here, before
        // any of the reading below).
        int bound = (female ? SheWords() : HeWords()).Count(beforeQuotation);
        for (int k = 0; k < i && bound < 3; k++) bound += (female ? SheWords() : HeWords()).Count(sentences[k].Text);
        if (bound < 3) return null;
        // Each sentence's narration and the full names in it are read once per article, however many of its quotations
        // ask (they were read again for every one: a third of the analysis's allocation).
        var article = Articles.GetValue(sentences, s => new ArticleReading(s.Count));
        var narration = new string[i + 1];
        for (int k = 0; k < i; k++) narration[k] = article.Narration[k] ??= Quoted().Replace(sentences[k].Text, " ");
        narration[i] = Quoted().Replace(beforeQuotation, " ");
        // The article's pronouns, outside quotations: the subject's gender by a wide margin, and the quotation's (asked
        // before the people are gathered: it needs none of them, and most quotations stop here).
        int she = SheWords().Count(narration[i]), he = HeWords().Count(narration[i]);
        for (int k = 0; k < i; k++)
        {
            if (article.She[k] < 0) (article.She[k], article.He[k]) = (SheWords().Count(narration[k]), HeWords().Count(narration[k]));
            she += article.She[k];
            he += article.He[k];
        }
        bool subjectFemale = she >= 3 && she >= 3 * he, subjectMale = he >= 3 && he >= 3 * she;
        if (female ? !subjectFemale : !subjectMale) return null;
        // The people of the article up to the quotation, by surname, at their fullest.
        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int k = 0; k <= i; k++)
            foreach (var (name, surname) in k < i ? article.Names[k] ??= FullNamesIn(narration[k]) : FullNamesIn(narration[k]))
                if (!people.TryGetValue(surname, out var known) || name.Length > known.Length) people[surname] = name;
        if (people.Count == 0) return null;
        // "Clarissa", "Dickson" and "Dickson-Wright" are forms of Clarissa Dickson Wright: one person, counted together
        // (a sentence naming her twice counts once per form, the form named most in it). People by index in the order
        // they were met, each sentence's mentions of each counted once: loops over flat tables, not sets and lambdas
        // per quotation (they were most of the rule's allocation).
        int n = people.Count;
        var keys = new string[n];
        var words = new HashSet<string>[n];
        int p = 0;
        foreach (var (surname, name) in people) { keys[p] = surname; words[p++] = article.WordsOf(name); }
        var mentions = new int[(i + 1) * n];
        for (int k = 0; k <= i; k++)
            for (int f = 0; f < n; f++) mentions[k * n + f] = Mentions(narration[k], keys[f]);
        // Two forms are one person when their words overlap (a form with no word of three letters is no one's).
        var same = new bool[n * n];
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++) same[a * n + b] = words[a].Overlaps(words[b]);
        var counts = new int[n];
        int best = -1;
        for (int g = 0; g < n; g++)
        {
            for (int k = 0; k <= i; k++)
            {
                int most = 0;
                for (int f = 0; f < n; f++) if (same[g * n + f] && mentions[k * n + f] > most) most = mentions[k * n + f];
                counts[g] += most;
            }
            if (best < 0 || counts[g] > counts[best]) best = g;
        }
        // The subject's fullest name: the longest of its forms, the first met of equal length.
        int top = -1;
        for (int f = 0; f < n; f++) if (same[best * n + f] && (top < 0 || people[keys[f]].Length > people[keys[top]].Length)) top = f;
        if (top < 0) return null;
        var subjectWords = words[top];
        int subjectCount = counts[best];
        // The most any person counts whose forms share none with the subject's.
        int rival = 0;
        for (int g = 0; g < n; g++)
        {
            bool shares = false;
            for (int f = 0; f < n && !shares; f++) shares = same[g * n + f] && same[best * n + f];
            if (!shares && counts[g] > rival) rival = counts[g];
        }
        if (subjectCount < MinMentions || subjectCount < 2 * rival) return null;
        bool inLead = false;
        for (int k = 0; k < Math.Min(LeadSentences, i + 1) && !inLead; k++)
            for (int f = 0; f < n && !inLead; f++) inLead = same[best * n + f] && mentions[k * n + f] > 0;
        if (!inLead) return null;
        // Back to the subject's last mention: nobody else named on the way.
        for (int k = i; k >= Math.Max(0, i - MaxGap); k--)
        {
            int subjectAt = -1;
            for (int f = 0; f < n; f++)
            {
                if (!same[best * n + f] || mentions[k * n + f] == 0) continue;
                int at = FirstMention(narration[k], keys[f]);
                if (subjectAt < 0 || at < subjectAt) subjectAt = at;
            }
            for (int f = 0; f < n; f++)
                if (!same[best * n + f] && mentions[k * n + f] > 0) return null;
            if (OtherFullName(k < i ? article.Names[k]! : FullNamesIn(narration[k]), subjectWords)) return null;
            // "The journalist realized he could not …": someone the text brings in by a noun, unless of the other gender
            // ("her father's drinking" before "she wrote").
            foreach (Match noun in OnlyPersonBefore.PersonNoun().Matches(narration[k]))
                if (!(female ? MaleNouns : FemaleNouns).Contains(noun.Value.Split(' ')[^1].TrimEnd('s'))) return null;
            if (subjectAt >= 0)
            {
                // "He said Spacey grabbed him": the pronoun before the name in its sentence is someone else.
                var pronoun = (female ? SubjectShe() : SubjectHe()).Match(narration[k]);
                if (pronoun.Success && pronoun.Index < subjectAt) return null;
                return keys[top];
            }
        }
        return null;
    }

    /// <summary>The people's full names a narration gives, in order, each with its surname.</summary>
    private static (string Name, string Surname)[] FullNamesIn(string text)
    {
        List<(string, string)>? names = null;
        foreach (Match m in FullName().Matches(text))
            if (NameForms.Clean(m.Value) is { } name && name.Contains(' ') && Individual(name) is not null && !IsGroupNoun(name))
                (names ??= []).Add((name, name[(name.LastIndexOf(' ') + 1)..]));
        return names is null ? [] : [.. names];
    }

    /// <summary>What is read of an article's sentences, kept while the article is analysed.</summary>
    private sealed class ArticleReading
    {
        public ArticleReading(int count)
        {
            (Narration, Names, She, He) = (new string?[count], new (string, string)[]?[count], new int[count], new int[count]);
            Array.Fill(She, -1);
        }

        public string?[] Narration { get; }
        public (string Name, string Surname)[]?[] Names { get; }

        private readonly Dictionary<string, HashSet<string>> _words = new(StringComparer.Ordinal);

        /// <summary>A name's words (<see cref="NameWords"/>), read once per article.</summary>
        public HashSet<string> WordsOf(string name) => _words.TryGetValue(name, out var words) ? words : _words[name] = NameWords(name);
        /// <summary>Each narration's pronouns of either gender; -1 until counted.</summary>
        public int[] She { get; }
        public int[] He { get; }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Sentence>, ArticleReading> Articles = new();

    private static int Mentions(string text, string surname)
    {
        int count = 0, at = 0;
        while ((at = text.IndexOf(surname, at, StringComparison.Ordinal)) >= 0)
        {
            int end = at + surname.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) count++;
            at = end;
        }
        return count;
    }

    private static int FirstMention(string text, string surname)
    {
        for (int at = 0; (at = text.IndexOf(surname, at, StringComparison.Ordinal)) >= 0; at += surname.Length)
        {
            int end = at + surname.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return at;
        }
        return -1;
    }

    /// <summary>The words of a name, a hyphenated surname's parts too ("Dickson-Wright").</summary>
    private static HashSet<string> NameWords(string name) =>
        name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2 && !NameForms.Titles.Contains(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>A full name of the sentence's that shares no word with the subject's: someone else brought in.</summary>
    private static bool OtherFullName((string Name, string Surname)[] names, HashSet<string> subjectWords)
    {
        foreach (var (name, _) in names)
            if (!NameWords(name).Overlaps(subjectWords)) return true;
        return false;
    }

    private static readonly HashSet<string> MaleNouns = new(StringComparer.OrdinalIgnoreCase)
        { "man", "men", "boy", "father", "dad", "son", "husband", "brother", "boyfriend", "uncle", "grandfather" };

    private static readonly HashSet<string> FemaleNouns = new(StringComparer.OrdinalIgnoreCase)
        { "woman", "women", "girl", "mother", "mom", "daughter", "wife", "sister", "girlfriend", "aunt", "grandmother" };

    [GeneratedRegex(@"\b[Ss]he\b")]
    private static partial Regex SubjectShe();

    [GeneratedRegex(@"\b[Hh]e\b")]
    private static partial Regex SubjectHe();

    [GeneratedRegex(@"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")]
    private static partial Regex SheWords();

    [GeneratedRegex(@"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b")]
    private static partial Regex HeWords();
}
