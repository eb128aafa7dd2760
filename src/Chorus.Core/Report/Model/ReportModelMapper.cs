using Chorus.Analyze;

namespace Chorus.Report.Model;

/// <summary>
/// Maps the pipeline's report onto the public model and back (a store keeps the public model; the text and
/// Markdown writers read the internal one). The pipeline's own kinds map onto the public enums here, so either can change without the other.
/// </summary>
public static class ReportModelMapper
{
    public static StoryReportV1 ToModel(SummaryReport r)
    {
        var docs = r.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var layouts = r.Layout?.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var summary = r.Summary?.Select((s, i) => new SummarySentenceV1(s.Text, s.Sources,
            (r.Layout is { } l && i < l.Citations.Count ? l.Citations[i] : s.Sources.Select(id => new SentencePointer(id, -1)).ToList())
                .Select(p => new CitationV1(OutletName(docs.GetValueOrDefault(p.Doc), p.Doc), p.Doc, p.Sentence)).ToList(),
            s.AddedSpeaker)).ToList();
        return new StoryReportV1(ReportSchema.SchemaVersion, r.Method, r.Budget, r.Words,
            r.Documents.Select(d => new ArticleV1(d.Id, d.Number, d.Title, d.Byline, d.Outlet, d.Url, d.Published, d.IsArticle, d.NotAnArticle, d.Words,
                d.Removed.Select(x => new RemovedItemV1(x.Text, x.Reason)).ToList(),
                layouts?.GetValueOrDefault(d.Id)?.Blocks is { } blocks ? Map(blocks, static b => Block(b)) : null)).ToList(),
            summary,
            r.Warnings.Select(w => new WarningV1(w.Source, w.Problem)).ToList(),
            r.Copies?.Select(c => new CopyEdgeV1(c.A, c.B, c.SharedSentences, c.SharedFraction, DirectionOf(c.Direction),
                c.Passages.Select(p => new CopiedPassageV1(p.Text, p.Words, Ref(p.InA), Ref(p.InB))).ToList())).ToList(),
            r.Quotes?.Select(q => new QuoteV1(q.Speaker, q.Text, q.Sources, Refs(q.Sentences))).ToList(),
            r.Discrepancies?.Select(d => new DiscrepancyV1(d.Topic, DiscrepancyKindOf(d.Kind),
                d.Values.Select(v => new DiscrepancyValueV1(v.Value, v.Sources, v.Sentence, Refs(v.Sentences))).ToList(),
                d.Reason.Length > 0 ? d.Reason : null)).ToList(),
            r.CitedOutlets?.Select(c => new CitedOutletV1(c.Name, c.Sources, Refs(c.Sentences))).ToList(),
            Entities(r.People), Entities(r.Organizations), Entities(r.Places), r.Notes);
    }

    public static SummaryReport ToReport(StoryReportV1 m)
    {
        var layout = new SummaryLayout(
            (m.Summary ?? []).Select(s => (IReadOnlyList<SentencePointer>)s.Citations.Select(c => new SentencePointer(c.Article, c.Sentence)).ToList()).ToList(),
            m.Documents.Where(d => d.Blocks is not null).Select(d => new ArticleLayout(d.Id, d.Blocks!.Select(b => new LayoutBlock(
                b.Sentences?.Select(s => new LayoutSentence(s.Index, s.Text, s.SharedWith.Select(p => new SentencePointer(p.Article, p.Sentence)).ToList())).ToList(),
                b.Removed is { } x ? new RemovedItem(x.Text, x.Reason) : null)).ToList())).ToList());
        return new SummaryReport(m.Method, m.Budget, m.Words,
            m.Documents.Select(d => new ReportDocument(d.Id, d.Number, d.Title, d.Byline, d.Outlet, d.Url, d.Published, d.IsArticle, d.NotAnArticle, d.Words,
                d.Removed.Select(x => new RemovedItem(x.Text, x.Reason)).ToList())).ToList(),
            m.Summary?.Select(s => new ReportSentence(s.Text, s.Sources, s.Speaker)).ToList(),
            m.Warnings.Select(w => new ReportWarning(w.Source, w.Problem)).ToList(),
            m.Copies?.Select(c => new CopyPair(c.A, c.B, c.SharedSentences, c.SharedFraction, OrderOf(c.Direction),
                c.Passages.Select(p => new CopiedPassage(p.Text, p.Words, Ref(p.InA), Ref(p.InB))).ToList())).ToList(),
            m.Quotes?.Select(q => new Quote(q.Speaker, q.Text, q.Sources, Refs(q.Sentences))).ToList(),
            m.Discrepancies?.Select(d => new Discrepancy(d.Topic, QuantityKindOf(d.Kind),
                d.Values.Select(v => new DiscrepancyValue(v.Value, v.Sources, v.Sentence, Refs(v.Sentences))).ToList()) { Reason = d.Reason ?? "" }).ToList(),
            m.CitedOutlets?.Select(c => new CitedOutlet(c.Name, c.Sources, Refs(c.Sentences))).ToList(),
            Entities(m.People), Entities(m.Organizations), Entities(m.Places), m.Notes) { Layout = layout };
    }

