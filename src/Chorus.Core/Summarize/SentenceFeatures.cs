using Chorus.Ingest;
using System.Buffers;
using Chorus.Link;

namespace Chorus.Summarize;

/// <summary>
/// What Chorus knows about each sentence when ranking it: where it sits (news is written lead-first), how many
/// outlets repeat it (what editors keep), how central it is, and whether it can stand alone.
/// </summary>
public sealed class SentenceFeatures
{
    public static readonly string[] Names =
    [
        "position", "articleRank", "articles", "words", "exactSupport", "softSupport",
        "centroid", "lexrank", "quote", "startsWithQuote", "digits", "danglingStart",
        "wordSupport", "bigramSupport", "leadSimilarity", "docCentrality", "wordOffset",
        "supportDensity", "stopWordShare", "attribution", "meanIdf", "leadOfFirstArticle",
        "familySupport", "conceptWeight", "conceptDensity",
        "centroidRank", "softSupportRank", "wordSupportRank", "bigramSupportRank", "lexrankRank", "supportDensityRank",
        "conceptWeightRank", "conceptDensityRank",
    ];

    /// <summary>Features re-expressed as their percentile within the cluster: clusters differ in size and
    /// vocabulary, and what matters is how a sentence compares with its neighbours.</summary>
    private static readonly string[] Ranked = ["centroid", "softSupport", "wordSupport", "bigramSupport", "lexrank", "supportDensity", "conceptWeight", "conceptDensity"];

    private static readonly HashSet<string> Dangling = new(StringComparer.OrdinalIgnoreCase)
        { "he", "she", "it", "they", "this", "that", "these", "those", "but", "and", "also", "however", "his", "her", "their", "its", "so", "then", "still", "yet" };

    public TermVectors Vectors { get; }

    /// <summary>The cluster's weighted bigram concepts, shared with the selector.</summary>
    public BigramConcepts Concepts { get; }

    /// <summary>One row per sentence of the cluster, columns as <see cref="Names"/>.</summary>
    public float[][] Rows { get; private set; }

    /// <summary>Gives the rows back for the next cluster's features (<see cref="FeatureRows"/>) once they are scored;
    /// <see cref="Rows"/> is empty after.</summary>
    public void ReleaseRows()
    {
        FeatureRows.Return(Rows);
        Rows = [];
    }

