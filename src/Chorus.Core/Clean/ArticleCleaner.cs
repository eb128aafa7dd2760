using Chorus.Ingest;

namespace Chorus.Clean;

/// <summary>
/// The clean stage: runs the paragraph and fragment rules over each article, drops repeated paragraphs, asks the
/// corpus statistics about recurring ones, and decides whether what is left is an article at all.
/// </summary>
public sealed class ArticleCleaner
{
    /// <summary>Below this many words of own reporting a document is not an article (a widget, an error page).</summary>
    public int MinArticleWords { get; init; } = 25;

    public IReadOnlyList<IParagraphRule> ParagraphRules { get; init; } =
        [new PageFurnitureRule(), new LinkSpamRule(), new BylineRule(), new CaptionRule(), new SharePromptRule(), new SocialEmbedRule(),
         new FurnitureLineRule(), new LabelledLineRule(), new FurnitureMarkerRule(), new SocialPostRule(),
         new WireServiceLineRule(), new VideoPlayerBlurbRule(), new PageControlLineRule(), new VideoPlaylistRule(), new PhotoGalleryRule()];

    public IReadOnlyList<IFragmentRule> FragmentRules { get; init; } = [new CaretMarkerFragmentRule(), new WireCodeFragmentRule(), new DatedWireDatelineFragmentRule(), new WireDatelineFragmentRule(), new LeadingCaptionFragmentRule(), new ToggleCaptionFragmentRule(), new StampFragmentRule(), new InlineCreditFragmentRule(), new RunInCreditFragmentRule(), new BulletFragmentRule(), new ReferenceMarkFragmentRule(), new TickerSymbolFragmentRule(), new LinkPointerFragmentRule(), new AnalysisHeadingFragmentRule()];

    /// <summary>Rules for the opening of the article only (a dateline), run on its first kept paragraph and on the
    /// first <see cref="LeadParagraphs"/> (a photo caption may come before the dateline).</summary>
    public IReadOnlyList<IFragmentRule> LeadFragmentRules { get; init; } = [new CaretMarkerFragmentRule(), new DatedWireDatelineFragmentRule(), new LeadingCaptionFragmentRule(), new DatelineFragmentRule(), new OrphanDashFragmentRule()];

    public const int LeadParagraphs = 3;

    /// <summary>The paragraph rules judge a line by its look (a player's notice, a prompt, a caption, a byline); the
    /// longest line they take out of a dev article is 155 words. A paragraph of more than this many words is an article
    /// given without its breaks (a feed's text field, a page flattened to one line) that may merely open on such a
    /// line: taken out whole, the article would go with it. Only a photo gallery's run of captions is that long and
    /// still furniture.</summary>
    public const int MaxLineRuleWords = 250;

    public BoilerplateStatistics Boilerplate { get; init; } = BoilerplateStatistics.Empty;

    public IReadOnlyList<CleanDocument> Clean(IReadOnlyList<SourceDocument> cluster) => cluster.Select(CleanOne).ToList();

