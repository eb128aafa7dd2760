using Chorus.Ingest;
using Chorus.Link.Stories;
using Chorus.Store;

namespace Chorus.Pipeline;

/// <summary>
/// The limits that keep corpus mode's cost linear in what it is given. The summarizer and the analysis compare the
/// sentences of a story pairwise, so their input is capped here rather than trusted to stay small: a story of
/// 1,000 articles or an article of 16 MB costs what a story of <see cref="MaxArticlesPerRefresh"/> ordinary
/// articles costs.
/// </summary>
public sealed class RefreshCaps
{
    /// <summary>Articles a story's summary is made from: the most representative ones. Twenty outlets' reports of
    /// one event say everything the 1,000th will, and the pairwise sentence comparison grows with their square.</summary>
    public int MaxArticlesPerRefresh { get; init; } = 20;

    /// <summary>Words of each article the summary reads: news puts the event first, and 1,000 words is more than
    /// most reports hold whole, so a book-length "article" cannot crowd out the others or the memory.</summary>
    public int MaxWordsPerArticle { get; init; } = 1000;

    /// <summary>Characters of a body read back from the store, cut in the database (generous for the word cap).</summary>
    public int MaxBodyChars => MaxWordsPerArticle * 12;

    /// <summary>Words of an incoming article that cleaning and story profiling look at. The profile reads the
    /// opening 400 words; the cleaner's verdict (article or not) rests on the opening too. The whole text is stored.</summary>
    public int MaxWordsConsidered { get; init; } = 20_000;

    /// <summary>The ids of the members a refresh summarizes: originals before near-copies, then the closest to the
    /// story's centroid (its most representative reports), newest first on ties.</summary>
    public IReadOnlyList<long> ChooseArticles(IReadOnlyList<StoryMember> members)
    {
        if (members.Count <= MaxArticlesPerRefresh) return members.Select(m => m.Id).ToList();
        var vectors = members.Select(m => UnitVector(ArticleProfile.Deserialize(m.Profile, m.Timestamp, true))).ToList();
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var v in vectors)
            foreach (var (term, w) in v) centroid[term] = centroid.GetValueOrDefault(term) + w;
        return members.Select((m, i) => (m, Score: vectors[i].Sum(p => p.Value * centroid.GetValueOrDefault(p.Key))))
            .OrderBy(x => x.m.NearDuplicate).ThenByDescending(x => x.Score).ThenByDescending(x => x.m.Timestamp).ThenBy(x => x.m.Id)
            .Take(MaxArticlesPerRefresh).Select(x => x.m.Id).ToList();
    }

    private static Dictionary<string, double> UnitVector(ArticleProfile profile)
    {
        var v = profile.TermCounts.ToDictionary(p => p.Key, p => 1 + Math.Log(p.Value), StringComparer.Ordinal);
        double norm = Math.Sqrt(v.Values.Sum(x => x * x));
        if (norm > 0) foreach (var key in v.Keys.ToList()) v[key] /= norm;
        return v;
    }

    /// <summary>The paragraphs of a stored body up to <see cref="MaxWordsPerArticle"/>; a paragraph the cap cuts is
    /// kept to its last whole sentence, so no half sentence can reach a summary.</summary>
    public IReadOnlyList<string> CutBody(string body)
    {
        var paragraphs = new List<string>();
        int words = 0;
        foreach (var paragraph in body.Split("\n\n"))
        {
            int n = TextStats.CountWords(paragraph);
            if (words + n <= MaxWordsPerArticle) { paragraphs.Add(paragraph); words += n; continue; }
            var head = FirstWords(paragraph, MaxWordsPerArticle - words);
            int end = Math.Max(head.LastIndexOf(". ", StringComparison.Ordinal), Math.Max(head.LastIndexOf("? ", StringComparison.Ordinal), head.LastIndexOf("! ", StringComparison.Ordinal)));
            if (end > 0) paragraphs.Add(head[..(end + 1)]);
            break;
        }
        return paragraphs;
    }

    /// <summary>The article as cleaning and profiling see it: its opening <see cref="MaxWordsConsidered"/> words.</summary>
    public SourceDocument Considered(SourceDocument doc)
    {
        int words = 0;
        for (int i = 0; i < doc.Paragraphs.Count; i++)
        {
            int n = TextStats.CountWords(doc.Paragraphs[i]);
            if (words + n <= MaxWordsConsidered) { words += n; continue; }
            var kept = doc.Paragraphs.Take(i).ToList();
            kept.Add(FirstWords(doc.Paragraphs[i], MaxWordsConsidered - words));
            return doc with { Paragraphs = kept };
        }
        return doc;
    }

    private static string FirstWords(string text, int count)
    {
        if (count <= 0) return "";
        int seen = 0;
        bool inWord = false;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i])) { inWord = false; continue; }
            if (inWord) continue;
            inWord = true;
            if (++seen > count) return text[..i].TrimEnd();
        }
        return text;
    }
}