    public SentenceFeatures(LinkedCluster cluster)
    {
        Vectors = new TermVectors(cluster);
        Concepts = new BigramConcepts(cluster);
        var families = Concepts.Families;
        var sentences = cluster.Sentences;
        int n = sentences.Count;
        var ints = SmallArrayPool<int>.Shared;
        var doubles = SmallArrayPool<double>.Shared;
        var articleRank = new Dictionary<string, int>(StringComparer.Ordinal);
        string? firstArticle = null;
        foreach (var article in cluster.Articles)
        {
            firstArticle ??= article.Id;
            articleRank.Add(article.Id, articleRank.Count);
        }
        int articles = Math.Max(1, articleRank.Count);

        // The documents in the order their first sentence comes, and each one's sentences (docStart, docSentences).
        var docOrdinal = new Dictionary<string, int>(StringComparer.Ordinal);
        var docOf = ints.Rent(Math.Max(1, n));
        for (int s = 0; s < n; s++)
        {
            if (!docOrdinal.TryGetValue(sentences[s].DocId, out var d)) docOrdinal[sentences[s].DocId] = d = docOrdinal.Count;
            docOf[s] = d;
        }
        int docs = docOrdinal.Count;
        var docStart = ints.Rent(docs + 1);
        Array.Clear(docStart, 0, docs + 1);
        for (int s = 0; s < n; s++) docStart[docOf[s] + 1]++;
        for (int d = 0; d < docs; d++) docStart[d + 1] += docStart[d];
        var docSentences = ints.Rent(Math.Max(1, n));
        var docFill = ints.Rent(docs + 1);
        Array.Copy(docStart, docFill, docs + 1);
        for (int s = 0; s < n; s++) docSentences[docFill[docOf[s]]++] = s;
        var docFamily = ints.Rent(docs + 1);
        foreach (var (docId, d) in docOrdinal) docFamily[d] = families.FamilyOf(docId);

        // How many independent reports use each stem and each stem bigram: words most outlets use are what the
        // story is about. A family's articles are visited together (documents in a stable order by family) so
        // each family counts once.
        var familyOrder = SmallArrayPool<long>.Shared.Rent(docs + 1);
        for (int d = 0; d < docs; d++) familyOrder[d] = ((long)(docFamily[d] + 1) << 32) | (uint)d;
        Array.Sort(familyOrder, 0, docs);
        var stemArticles = ints.Rent(Math.Max(1, Vectors.VocabularySize));
        var stemLastDoc = ints.Rent(Math.Max(1, Vectors.VocabularySize));
        Array.Clear(stemArticles, 0, Vectors.VocabularySize);
        Array.Fill(stemLastDoc, -1, 0, Vectors.VocabularySize);
        // Each sentence's term bigrams as ids, sentence s's from bigramStart[s] on.
        var bigramStart = ints.Rent(n + 1);
        for (int s = 0, at = 0; s <= n; s++)
        {
            bigramStart[s] = at;
            if (s < n) at += Math.Max(0, Vectors.TermSequence(s).Length - 1);
        }
        int bigramCount = bigramStart[n];
        var bigramOf = ints.Rent(Math.Max(1, bigramCount));
        var bigramArticles = ints.Rent(Math.Max(1, bigramCount));
        var bigramLastDoc = ints.Rent(Math.Max(1, bigramCount));
        using (var bigrams = new PairIds(bigramCount))
        {
            for (int s = 0; s < n; s++)
            {
                var ids = Vectors.TermSequence(s);
                for (int i = 0; i + 1 < ids.Length; i++)
                {
                    int before = bigrams.Count;
                    int id = bigramOf[bigramStart[s] + i] = bigrams.IdOf(ids[i], ids[i + 1]);
                    if (id == before) { bigramArticles[id] = 0; bigramLastDoc[id] = -1; }
                }
            }
        }
        for (int k = 0; k < docs; k++)
        {
            int d = (int)familyOrder[k];
            int docNumber = docFamily[d];
            for (int j = docStart[d]; j < docStart[d + 1]; j++)
            {
                int s = docSentences[j];
                var ids = Vectors.TermSequence(s);
                for (int i = 0; i < ids.Length; i++)
                {
                    if (stemLastDoc[ids[i]] != docNumber) { stemLastDoc[ids[i]] = docNumber; stemArticles[ids[i]]++; }
                    if (i + 1 >= ids.Length) continue;
                    int bigram = bigramOf[bigramStart[s] + i];
                    if (bigramLastDoc[bigram] != docNumber) { bigramLastDoc[bigram] = docNumber; bigramArticles[bigram]++; }
                }
            }
        }
        int reports = families.Count;
        var conceptWeight = doubles.Rent(Math.Max(1, n));
        var conceptDensity = doubles.Rent(Math.Max(1, n));
        double maxWeight = 0, maxDensity = 0;
        for (int s = 0; s < n; s++)
        {
            conceptWeight[s] = Concepts.WeightOf(s);
            conceptDensity[s] = conceptWeight[s] / Math.Max(1, sentences[s].Tokens.Count);
            if (s == 0 || conceptWeight[s] > maxWeight) maxWeight = conceptWeight[s];
            if (s == 0 || conceptDensity[s] > maxDensity) maxDensity = conceptDensity[s];
        }
        double maxConceptWeight = Math.Max(1e-9, maxWeight);
        double maxConceptDensity = Math.Max(1e-9, maxDensity);
        var docCentrality = DocumentCentrality(docs, docStart, docSentences);
        int leadSentence = firstArticle is not null && docOrdinal.TryGetValue(firstArticle, out var firstDoc) ? docSentences[docStart[firstDoc]] : -1;
        var wordOffset = ints.Rent(Math.Max(1, n));
        if (n > 0) wordOffset[0] = 0;
        for (int s = 1; s < n; s++)
            wordOffset[s] = sentences[s].DocId == sentences[s - 1].DocId ? wordOffset[s - 1] + sentences[s - 1].WordCount : 0;

        // One pass over the sentence pairs for both the LexRank graph and the support from other articles (the
        // best match in each other article).
        var softSupport = doubles.Rent(Math.Max(1, n));
        bool contiguous = true;
        for (int s = 1; s < n; s++) contiguous &= docOf[s] >= docOf[s - 1];
        var lexrank = contiguous && n <= NeighbourScan.MaxNeighbours + 1 ? SupportAndRankOnce(n, docs, docOf, softSupport) : SupportAndRank(n, docs, docOf, softSupport);
        // The pair pass was the postings' last reader here: the selector asks only for cosines.
        Vectors.ReleasePostings();

        Rows = new float[n][];
        for (int s = 0; s < n; s++)
        {
            var sentence = sentences[s];
            var tokens = sentence.Tokens;
            var first = tokens.Count > 0 ? tokens[0].Norm : "";
            int stopWords = 0, quoteMarks = 0;
            bool digits = false, attribution = false;
            for (int t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                if (token.IsStopWord) stopWords++;
                digits |= token.IsNumber;
                attribution |= token.Norm is "said" or "says" or "told" or "according" or "reported" or "reports";
            }
            foreach (var c in sentence.Text) if (c is '"' or '“' or '”') quoteMarks++;
            double supportSum = 0;
            var termIds = Vectors.TermSequence(s);
            foreach (var id in termIds) supportSum += stemArticles[id];
            var vector = Vectors.Vectors[s];
            double idfSum = 0;
            foreach (var id in vector.Ids) idfSum += Vectors.Idf[id];
            var group = cluster.GroupOfSentence(s);
            // Written through a span on the stack into a reused row: every column is set (the ranks below).
            ReadOnlySpan<float> row =
            [
                sentence.Position,
                articleRank.GetValueOrDefault(sentence.DocId),
                articles,
                sentence.WordCount,
                articles > 1 ? (float)(group.Sources.Count - 1) / (articles - 1) : 0f,
                (float)softSupport[s],
                (float)Vectors.CosineToCentroid(s),
                (float)(lexrank[s] * n),
                quoteMarks >= 2 ? 1f : 0f,
                sentence.Text.Length > 0 && sentence.Text[0] is '"' or '“' or '\'' ? 1f : 0f,
                digits ? 1f : 0f,
                Dangling.Contains(first) ? 1f : 0f,
                termIds.Length == 0 ? 0f : (float)(supportSum / termIds.Length / reports),
                (float)MeanBigramSupport(bigramOf.AsSpan(bigramStart[s], bigramStart[s + 1] - bigramStart[s]), bigramArticles, reports),
                leadSentence >= 0 ? (float)Vectors.Cosine(s, leadSentence) : 0f,
                (float)docCentrality[docOf[s]],
                wordOffset[s],
                tokens.Count > 0 ? (float)(supportSum / reports / tokens.Count) : 0f,
                tokens.Count > 0 ? (float)stopWords / tokens.Count : 0f,
                attribution ? 1f : 0f,
                vector.Ids.Length > 0 ? (float)(idfSum / vector.Ids.Length) : 0f,
                s == leadSentence ? 1f : 0f,
                reports > 1 ? (float)(families.FamiliesAmong(group.Sources) - 1) / (reports - 1) : 0f,
                (float)(conceptWeight[s] / maxConceptWeight),
                (float)(conceptDensity[s] / maxConceptDensity),
                0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f,
            ];
            row.CopyTo(Rows[s] = FeatureRows.Rent());
        }
        foreach (var array in (int[][])[docOf, docStart, docSentences, docFill, docFamily, stemArticles, stemLastDoc, bigramStart, bigramOf, bigramArticles, bigramLastDoc, wordOffset])
            ints.Return(array);
        foreach (var array in (double[][])[conceptWeight, conceptDensity, docCentrality, softSupport]) doubles.Return(array);
        SmallArrayPool<long>.Shared.Return(familyOrder);
        // Only the rows above read the term sequences; the selector reads the vectors.
        Vectors.ReleaseSequences();
        AddPercentiles(Rows, Names.Length - Ranked.Length);
    }

