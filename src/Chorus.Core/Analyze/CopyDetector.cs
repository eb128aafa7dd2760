using Chorus.Link;
using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>
/// Finds article pairs that share text: sentences the link stage grouped as copies, and long verbatim word runs
/// inside otherwise different sentences. Precision first: a pair needs either two shared sentences, or one
/// shared sentence or run of at least <see cref="MinPassageWords"/> words. Sentences that are mostly quotation
/// are set aside: two outlets quoting one speaker word for word is not one copying the other.
/// </summary>
public sealed class CopyDetector
{
    public int MinPassageWords { get; init; } = 15;

    /// <summary>Word runs shorter than this are common phrasing, not copying.</summary>
    public int MinRunWords { get; init; } = 12;

    public IReadOnlyList<CopyPair> Detect(LinkedCluster cluster)
    {
        var articles = new List<SegmentedDocument>();
        var firstSentence = new List<int>();
        int sentenceCount = 0;
        foreach (var document in cluster.Documents)
        {
            if (document.Document.IsArticle) { articles.Add(document); firstSentence.Add(sentenceCount); }
            sentenceCount += document.Sentences.Count;
        }
        var indexOf = new SentencePositions(cluster.Sentences);
        var vocabulary = Vocabulary;
        int tokens = 0;
        foreach (var article in articles)
            foreach (var sentence in article.Sentences) tokens += sentence.Tokens.Count;
        var buffers = Buffers.Holding(tokens);
        var prepared = new Prepared[articles.Count];
        for (int i = 0, words = 0; i < articles.Count; i++)
        {
            prepared[i] = new Prepared(articles[i], firstSentence[i], cluster, indexOf, vocabulary, buffers, words);
            words = prepared[i].WordsEnd;
        }
        var scratch = new Scratch();
        var result = new List<CopyPair>();
        if (CompareEveryPair)
        {
            for (int i = 0; i < articles.Count; i++)
                for (int j = i + 1; j < articles.Count; j++)
                    if (Pair(prepared[i], prepared[j], scratch) is { } pair) result.Add(pair);
        }
        else
        {
            var partners = new PartnerIndex(prepared, cluster.Groups.Count, MinRunWords, buffers);
            for (int i = 0; i < articles.Count; i++)
                foreach (var j in partners.After(i))
                    if (Pair(prepared[i], prepared[j], scratch) is { } pair) result.Add(pair);
        }
        return result.OrderByDescending(p => p.SharedFraction).ThenBy(p => p.A, StringComparer.Ordinal).ToList();
    }

    /// <summary>Compare every pair of articles instead of only those <see cref="PartnerIndex"/> finds: the
    /// reference the index is tested against (the same pairs come out), quadratic in articles.</summary>
    internal bool CompareEveryPair { get; init; }

    /// <summary>
    /// The articles each article can share a passage with: a pair yields one only through a sentence of the first
    /// in a link group the second also holds, or a 4-gram of such a sentence (of <see cref="MinRunWords"/> words or
    /// more) the second also holds, so only those pairs are compared. Comparing every pair cost 45 s of CPU for the
    /// 4,600 articles of a 4 MB input, where almost no pair shares anything.
    /// </summary>
    private sealed class PartnerIndex
    {
        private readonly Prepared[] _articles;
        private readonly int _minRunWords;
        /// <summary>Per link group, the articles holding it, ascending: group g's at [_groupStart[g], _groupStart[g + 1]).</summary>
        private readonly int[] _groupStart;
        private readonly int[] _groupArticles;
        /// <summary>(4-gram &lt;&lt; 32 | article) for every distinct 4-gram of every article, sorted: the first
        /// <see cref="_shingleCount"/> entries of a buffer kept on the thread.</summary>
        private readonly long[] _shingleArticles;
        private readonly int _shingleCount;
        private readonly int[] _seenBy;
        private readonly List<int> _found = [];