    public CleanDocument CleanOne(SourceDocument doc)
    {
        var kept = new List<string>(doc.Paragraphs.Count);
        var removed = new List<Removal>();
        // Paragraphs kept so far, compared by fingerprint (no fingerprint string is made for each).
        var seen = new HashSet<string>(doc.Paragraphs.Count, TextFingerprint.Comparer);
        int furnitureWords = 0, words = 0;
        bool errorPage = false;
        for (int i = 0; i < doc.Paragraphs.Count; i++)
        {
            var text = doc.Paragraphs[i];
            var paragraph = new ParagraphContext(text, i, doc.Paragraphs.Count);
            string? reason = null;
            bool runOn = paragraph.Words > MaxLineRuleWords;
            for (int r = 0; r < ParagraphRules.Count && reason is null; r++)
                if (!runOn || ParagraphRules[r] is PhotoGalleryRule) reason = ParagraphRules[r].Check(paragraph);
            if (reason is null && Boilerplate.IsBoilerplate(text))
                reason = $"boilerplate: recurs in {Boilerplate.GroupsCarrying(text)} unrelated stories";
            if (reason is null && !seen.Add(text))
                reason = "repeated paragraph";
            if (reason is not null)
            {
                removed.Add(new Removal(text, reason));
                errorPage |= reason == PageFurnitureRule.ErrorPageReason;
                if (reason.StartsWith("web page furniture", StringComparison.Ordinal) || reason.StartsWith("boilerplate", StringComparison.Ordinal))
                    furnitureWords += paragraph.Words;
                continue;
            }
            if (kept.Count == 0 || i < LeadParagraphs) text = Strip(LeadFragmentRules, text, removed);
            text = Strip(FragmentRules, text, removed);
            if (text.Length == 0) continue;
            kept.Add(text);
            // Counted already unless a fragment was taken out.
            words += ReferenceEquals(text, doc.Paragraphs[i]) ? paragraph.Words : TextStats.CountWords(text);
        }

        // A repeated first paragraph (a video caption echoing the lead) is caught above only when identical;
        // a title echoed as the first paragraph is dropped too, it says nothing the title does not.
        if (doc.Title is { } title && kept.Count > 0 && TextFingerprint.Comparer.Equals(kept[0], title))
        {
            removed.Add(new Removal(kept[0], "repeats the title"));
            words -= TextStats.CountWords(kept[0]);
            kept.RemoveAt(0);
        }

        // A title that is page furniture ("936 SHARES Share Tweet", "Image caption …", a newsletter prompt) names
        // nothing a reader should see as the article's headline: it is dropped like any paragraph of its kind, and
        // the article goes untitled; a stamp or credit run into a real headline is cut from it.
        if (doc.Title is { } shown && CleanTitle(shown, removed) is var cleanTitle && !ReferenceEquals(cleanTitle, shown))
            doc = doc with { Title = cleanTitle };

        string? verdict = null;
        if (errorPage) verdict = "not an article: an error page (\"not found\")";
        else if (words == 0) verdict = furnitureWords > 0 ? "not an article: web page furniture only" : "not an article: no text left after cleaning";
        else if (furnitureWords > words) verdict = "not an article: mostly web page furniture";
        else if (words < MinArticleWords) verdict = $"not an article: only {words} words of text";
        return new CleanDocument(doc, kept, removed, verdict);
    }

    /// <summary>The title as a reader should see it: null when the paragraph rules take it for furniture, without
    /// the fragments the fragment rules cut ("… (Published Tuesday, Oct. 25, 2016)", "CHRISTCHURCH, New Zealand |
    /// (Reuters)" is all dateline), the same string when nothing is wrong. A headline's label ("Officials: Woman
    /// Kills 3 …") is what a title is, so the labelled-line rule does not judge it.</summary>
    private string? CleanTitle(string title, List<Removal> removed)
    {
        var line = new ParagraphContext(title, 0, 1);
        for (int r = 0; r < ParagraphRules.Count; r++)
            if (ParagraphRules[r] is not LabelledLineRule && ParagraphRules[r].Check(line) is { } reason)
            {
                removed.Add(new Removal(title, $"title: {reason}"));
                return null;
            }
        // The fragments go as a paragraph's do (Strip), each listed as the title's.
        var cut = new List<Removal>();
        var kept = Strip(FragmentRules, Strip(LeadFragmentRules, title, cut), cut).Trim();
        foreach (var fragment in cut) removed.Add(fragment with { Reason = $"title: {fragment.Reason}" });
        if (kept.Length == 0) return null;
        if (FurnitureSentence.IsFurniture(kept))
        {
            removed.Add(new Removal(kept, "title: web page furniture"));
            return null;
        }
        return kept.Length == title.Length ? title : kept;
    }

    private static string Strip(IReadOnlyList<IFragmentRule> rules, string text, List<Removal> removed)
    {
        for (int r = 0; r < rules.Count; r++)
        {
            if (rules[r].Strip(text) is { } stripped)
            {
                removed.Add(stripped.Removed);
                text = stripped.Kept;
            }
        }
        return text;
    }
}