    /// <summary>Each sentence's support from the other articles into <paramref name="softSupport"/>, and the LexRank
    /// scores, meeting every pair from both sides (any order of documents).</summary>
    private double[] SupportAndRank(int n, int docs, int[] docOf, double[] softSupport)
    {
        var best = SmallArrayPool<double>.Shared.Rent(Math.Max(1, docs));
        Array.Clear(best, 0, docs);
        // Only the documents a sentence's neighbours sit in are cleared and summed, ascending: the others add zero
        // to the sum (cosines of neighbours are positive), and visiting every document per sentence made this pass
        // sentences × documents (18,000 documents of a 16 MB input).
        var touched = SmallArrayPool<int>.Shared.Rent(Math.Max(1, docs));
        using var edges = new LexRankEdges(n);
        using (var scan = new NeighbourScan(Vectors))
            for (int s = 0; s < n; s++)
            {
                int touchedCount = 0;
                foreach (var neighbour in scan.Of(s))
                {
                    if (neighbour.Cosine > LexRankSummarizer.DefaultThreshold) edges.Add(neighbour.Sentence);
                    int d = docOf[neighbour.Sentence];
                    if (d == docOf[s]) continue;
                    double c = neighbour.Cosine;
                    if (c > best[d])
                    {
                        if (best[d] == 0) touched[touchedCount++] = d;
                        best[d] = c;
                    }
                }
                edges.EndSentence();
                Array.Sort(touched, 0, touchedCount);
                double soft = 0;
                for (int k = 0; k < touchedCount; k++) { soft += best[touched[k]]; best[touched[k]] = 0; }
                softSupport[s] = soft / Math.Max(1, docs - 1);
            }
        SmallArrayPool<double>.Shared.Return(best);
        SmallArrayPool<int>.Shared.Return(touched);
        return LexRankSummarizer.Scores(edges);
    }