        public PartnerIndex(Prepared[] articles, int groups, int minRunWords, Buffers buffers)
        {
            _articles = articles;
            _minRunWords = minRunWords;
            _groupStart = new int[groups + 1];
            foreach (var article in articles)
                foreach (var group in article.FirstOfGroup.Keys) _groupStart[group + 1]++;
            for (int g = 0; g < groups; g++) _groupStart[g + 1] += _groupStart[g];
            _groupArticles = new int[_groupStart[groups]];
            var fill = _groupStart[..groups];
            for (int a = 0; a < articles.Length; a++)
                foreach (var group in articles[a].FirstOfGroup.Keys) _groupArticles[fill[group]++] = a;
            int shingles = 0;
            foreach (var article in articles) shingles += article.DistinctShingleCount;
            // A document's distinct 4-grams never outnumber its words: the buffer sized for the tokens holds them all.
            (_shingleArticles, _shingleCount) = (buffers.ShingleArticles, shingles);
            for (int a = 0, at = 0; a < articles.Length; a++)
                at = articles[a].WriteDistinctShingles(a, _shingleArticles, at);
            Array.Sort(_shingleArticles, 0, _shingleCount);
            _seenBy = new int[articles.Length];
            Array.Fill(_seenBy, -1);
        }

        /// <summary>The articles after <paramref name="a"/> that may share a passage with it, ascending (the order the
        /// every-pair loop met them, so the pairs come out in the same order).</summary>
        public List<int> After(int a)
        {
            _found.Clear();
            var article = _articles[a];
            var sentences = article.Document.Sentences;
            for (int k = 0; k < sentences.Count; k++)
            {
                if (article.Quoted[k]) continue;
                int group = article.Group[k];
                for (int x = _groupStart[group]; x < _groupStart[group + 1]; x++) Add(a, _groupArticles[x]);
                if (sentences[k].Tokens.Count < _minRunWords) continue;
                foreach (var shingle in article.Shingles(k))
                {
                    // Entries of one 4-gram are sorted by article: start at the first article after a.
                    long from = ((long)shingle << 32) | (uint)(a + 1);
                    int i = Array.BinarySearch(_shingleArticles, 0, _shingleCount, from);
                    if (i < 0) i = ~i;
                    for (; i < _shingleCount && (_shingleArticles[i] >> 32) == shingle; i++) Add(a, (int)(_shingleArticles[i] & 0xFFFFFFFF));
                }
            }
            _found.Sort();
            return _found;
        }

        private void Add(int a, int b)
        {
            if (b <= a || _seenBy[b] == a) return;
            _seenBy[b] = a;
            _found.Add(b);
        }
    }

    /// <summary>Ids of lower-cased words, kept from cluster to cluster on this thread: ids are only compared within a
    /// cluster, and a story's vocabulary is mostly the last one's, so the table is not rebuilt (and regrown) per
    /// cluster. A token's id is looked up by its lexicon word (one instance per surface word and thread, hashed by
    /// reference) and only a word not met before hashes its lower-cased string. Both tables are emptied between
    /// clusters once they hold <see cref="VocabularyCapacity"/> entries.</summary>
    private sealed class WordIds
    {
        private readonly Dictionary<string, int> _byNorm = new(StringComparer.Ordinal);
        private readonly Dictionary<Word, int> _byWord = new(ReferenceEqualityComparer.Instance);

        public void Trim()
        {
            if (_byNorm.Count < VocabularyCapacity && _byWord.Count < VocabularyCapacity) return;
            _byNorm.Clear();
            _byWord.Clear();
        }