    /// <summary>The name a reader knows an article's outlet by: the outlet, else the web host, else its id.</summary>
    public static string OutletName(ReportDocument? doc, string id) =>
        doc?.Outlet is { Length: > 0 } outlet ? outlet
        : Uri.TryCreate(doc?.Url, UriKind.Absolute, out var u) && u.Host.Length > 0 ? u.Host
        : id;

    private static ArticleBlockV1 Block(LayoutBlock b) => b.Removed is { } x
        ? new ArticleBlockV1(ArticleBlockKind.Removed, null, new RemovedItemV1(x.Text, x.Reason))
        : new ArticleBlockV1(ArticleBlockKind.Paragraph,
            Map(b.Sentences ?? [], static s => new ArticleSentenceV1(s.Index, s.Text, Pointers(s.SharedWith))), null);

    /// <summary>Select and ToList without the iterator: the report maps every sentence of every article, and an
    /// iterator per block and per reference list was a fifth of the stage's allocation.</summary>
    private static List<TOut> Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map)
    {
        var list = new List<TOut>(items.Count);
        for (int i = 0; i < items.Count; i++) list.Add(map(items[i]));
        return list;
    }

    /// <summary>Most article sentences are shared with no other article: they all get the one empty list.</summary>
    private static IReadOnlyList<SentencePointerV1> Pointers(IReadOnlyList<SentencePointer> pointers)
    {
        if (pointers.Count == 0) return [];
        var list = new SentencePointerV1[pointers.Count];
        for (int i = 0; i < list.Length; i++) list[i] = new SentencePointerV1(pointers[i].Doc, pointers[i].Sentence);
        return list;
    }

    public static CopyDirection DirectionOf(CopyOrder order) => order switch
    {
        CopyOrder.AThenB => CopyDirection.AToB,
        CopyOrder.BThenA => CopyDirection.BToA,
        _ => CopyDirection.Shared,
    };

    private static CopyOrder OrderOf(CopyDirection d) => d switch { CopyDirection.AToB => CopyOrder.AThenB, CopyDirection.BToA => CopyOrder.BThenA, _ => CopyOrder.Unknown };

    public static DiscrepancyKind DiscrepancyKindOf(QuantityKind kind) => kind switch
    {
        QuantityKind.Duration => DiscrepancyKind.Duration,
        QuantityKind.Count => DiscrepancyKind.Count,
        QuantityKind.Age => DiscrepancyKind.Age,
        QuantityKind.Day => DiscrepancyKind.Day,
        QuantityKind.Date => DiscrepancyKind.Date,
        QuantityKind.Time => DiscrepancyKind.Time,
        QuantityKind.Distance => DiscrepancyKind.Distance,
        QuantityKind.Measure => DiscrepancyKind.Measure,
        QuantityKind.Figure => DiscrepancyKind.Figure,
        QuantityKind.Ratio => DiscrepancyKind.Ratio,
        _ => DiscrepancyKind.Other,
    };

    /// <summary>A stored report's kind back in the pipeline's terms; kinds only earlier versions wrote (an amount, a
    /// rank, "other") read as the nearest the pipeline has.</summary>
    public static QuantityKind QuantityKindOf(DiscrepancyKind kind) => kind switch
    {
        DiscrepancyKind.Duration => QuantityKind.Duration,
        DiscrepancyKind.Count => QuantityKind.Count,
        DiscrepancyKind.Age => QuantityKind.Age,
        DiscrepancyKind.Day => QuantityKind.Day,
        DiscrepancyKind.Date => QuantityKind.Date,
        DiscrepancyKind.Time => QuantityKind.Time,
        DiscrepancyKind.Distance => QuantityKind.Distance,
        DiscrepancyKind.Measure or DiscrepancyKind.Amount => QuantityKind.Measure,
        DiscrepancyKind.Ratio => QuantityKind.Ratio,
        _ => QuantityKind.Figure,
    };

    private static EntityKind EntityKindOf(EntityType type) => type switch
    {
        EntityType.Person => EntityKind.Person,
        EntityType.Organization => EntityKind.Organization,
        _ => EntityKind.Place,
    };

    private static EntityType EntityTypeOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => EntityType.Person,
        EntityKind.Organization => EntityType.Organization,
        _ => EntityType.Place,
    };

    private static SentenceRefV1 Ref(SentenceRef s) => new(s.Doc, s.Index, s.Text);
    private static SentenceRef Ref(SentenceRefV1 s) => new(s.Doc, s.Index, s.Text);
    private static List<SentenceRefV1> Refs(IReadOnlyList<SentenceRef> refs) => Map(refs, static s => Ref(s));
    private static List<SentenceRef> Refs(IReadOnlyList<SentenceRefV1> refs) => refs.Select(Ref).ToList();

    private static List<EntityV1>? Entities(IReadOnlyList<Entity>? list) =>
        list is null ? null : Map(list, static e => new EntityV1(e.Name, EntityKindOf(e.Kind), e.CountsByArticle, Refs(e.Sentences)));

    private static List<Entity>? Entities(IReadOnlyList<EntityV1>? list) =>
        list?.Select(e => new Entity(e.Name, EntityTypeOf(e.Kind), e.CountsByArticle, Refs(e.Sentences))).ToList();
}