    /// <summary>The same values meeting each pair once, when each document's sentences are contiguous (as the link
    /// stage lays them out). A sentence's partners then come in ascending order, so its other documents come one
    /// after another: a running best per sentence, added to its sum when the document changes, sums the documents'
    /// best matches in the order the per-document table did (the documents without a match add zero).</summary>
    private double[] SupportAndRankOnce(int n, int docs, int[] docOf, double[] softSupport)
    {
        var ints = SmallArrayPool<int>.Shared;
        var currentDoc = ints.Rent(Math.Max(1, n));
        var currentBest = SmallArrayPool<double>.Shared.Rent(Math.Max(1, n));
        Array.Fill(currentDoc, -1, 0, n);
        Array.Clear(currentBest, 0, n);
        Array.Clear(softSupport, 0, n);
        var from = ints.Rent(Math.Max(16, n * 2));
        var to = ints.Rent(from.Length);
        int edgeCount = 0;
        void Meet(int x, int partner, double c)
        {
            int d = docOf[partner];
            if (d == docOf[x]) return;
            if (d != currentDoc[x]) { softSupport[x] += currentBest[x]; currentDoc[x] = d; currentBest[x] = 0; }
            if (c > currentBest[x]) currentBest[x] = c;
        }
        using (var scan = new NeighbourScan(Vectors))
            for (int s = 0; s < n; s++)
                foreach (var neighbour in scan.Later(s))
                {
                    int t = neighbour.Sentence;
                    if (neighbour.Cosine > LexRankSummarizer.DefaultThreshold)
                    {
                        if (edgeCount == from.Length) (from, to) = (Grown(from, edgeCount), Grown(to, edgeCount));
                        from[edgeCount] = s;
                        to[edgeCount++] = t;
                    }
                    Meet(s, t, neighbour.Cosine);
                    Meet(t, s, neighbour.Cosine);
                }
        for (int s = 0; s < n; s++) softSupport[s] = (softSupport[s] + currentBest[s]) / Math.Max(1, docs - 1);
        double[] lexrank;
        using (var edges = new LexRankEdges(n, from.AsSpan(0, edgeCount), to.AsSpan(0, edgeCount))) lexrank = LexRankSummarizer.Scores(edges);
        foreach (var array in (int[][])[currentDoc, from, to]) ints.Return(array);
        SmallArrayPool<double>.Shared.Return(currentBest);
        return lexrank;
    }

