namespace Chorus.Segment;

/// <summary>
/// Rule-based sentence boundaries for news English: survives titles and abbreviations (Mr., Gen., Jan.),
/// initials, acronyms (U.S., a.m.), decimals, closing quotes and brackets, and a missing space after a full
/// stop ("vigilant.The"). Hand-written: no maintained .NET sentence splitter is served here (Catalyst is not),
/// and this is core to how Chorus cites sentences.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Abbreviations that never end a sentence: a name or a number always follows them.</summary>
    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr","mrs","ms","dr","gen","sen","rep","gov","lt","col","sgt","capt","cpl","adm","prof","rev","st","ft","mt",
        "pres","supt","det","insp","hon","maj","brig","cmdr","atty","gens","sens","reps","messrs","jan","feb","mar",
        "apr","jun","jul","aug","sep","sept","oct","nov","dec","no","nos","vol","vs","v","ave","blvd","rd","approx",
        "est","fig","e.g","i.e","cf","al","mme","mlle","sr","jr","msgr","ret","pvt","spc","fr","ph.d",
    };

    /// <summary>Abbreviations that end a sentence only when a sentence plainly starts next ("… at 4 a.m. A man …").</summary>
    private static readonly HashSet<string> SometimesFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc","corp","co","ltd","llc","etc","a.m","p.m","u.s","u.k","u.n","d.c","l.a","n.y","e.u","u.s.a",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverFinalBySpan = NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SometimesFinalBySpan = SometimesFinal.GetAlternateLookup<ReadOnlySpan<char>>();

    private const string Closers = "\"'”’)]»";
    private const string Openers = "\"'“‘([«";

    public static IReadOnlyList<string> Split(string paragraph)
    {
        var spans = new List<string>();
        SplitInto(paragraph, spans);
        return spans;
    }

    /// <summary>Appends the paragraph's sentences to <paramref name="spans"/> (the segmenter reuses one list).</summary>
    public static void SplitInto(string paragraph, List<string> spans)
    {
        int first = spans.Count;
        int start = 0;
        int i = 0;
        while (i < paragraph.Length)
        {
            char c = paragraph[i];
            if (c is not ('.' or '!' or '?' or '…')) { i++; continue; }
            int j = i + 1;
            while (j < paragraph.Length && (paragraph[j] is '.' or '!' or '?' or '…' || Closers.Contains(paragraph[j]))) j++;
            if (IsBoundary(paragraph, i, j))
            {
                j = AfterCredit(paragraph, j);
                Add(spans, first, paragraph, start, j);
                start = j;
            }
            i = j;
        }
        Add(spans, first, paragraph, start, paragraph.Length);
    }

    /// <summary>Words in brackets that follow a sentence's end and come before the next sentence ("… in Los Angeles.
    /// (Associated Press) FILE - In this …", "… the vote. (Reuters) The senator …") close the sentence before: a credit
    /// or a stage note that text run together (a feed's one-line body, a flattened page) leaves between two sentences,
    /// where it would otherwise open the next one. Short (six words at most) and without a sentence of its own inside;
    /// at a paragraph's end it stands apart as before.</summary>
    private static int AfterCredit(string text, int j)
    {
        // A photographer's credit and the agency's may follow one another: "(AP Photo/Ann Lee) (Associated Press)".
        for (int end = AfterOneCredit(text, j); end != j; end = AfterOneCredit(text, j)) j = end;
        return j;
    }

    private static int AfterOneCredit(string text, int j)
    {
        int k = j;
        while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
        if (k == j || k >= text.Length || text[k] != '(') return j;
        int close = text.IndexOf(')', k + 1);
        if (close < 0 || close - k > 80) return j;
        var inner = text.AsSpan(k + 1, close - k - 1);
        if (inner.Length == 0 || inner.IndexOfAny('(', '!', '?') >= 0 || inner[^1] == '.' || !char.IsUpper(inner[0])) return j;
        int words = 1;
        foreach (var c in inner) if (c == ' ') words++;
        if (words > 6) return j;
        int after = close + 1;
        while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
        if (after == close + 1 || after >= text.Length) return j;
        return char.IsUpper(text[after]) || Openers.Contains(text[after]) ? close + 1 : j;
    }

    private static void Add(List<string> spans, int first, string text, int from, int to)
    {
        var piece = text.AsSpan(from, to - from).Trim();
        if (piece.Length == 0) return;
        // A stray fragment of punctuation belongs to the sentence before it.
        if (!HasLetterOrDigit(piece) && spans.Count > first) { spans[^1] = string.Concat(spans[^1], piece); return; }
        spans.Add(piece.Length == text.Length ? text : piece.ToString());
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    private static bool IsBoundary(string text, int i, int j)
    {
        if (j >= text.Length) return true;
        char after = text[j];
        if (!char.IsWhiteSpace(after))
        {
            // Missing space: "vigilant.The" splits, "U.S.A", "3.5" and "example.com" do not.
            return text[i] != '…' && j + 1 < text.Length && char.IsUpper(after) && char.IsLower(text[j + 1])
                && i >= 2 && char.IsLower(text[i - 1]) && char.IsLower(text[i - 2]) && !IsUrlLike(text, i);
        }
        int k = j;
        while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
        if (k >= text.Length) return true;
        char next = text[k];
        if (char.IsLower(next)) return false;
        if (text[i] is '!' or '?' && ClosesQuotation(text, i, j) && NamedSpeakerFollows(text, k)) return false;
        if (!(char.IsUpper(next) || char.IsDigit(next) || Openers.Contains(next) || next is '•' or '-' or '—')) return false;
        if (text[i] != '.') return true;

        var word = WordBefore(text, i);
        if (word.Length == 0) return true;
        if (NeverFinalBySpan.Contains(word)) return false;
        // An initial ("John F. Kennedy") is never a sentence end, except "I."/"A." at a real end is too rare to matter.
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        if (SometimesFinalBySpan.Contains(word) || IsDottedAcronym(word))
            return StartsPlainSentence(text, k);
        return true;
    }

    /// <summary>The run after the mark closes a quotation: "…boom!" or "…fair?”.</summary>
    private static bool ClosesQuotation(string text, int i, int j)
    {
        for (int q = i + 1; q < j; q++) if (text[q] is '"' or '”' or '’' or '\'') return true;
        return false;
    }

    /// <summary>A named speaker and a speech verb after a quotation that ends on "!" or "?": the attribution of that
    /// quotation, not a new sentence — "…boom!" Smith said to applause.", "…fair?” Sen. Jane Roe asked.". A lower-case
    /// attribution ("…?” she asked.") never splits; this is the same sentence with its speaker named.</summary>
    private static bool NamedSpeakerFollows(string text, int k)
    {
        int names = 0;
        int p = k;
        while (p < text.Length)
        {
            int e = p;
            while (e < text.Length && (char.IsLetter(text[e]) || text[e] is '.' or '\'' or '’' or '-')) e++;
            if (e == p) return false;
            var word = text.AsSpan(p, e - p);
            if (char.IsUpper(word[0]))
            {
                // "…?' She responded, 'Yes.'" opens a sentence on a pronoun: the writer began a new one.
                if (names == 0 && Pronouns.Contains(word.ToString())) return false;
                if (++names > 4) return false;
            }
            else return names > 0 && SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                && (e == text.Length || !char.IsLetter(text[e]));
            if (e >= text.Length || text[e] != ' ') return false;
            p = e + 1;
        }
        return false;
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "He", "She", "They", "We", "I", "It", "You" };

    /// <summary>Verbs that attribute a quotation to the name before them.</summary>
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "tells", "asked", "asks", "added", "adds", "wrote", "writes", "tweeted", "shouted", "replied",
        "recalled", "explained", "continued", "insisted", "exclaimed", "yelled", "cried", "countered", "noted", "joked",
        "quipped", "posted", "remarked", "declared", "responded", "wondered", "chanted",
    };

    private static bool IsUrlLike(string text, int i)
    {
        int b = i;
        while (b > 0 && !char.IsWhiteSpace(text[b - 1])) b--;
        var token = text.AsSpan(b, i - b);
        return token.Contains("www", StringComparison.OrdinalIgnoreCase) || token.Contains("://", StringComparison.Ordinal) || token.Contains('@');
    }

    /// <summary>The word before a full stop, with inner dots ("U.S", "a.m").</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int dot)
    {
        int b = dot;
        while (b > 0 && (char.IsLetter(text[b - 1]) || (text[b - 1] == '.' && b - 2 >= 0 && char.IsLetter(text[b - 2])))) b--;
        return text.AsSpan(b, dot - b);
    }

    /// <summary>Single characters between dots ("U.S", "a.m"): every part one character long.</summary>
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !word.Contains('.')) return false;
        int part = 0;
        foreach (var c in word)
        {
            if (c == '.') { if (part != 1) return false; part = 0; }
            else part++;
        }
        return part == 1;
    }

    private static bool StartsPlainSentence(string text, int k)
    {
        if (Openers.Contains(text[k])) return true;
        int e = k;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        Span<char> lower = stackalloc char[64];
        if (e - k > lower.Length) return false;
        lower = lower[..text.AsSpan(k, e - k).ToLowerInvariant(lower)];
        return StopWords.English.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower)
            || lower is "police" or "officials" or "authorities";
    }
}