        public int Of(Word word)
        {
            ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_byWord, word, out bool found);
            if (found) return id;
            ref var byNorm = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_byNorm, word.Norm, out bool known);
            if (!known) byNorm = _byNorm.Count - 1;
            return id = byNorm;
        }
    }

    /// <summary>Each sentence's index in the cluster's list, which is the documents' sentences in order: the index
    /// is the running count, checked against the list; a dictionary of every sentence (which was most of the
    /// detector's allocation) is built only for a list ordered otherwise.</summary>
    private sealed class SentencePositions(IReadOnlyList<Sentence> all)
    {
        private Dictionary<Sentence, int>? _indexOf;

        public int Of(Sentence sentence, int expected)
        {
            if ((uint)expected < (uint)all.Count && ReferenceEquals(all[expected], sentence) && _indexOf is null) return expected;
            if (_indexOf is null)
            {
                _indexOf = new Dictionary<Sentence, int>(all.Count, ReferenceEqualityComparer.Instance);
                for (int i = 0; i < all.Count; i++) _indexOf[all[i]] = i;
            }
            return _indexOf[sentence];
        }
    }

    [ThreadStatic] private static WordIds? _vocabulary;

    private const int VocabularyCapacity = 200_000;

    private static WordIds Vocabulary
    {
        get
        {
            var vocabulary = _vocabulary ??= new WordIds();
            vocabulary.Trim();
            return vocabulary;
        }
    }

    /// <summary>The cluster's word ids, word 4-grams and 4-gram index, each one flat array in which every document's
    /// sentences take consecutive ranges, and the 4-grams of every article for <see cref="PartnerIndex"/>: kept per thread and grown only when a cluster is larger than any before,
    /// instead of two arrays per sentence and one per document for every cluster. A word has at most one 4-gram,
    /// so each array needs as many slots as the cluster has tokens.</summary>
    private sealed class Buffers
    {
        public int[] Words = [];
        public int[] Shingles = [];
        public long[] Index = [];
        public long[] ShingleArticles = [];

        [ThreadStatic] private static Buffers? _perThread;

        /// <summary>A cluster larger than this (a whole book as one input) gets arrays of its own that are not kept,
        /// so the thread does not hold 24 bytes per token of it for the rest of a long run.</summary>
        private const int KeptTokens = 250_000;

        public static Buffers Holding(int tokens)
        {
            if (tokens > KeptTokens) return new Buffers { Words = new int[tokens], Shingles = new int[tokens], Index = new long[tokens], ShingleArticles = new long[tokens] };
            var buffers = _perThread ??= new Buffers();
            if (buffers.Words.Length < tokens)
            {
                int size = Math.Min(KeptTokens, Math.Max(tokens, buffers.Words.Length * 2));
                buffers.Words = new int[size];
                buffers.Shingles = new int[size];
                buffers.Index = new long[size];
                buffers.ShingleArticles = new long[size];
            }
            return buffers;
        }
    }

    /// <summary>What every pair with a document reuses: which sentences are quotation, each sentence's link group
    /// and its words as ids, the sentences of each group in order, and an index of word 4-grams, since a verbatim
    /// run of <see cref="MinRunWords"/> words shares at least one: the word-by-word comparison then runs only on
    /// sentence pairs that can hold a run, not on every pair of a large story.</summary>
    private sealed class Prepared
    {
        private readonly int[] _words;
        private readonly int[] _shingles;
        private readonly long[] _index;
        /// <summary>Where each sentence's word ids and distinct 4-grams start in the shared arrays (one more entry
        /// than sentences: the end).</summary>
        private readonly int[] _wordStart;
        private readonly int[] _shingleStart;
        /// <summary>The document's range of (shingle &lt;&lt; 32 | sentence), sorted: the sentences holding a shingle
        /// are one range.</summary>
        private readonly int _indexStart, _indexLength;

        public SegmentedDocument Document { get; }
        public bool[] Quoted { get; }
        public int[] Group { get; }
        /// <summary>The first sentence of each link group, and each sentence's next one in the same group. Sized for the
        /// article's sentences at once: grown from empty it allocated five tables per article on the way.</summary>
        public Dictionary<int, int> FirstOfGroup { get; }
        public int[] NextInGroup { get; }
        public int WordCount { get; }
        /// <summary>Where the next document's ranges start.</summary>
        public int WordsEnd => _wordStart[^1];

        public ReadOnlySpan<int> Words(int sentence) => _words.AsSpan(_wordStart[sentence], _wordStart[sentence + 1] - _wordStart[sentence]);

        public ReadOnlySpan<int> Shingles(int sentence) => _shingles.AsSpan(_shingleStart[sentence], _shingleStart[sentence + 1] - _shingleStart[sentence]);

        public Prepared(SegmentedDocument document, int firstSentence, LinkedCluster cluster, SentencePositions indexOf, WordIds vocabulary, Buffers buffers, int start)
        {
            Document = document;
            (_words, _shingles, _index) = (buffers.Words, buffers.Shingles, buffers.Index);
            var sentences = document.Sentences;
            Quoted = QuotationShare.Mark(sentences);
            Group = new int[sentences.Count];
            NextInGroup = new int[sentences.Count];
            FirstOfGroup = new Dictionary<int, int>(sentences.Count);
            _wordStart = new int[sentences.Count + 1];
            _shingleStart = new int[sentences.Count + 1];
            // Word ids and 4-grams share the start offset: a document's 4-grams never outnumber its words.
            int w = start, s = start;
            for (int k = 0; k < sentences.Count; k++)
            {
                WordCount += sentences[k].WordCount;
                Group[k] = cluster.GroupOf[indexOf.Of(sentences[k], firstSentence + k)];
                var tokens = sentences[k].Tokens;
                _wordStart[k] = w;
                _shingleStart[k] = s;
                for (int t = 0; t < tokens.Count; t++) _words[w++] = vocabulary.Of(tokens[t].Word);
                s += DistinctShingles(_words.AsSpan(_wordStart[k], tokens.Count), _shingles.AsSpan(s));
            }
            _wordStart[^1] = w;
            _shingleStart[^1] = s;
            for (int k = sentences.Count - 1; k >= 0; k--)
            {
                NextInGroup[k] = FirstOfGroup.TryGetValue(Group[k], out var next) ? next : -1;
                FirstOfGroup[Group[k]] = k;
            }
            (_indexStart, _indexLength) = (start, s - start);
            for (int k = 0, n = start; k < sentences.Count; k++)
                foreach (var h in Shingles(k)) _index[n++] = ((long)h << 32) | (uint)k;
            Array.Sort(_index, _indexStart, _indexLength);
        }

        /// <summary>How many distinct 4-grams the whole article holds.</summary>
        public int DistinctShingleCount
        {
            get
            {
                int count = 0;
                for (int i = _indexStart; i < _indexStart + _indexLength; i++)
                    if (i == _indexStart || (_index[i] >> 32) != (_index[i - 1] >> 32)) count++;
                return count;
            }
        }

        /// <summary>Writes (4-gram &lt;&lt; 32 | <paramref name="article"/>) once per distinct 4-gram of the article from
        /// <paramref name="at"/> on; returns where the next article's entries start.</summary>
        public int WriteDistinctShingles(int article, long[] into, int at)
        {
            for (int i = _indexStart; i < _indexStart + _indexLength; i++)
                if (i == _indexStart || (_index[i] >> 32) != (_index[i - 1] >> 32))
                    into[at++] = (_index[i] & ~0xFFFFFFFFL) | (uint)article;
            return at;
        }

        /// <summary>Adds the sentences that hold the shingle.</summary>
        public void AddSentencesWith(int shingle, List<int> into)
        {
            long low = (long)shingle << 32;
            int end = _indexStart + _indexLength;
            int i = Array.BinarySearch(_index, _indexStart, _indexLength, low);
            if (i < 0) i = ~i;
            for (; i < end && (_index[i] >> 32) == shingle; i++) into.Add((int)(_index[i] & 0xFFFFFFFF));
        }

        /// <summary>Writes the sentence's distinct 4-gram hashes, sorted, into <paramref name="into"/>; returns how many.</summary>
        private static int DistinctShingles(ReadOnlySpan<int> words, Span<int> into)
        {
            if (words.Length < 4) return 0;
            var hashes = into[..(words.Length - 3)];
            for (int t = 0; t + 4 <= words.Length; t++) hashes[t] = HashCode.Combine(words[t], words[t + 1], words[t + 2], words[t + 3]);
            hashes.Sort();
            int n = 1;
            for (int t = 1; t < hashes.Length; t++) if (hashes[t] != hashes[n - 1]) hashes[n++] = hashes[t];
            return n;
        }
    }

    /// <summary>Buffers reused across the pairs of one cluster.</summary>
    private sealed class Scratch
    {
        public bool[] UsedB = [];
        public int[] Previous = [];
        public int[] Current = [];
        public readonly List<int> Candidates = [];
    }

    private CopyPair? Pair(Prepared pa, Prepared pb, Scratch scratch)
    {
        var (a, b) = (pa.Document, pb.Document);
        if (scratch.UsedB.Length < b.Sentences.Count) scratch.UsedB = new bool[b.Sentences.Count * 2];
        var usedB = scratch.UsedB;
        Array.Clear(usedB, 0, b.Sentences.Count);
        List<CopiedPassage>? passages = null;
        int sharedSentences = 0;
        for (int k = 0; k < a.Sentences.Count; k++)
        {
            if (pa.Quoted[k]) continue;
            var sa = a.Sentences[k];
            int sbIndex = -1;
            if (pb.FirstOfGroup.TryGetValue(pa.Group[k], out var x))
                for (; x >= 0; x = pb.NextInGroup[x])
                    if (!usedB[x] && !pb.Quoted[x]) { sbIndex = x; break; }
            // Sentences linked because they carry the same long name ("born Clarissa Theresa Philomena …") but
            // otherwise worded apart do not show copying.
            if (sbIndex >= 0 && IsNameList(sa.Tokens, LongestCommonRun(pa.Words(k), pb.Words(sbIndex), scratch))) sbIndex = -1;
            if (sbIndex >= 0)
            {
                var sb = b.Sentences[sbIndex];
                usedB[sbIndex] = true;
                sharedSentences++;
                (passages ??= []).Add(new CopiedPassage(sa.Text, Math.Min(sa.WordCount, sb.WordCount), Ref(sa), Ref(sb)));
                continue;
            }
            // Not the same sentence, but perhaps a long verbatim run inside it (a clause lifted into new framing).
            if (sa.Tokens.Count < MinRunWords) continue;
            var candidates = scratch.Candidates;
            candidates.Clear();
            foreach (var h in pa.Shingles(k)) pb.AddSentencesWith(h, candidates);
            if (candidates.Count == 0) continue;
            candidates.Sort();
            int previousCandidate = -1;
            foreach (var c in candidates)
            {
                if (c == previousCandidate) continue;
                previousCandidate = c;
                if (usedB[c] || pb.Quoted[c]) continue;
                var candidate = b.Sentences[c];
                var run = LongestCommonRun(pa.Words(k), pb.Words(c), scratch);
                if (run.Length >= MinRunWords && !IsNameList(sa.Tokens, run))
                {
                    usedB[c] = true;
                    var text = sa.Text.Substring(sa.Tokens[run.Start].Start,
                        sa.Tokens[run.Start + run.Length - 1].Start + sa.Tokens[run.Start + run.Length - 1].Text.Length - sa.Tokens[run.Start].Start);
                    (passages ??= []).Add(new CopiedPassage(text, run.Length, Ref(sa), Ref(candidate)));
                    break;
                }
            }
        }
        if (passages is null) return null;
        if (passages.Count < 2 && passages.Max(p => p.Words) < MinPassageWords) return null;
        int shorter = Math.Min(pa.WordCount, pb.WordCount);
        double fraction = shorter == 0 ? 0 : Math.Min(1.0, (double)passages.Sum(p => p.Words) / shorter);
        return new CopyPair(a.Id, b.Id, sharedSentences, Math.Round(fraction, 3), Direction(a, b), passages);
    }

    private static CopyOrder Direction(SegmentedDocument a, SegmentedDocument b)
    {
        var pa = a.Document.Source.Published;
        var pb = b.Document.Source.Published;
        if (pa is null || pb is null || pa == pb) return CopyOrder.Unknown;
        return pa < pb ? CopyOrder.AThenB : CopyOrder.BThenA;
    }

    private static SentenceRef Ref(Sentence s) => new(s.DocId, s.Position, s.Text);

    /// <summary>A run that is mostly capitalised words is a name or a list of names ("Clarissa Theresa Philomena
    /// Aileen …"): a fact every outlet spells the same, not prose one lifted from another.</summary>
    private static bool IsNameList(IReadOnlyList<Token> tokens, (int Start, int Length) run)
    {
        int capitalised = 0;
        for (int i = run.Start; i < run.Start + run.Length; i++) if (tokens[i].IsCapitalized) capitalised++;
        return capitalised * 2 > run.Length;
    }

    /// <summary>The longest run of identical lower-cased tokens (dynamic programming over the two sentences,
    /// words compared as ids).</summary>
    private static (int Start, int Length) LongestCommonRun(ReadOnlySpan<int> a, ReadOnlySpan<int> b, Scratch scratch)
    {
        if (scratch.Previous.Length < b.Length + 1)
        {
            scratch.Previous = new int[(b.Length + 1) * 2];
            scratch.Current = new int[(b.Length + 1) * 2];
        }
        var previous = scratch.Previous.AsSpan(0, b.Length + 1);
        var current = scratch.Current.AsSpan(0, b.Length + 1);
        previous.Clear();
        current.Clear();
        int best = 0, bestEnd = 0;
        for (int i = 1; i <= a.Length; i++)
        {
            int word = a[i - 1];
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = word == b[j - 1] ? previous[j - 1] + 1 : 0;
                if (current[j] > best) { best = current[j]; bestEnd = i; }
            }
            var swap = previous;
            previous = current;
            current = swap;
            current.Clear();
        }
        return (bestEnd - best, best);
    }
}
