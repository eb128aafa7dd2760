using System.Text.RegularExpressions;

namespace Chorus.Summarize;

/// <summary>
/// A unit with no main verb is not a statement: a picture's caption ("Weapons in a house in Gaza.", "Carter Roberts and his
/// two sisters before he was diagnosed."), a joke line under a photo ("Just a couple of guys talking cars — while the world
/// watches."), or a piece a hard-wrapped page or a split abbreviation left ("US citizen who served as an adviser to the
/// campaign.", "After they arrived to serve a search warrant.", "Because I'm attending the other trial."). The test is light on
/// purpose, without a tagger: a finite verb is an auxiliary or modal, a word of a list of common news verbs, or a word
/// ending in -ed or -s that does not follow a determiner, a number or a preposition (which would make it a noun or an
/// adjective). Runs of such words count as one verb ("has been charged"); a subordinating word ("who", "before",
/// "because") takes the first verb after it for its own clause. A unit with no verb left for its main clause is a
/// fragment. Words inside quotation marks are left out: a quotation is judged by its attribution, and one without a
/// verb outside the marks is a label, which other checks judge.
/// </summary>
public static partial class VerblessFragment
{
    public static bool Is(string text)
    {
        // Lowercased, re-tokenized text splits contractions ("i ' m", "don ' t"): joined back first. Each regex runs only
        // on text holding what its every match needs (an apostrophe after white space; an opening quotation mark):
        // the contraction regex may start at any letter, so it was tried all along every candidate unit.
        string joined = MaySplitContraction(text) ? SplitContraction().Replace(text, "$1$2$3") : text;
        // A quotation with its speaker ("“…,” said Smith.") or a quotation alone: the quote checks judge it. (Asked
        // without building the text with each quotation replaced by a mark, which was then only searched for the mark.)
        if (joined.AsSpan().IndexOfAny('"', '“') >= 0 && Quoted().IsMatch(joined) || joined.Contains('\u0001')) return false;
        var outside = joined;
        // Invariant lower-casing maps char for char, so a word's span in one is its span in the other; the words are
        // read as spans of both (every candidate passes here: one string per unit, none per word).
        // Lower-cased into a pooled buffer: every candidate unit passes here, and a lower-cased copy per unit was
        // a string per sentence of every cluster.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, outside.Length));
        try { return IsVerbless(outside, buffer.AsSpan(0, outside.Length)); }
        finally { System.Buffers.ArrayPool<char>.Shared.Return(buffer); }
    }

    /// <param name="outside">The text outside quotations.</param>
    /// <param name="lower">A buffer as long: each word is lower-cased into it at its own place as it is read (char for
    /// char, so a word's span in one is its span in the other; a word holds no surrogate). Lower-casing the whole text
    /// first took most of the check once it stopped at the first verb, the rest of the text in the slow path of ICU
    /// whenever a curly quotation mark came before it.</param>
    private static bool IsVerbless(string outside, Span<char> lower)
    {
        int words = 0;
        bool pending = false, afterAuxiliary = false;
        int previousStart = -1, previousEnd = 0;
        for (int at = 0; NextWord(outside, at) is var (index, length) && length > 0; at = index + length)
        {
            words++;
            var w = outside.AsSpan(index, length);
            w.ToLowerInvariant(lower.Slice(index, length));
            ReadOnlySpan<char> lw = lower.Slice(index, length);
            // Punctuation between two words ends a clause or an aside: "Before the election, Smith has …", "Smith, 58, died".
            bool boundary = previousStart >= 0 && IsBoundary(outside.AsSpan(previousEnd, index - previousEnd));
            if (boundary) pending = false;
            bool verb = IsVerb(w, lw, previousStart >= 0, boundary ? "," : previousStart >= 0 ? (ReadOnlySpan<char>)lower.Slice(previousStart, previousEnd - previousStart) : default);
            // "has been charged" is one verb; "where she lived was quiet" is two.
            if (verb && !afterAuxiliary)
            {
                if (pending) pending = false;
                // A verb for the main clause makes the unit a statement, whatever the words after it.
                else return false;
            }
            afterAuxiliary = verb ? IsAuxiliary(lw) : afterAuxiliary && AdverbSpans.Contains(w);
            // One clause inside the sentence at a time: "After abseiling down to where her body was found he was hit".
            if (!verb && SubordinatorSpans.Contains(w)) pending = true;
            previousStart = index;
            previousEnd = index + length;
        }
        return words >= 3;
    }

    /// <summary>Whether the text may hold a contraction the tokenizer split: every match of <see cref="SplitContraction"/>
    /// has an apostrophe right after white space (\s is char.IsWhiteSpace's set).</summary>
    internal static bool MaySplitContraction(ReadOnlySpan<char> text)
    {
        for (int i = text.IndexOfAny('\'', '’'); i >= 0; i = NextApostrophe(text, i))
            if (i > 0 && char.IsWhiteSpace(text[i - 1])) return true;
        return false;

        static int NextApostrophe(ReadOnlySpan<char> text, int after)
        {
            int next = text[(after + 1)..].IndexOfAny('\'', '’');
            return next < 0 ? -1 : after + 1 + next;
        }
    }