    private static int[] Grown(int[] array, int count)
    {
        var grown = SmallArrayPool<int>.Shared.Rent(array.Length * 2);
        Array.Copy(array, grown, count);
        SmallArrayPool<int>.Shared.Return(array);
        return grown;
    }

    /// <summary>Each document's summed sentence vector's cosine to the cluster centroid (pooled; docs entries).
    /// The sums run in the order a per-document dictionary of the vectors summed them, so the values are those.</summary>
    private double[] DocumentCentrality(int docs, int[] docStart, int[] docSentences)
    {
        int vocabulary = Math.Max(1, Vectors.VocabularySize);
        var sum = SmallArrayPool<double>.Shared.Rent(vocabulary);
        var touchedBy = SmallArrayPool<int>.Shared.Rent(vocabulary);
        var touched = SmallArrayPool<int>.Shared.Rent(vocabulary);
        var weights = SmallArrayPool<double>.Shared.Rent(vocabulary);
        Array.Fill(touchedBy, -1, 0, vocabulary);
        var centrality = SmallArrayPool<double>.Shared.Rent(Math.Max(1, docs));
        for (int d = 0; d < docs; d++)
        {
            int count = 0;
            for (int j = docStart[d]; j < docStart[d + 1]; j++)
            {
                var v = Vectors.Vectors[docSentences[j]];
                for (int k = 0; k < v.Ids.Length; k++)
                {
                    int id = v.Ids[k];
                    if (touchedBy[id] != d) { touchedBy[id] = d; sum[id] = 0; touched[count++] = id; }
                    sum[id] += v.Weights[k];
                }
            }
            Array.Sort(touched, 0, count);
            for (int k = 0; k < count; k++) weights[k] = sum[touched[k]];
            centrality[d] = Vectors.CosineToCentroid(touched.AsSpan(0, count), weights.AsSpan(0, count));
        }
        SmallArrayPool<double>.Shared.Return(sum);
        SmallArrayPool<double>.Shared.Return(weights);
        SmallArrayPool<int>.Shared.Return(touchedBy);
        SmallArrayPool<int>.Shared.Return(touched);
        return centrality;
    }

    public static int Index(string name) => Array.IndexOf(Names, name);

    private static void AddPercentiles(float[][] rows, int baseCount)
    {
        int n = rows.Length;
        var order = SmallArrayPool<RankedValue>.Shared.Rent(Math.Max(1, n));
        for (int f = 0; f < Ranked.Length; f++)
        {
            int source = Index(Ranked[f]);
            for (int i = 0; i < n; i++) order[i] = new RankedValue(rows[i][source], i);
            Array.Sort(order, 0, n);
            for (int r = 0; r < n; r++)
                rows[order[r].Sentence][baseCount + f] = n > 1 ? (float)r / (n - 1) : 1f;
        }
        SmallArrayPool<RankedValue>.Shared.Return(order);
    }

    /// <summary>A feature value and its sentence, ordered by value and then by sentence: the order a stable sort
    /// by value gives, without a key array and comparer per feature.</summary>
    private readonly record struct RankedValue(float Value, int Sentence) : IComparable<RankedValue>
    {
        public int CompareTo(RankedValue other)
        {
            int byValue = Value.CompareTo(other.Value);
            return byValue != 0 ? byValue : Sentence.CompareTo(other.Sentence);
        }
    }

    private static double MeanBigramSupport(ReadOnlySpan<int> bigrams, int[] articlesOf, int articles)
    {
        if (bigrams.Length < 1) return 0;
        double sum = 0;
        foreach (var id in bigrams) sum += articlesOf[id];
        return sum / bigrams.Length / articles;
    }
}