    /// <summary>The next match of <see cref="Word"/> at or after <paramref name="from"/> (length 0 when none), read
    /// by hand: the regex engine's scan per word was a fifth of the check. The alternatives start on different
    /// characters, so the first position where one applies gives the regex's match.</summary>
    internal static (int Index, int Length) NextWord(ReadOnlySpan<char> text, int from)
    {
        for (int p = from; p < text.Length; p++)
        {
            char c = text[p];
            int end = p + 1;
            if (char.IsLetter(c))
                while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '’' or '-')) end++;
            else if (c is '\'' or '’' && end < text.Length && char.IsLetter(text[end]))
                while (end < text.Length && char.IsLetter(text[end])) end++;
            else if (char.IsDigit(c))
                while (end < text.Length && (char.IsDigit(text[end]) || text[end] is '.' or ',')) end++;
            else continue;
            return (p, end - p);
        }
        return (text.Length, 0);
    }

    private static readonly System.Buffers.SearchValues<char> BoundaryMarks = System.Buffers.SearchValues.Create(",;:()[]—–");

    /// <summary>Whether <see cref="Boundary"/> matches the text between two words, tested by hand.</summary>
    internal static bool IsBoundary(ReadOnlySpan<char> gap)
    {
        if (gap.IndexOfAny(BoundaryMarks) >= 0 || gap.Contains("--", StringComparison.Ordinal)) return true;
        for (int i = 1; i + 1 < gap.Length; i++)
            if (gap[i] == '-' && char.IsWhiteSpace(gap[i - 1]) && char.IsWhiteSpace(gap[i + 1])) return true;
        return false;
    }

    internal static Regex WordPattern => Word();

    internal static Regex BoundaryPattern => Boundary();

    internal static Regex SplitContractionPattern => SplitContraction();

    /// <param name="w">The word, lower-cased.</param>
    private static bool IsAuxiliary(ReadOnlySpan<char> w) =>
        AuxiliarySpans.Contains(w) || w.EndsWith("n't") || w.EndsWith("n’t") || w.Length <= 3 && (w.StartsWith('\'') || w.StartsWith('’'));

    /// <param name="word">The word as written.</param>
    /// <param name="w">The word, lower-cased.</param>
    /// <param name="hasPrevious">False for the first word: the first word is the subject.</param>
    /// <param name="p">The word before, lower-cased, or "," after punctuation.</param>
    private static bool IsVerb(ReadOnlySpan<char> word, ReadOnlySpan<char> w, bool hasPrevious, ReadOnlySpan<char> p)
    {
        // An infinitive is not finite: "to be", "to recall".
        if (hasPrevious && p.SequenceEqual("to")) return false;
        if (IsAuxiliary(w)) return true;
        // A capitalized word further on is a name ("Roberts", "Leeds").
        if (!hasPrevious || char.IsUpper(word[0])) return false;
        if (NounMarkerSpans.Contains(p)) return false;
        // A plural subject: "they base their findings", "the charges carry", "most cases occur".
        if (SubjectPronounSpans.Contains(p) || (p.Length > 3 && p.EndsWith('s') && !p.EndsWith("ss") && !p.EndsWith("'s") && !p.EndsWith("’s") && !FunctionWordSpans.Contains(p))) return !FunctionWordSpans.Contains(w) && !w.EndsWith("ly") && !w.EndsWith("ing");
        if (CommonVerbSpans.Contains(w)) return true;
        if (w.Length <= 3) return false;
        if (w.EndsWith("ed")) return true;
        // A number and a participle's object are followed by nouns: "two sisters", "50 cases", "talking cars".
        bool beforeNoun = char.IsDigit(p[0]) || NumberSpans.Contains(p) || (p.Length > 4 && p.EndsWith("ing"));
        return w.EndsWith('s') && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is") && !beforeNoun;
    }

    [GeneratedRegex(@"[,;:()\[\]—–]|--|\s-\s")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(\p{L})\s+(['’])\s*(s|m|re|ve|ll|d|t)\b")]
    private static partial Regex SplitContraction();

    [GeneratedRegex(@"[""“][^""“”]*[""”]")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*|['’]\p{L}+|\d[\d.,]*")]
    private static partial Regex Word();

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "am", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
        "may", "might", "must", "shall", "should", "won't", "can't", "cannot", "it's", "it’s", "that's", "that’s", "there's", "there’s",
        "he's", "she's", "he’s", "she’s", "i'm", "i’m", "we're", "we’re", "they're", "they’re", "you're", "you’re", "what's", "what’s",
    };

    /// <summary>Between the parts of one verb: "has also been", "was not charged".</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "also", "never", "already", "still", "just", "now", "since", "reportedly", "allegedly", "recently", "previously", "later", "then", "ever", "only", "even",
    };

    /// <summary>Words after which the next verb belongs to a clause inside the sentence, not to its main clause.</summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "which", "where", "when", "while", "before", "after", "because", "although", "though", "if", "unless",
        "until", "whether", "whereas",
    };

    /// <summary>After these a word ending in -s or -ed is a noun or an adjective: "the injured", "several cases", "of weapons".</summary>
    private static readonly HashSet<string> NounMarkers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "some", "many", "several", "few", "more", "most", "all",
        "both", "no", "other", "such", "any", "each", "every", "of", "in", "on", "at", "for", "with", "by", "from", "into", "about",
        "over", "under", "and", "or", "than", "as", "like", "among", "between", "through", "during", "without", "against",
    };

    /// <summary>After a number a word ending in -s is a noun ("two sisters"); one ending in -ed may be a verb ("the two reported").</summary>
    private static readonly HashSet<string> Numbers = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds", "thousands", "millions",
    };

    /// <summary>After these the next content word is the verb: "they base", "we expect".</summary>
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "i", "we", "you", "they" };

    /// <summary>Words that are not verbs wherever they stand.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "some", "many", "several",
        "few", "more", "most", "all", "both", "no", "other", "such", "any", "each", "every", "of", "in", "on", "at", "for", "with", "by",
        "from", "into", "about", "over", "under", "and", "or", "but", "nor", "than", "as", "like", "among", "between", "through",
        "during", "without", "against", "to", "up", "down", "out", "off", "after", "before", "since", "until", "while", "when", "where",
        "who", "whom", "whose", "which", "what", "why", "how", "if", "because", "although", "though", "not", "also", "now", "then",
        "still", "just", "even", "only", "never", "always", "often", "here", "there", "yes", "so", "too", "very", "he", "she", "it",
        "they", "we", "i", "you", "him", "them", "us", "me", "himself", "herself", "themselves", "itself", "alone", "together", "ago",
        "across", "around", "near", "via", "per", "toward", "towards", "upon", "within", "along", "behind", "beyond", "despite",
        "including", "according", "whether", "again", "already", "almost", "last", "next", "first", "later", "earlier",
    };

    /// <summary>Common news verbs whose finite forms carry no -ed or -s: irregular pasts and present tenses after a plural subject.</summary>
    private static readonly HashSet<string> CommonVerbs = new(StringComparer.Ordinal)
    {
        "said", "say", "told", "tell", "made", "make", "took", "take", "gave", "give", "went", "go", "came", "come", "found", "find",
        "got", "get", "won", "win", "lost", "lose", "left", "leave", "met", "meet", "saw", "see", "ran", "run", "hit", "put", "set",
        "cut", "lead", "held", "hold", "kept", "keep", "paid", "pay", "sent", "send", "spent", "spend", "sold", "sell", "built",
        "build", "began", "begin", "became", "become", "brought", "bring", "bought", "buy", "thought", "think", "knew", "know", "shot",
        "fell", "rose", "struck", "fought", "caught", "drew", "flew", "grew", "threw", "wrote", "write", "spoke", "broke", "chose",
        "stole", "wore", "drove", "sat", "stood", "felt", "feel", "heard", "hear", "meant", "mean", "fled", "hung", "sank", "rang",
        "shook", "hid", "slid", "quit", "let", "cost", "hurt", "shut", "spread", "read", "sought", "seek", "taught", "dealt", "ate",
        "believe", "suspect", "expect", "fear", "hope", "want", "need", "plan", "claim", "allege", "argue", "agree", "remain", "face",
        "continue", "support", "oppose", "warn", "urge", "call", "demand", "deny", "estimate", "report", "show", "suggest", "look",
        "seem", "appear", "live", "die", "work", "help", "try", "ask", "use", "include", "investigate", "accuse", "plead", "testify",
        "insist", "admit", "consider", "wait", "stand", "lie", "lay", "bear", "bore", "swore", "swear", "forgot", "forgave",
        "understood", "woke", "bit", "rode", "tore", "undertook", "overcame", "withdrew", "upheld", "sang", "swam", "dug", "fed",
        "bled", "sped", "led", "lit", "wound", "ground", "bound", "bent", "lent", "wept", "slept", "swept", "crept", "leapt", "dreamt",
        "learnt", "burnt", "spelt", "spilt", "knelt", "dwelt", "clung", "flung", "stung", "strung", "swung", "wrung", "sprang",
        "drank", "shrank", "stank", "sprung", "rebuilt", "reopen", "return", "move", "stay", "serve", "receive", "arose", "beat",
        "lack", "carry", "love", "like", "fail", "provide", "point", "threaten", "occur", "allow", "require", "prefer", "happen",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliarySpans = Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbSpans = Adverbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubordinatorSpans = Subordinators.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NounMarkerSpans = NounMarkers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberSpans = Numbers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectPronounSpans = SubjectPronouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordSpans = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonVerbSpans = CommonVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
}
