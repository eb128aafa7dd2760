using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Chorus.Ingest;

/// <summary>
/// Main-text extraction from a web page with SmartReader (a port of Mozilla Readability) and AngleSharp.
/// Only text leaves this class: no markup, script or style from the page is carried forward, so nothing
/// from content can run in anything Chorus renders.
/// </summary>
public static partial class HtmlArticleParser
{
    private static readonly string[] BlockSelectors = ["p", "h2", "h3", "h4", "li", "blockquote", "pre", "td"];

    public static bool LooksLikeHtml(string text) => LooksLikeHtml(text.AsSpan());

    public static bool LooksLikeHtml(ReadOnlySpan<char> text)
    {
        var head = text[..Math.Min(text.Length, 2048)].TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<") && (text.Contains("<p", StringComparison.OrdinalIgnoreCase) || text.Contains("<body", StringComparison.OrdinalIgnoreCase)));
    }

    /// <returns>The article, or null with the reason when the page holds none.</returns>
    public static (SourceDocument? Document, string? Problem) Parse(string id, string origin, string html, string? url = null)
    {
        Article article;
        try
        {
            // Short pages are legitimate articles too (briefs, wire snippets): lower the threshold Readability
            // uses before it gives up on boilerplate removal.
            var reader = new Reader(url ?? "http://localhost/", HtmlDepthLimiter.Limit(HtmlDepthLimiter.Shrink(html))) { CharThreshold = 200 };
            article = reader.GetArticle();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, $"HTML could not be parsed ({e.GetType().Name})");
        }
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
            return (null, "HTML page holds no article text");

        var paragraphs = ParagraphsOf(article.Content);
        if (paragraphs.Count == 0 || paragraphs.Sum(TextStats.CountWords) < 25)
            return (null, "HTML page holds no article text");

        DateTimeOffset? published = article.PublicationDate is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null;
        var title = string.IsNullOrWhiteSpace(article.Title) ? null : Normalize(article.Title);
        var byline = string.IsNullOrWhiteSpace(article.Byline) ? (string.IsNullOrWhiteSpace(article.Author) ? null : article.Author) : article.Byline;
        var outlet = (string.IsNullOrWhiteSpace(article.SiteName) ? PublisherOf(html) : Normalize(article.SiteName)) ?? OutletDetector.Detect(paragraphs);
        return (new SourceDocument(id, origin, title, byline is null ? null : Normalize(byline), published, url, outlet, paragraphs), null);
    }

    /// <summary>The outlet from the page's metadata when Readability found no site name: og:site_name,
    /// application-name or publisher meta tags, or the publisher of its JSON-LD. Only the head is searched.</summary>
    public static string? PublisherOf(string html)
    {
        var head = html.Length > 200_000 ? html[..200_000] : html;
        foreach (var pattern in new[] { SiteNameMeta(), SiteNameMetaReversed(), JsonLdPublisher() })
            if (pattern.Match(head) is { Success: true } m && Normalize(System.Net.WebUtility.HtmlDecode(m.Groups["name"].Value)) is { Length: > 0 and <= 80 } name)
                return name;
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<meta\s[^>]*(?:property|name)\s*=\s*[""'](?:og:site_name|application-name|publisher|dc\.publisher)[""'][^>]*content\s*=\s*[""'](?<name>[^""'<>]+)[""']", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SiteNameMeta();

    [System.Text.RegularExpressions.GeneratedRegex(@"<meta\s[^>]*content\s*=\s*[""'](?<name>[^""'<>]+)[""'][^>]*(?:property|name)\s*=\s*[""'](?:og:site_name|application-name|publisher|dc\.publisher)[""']", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SiteNameMetaReversed();

    [System.Text.RegularExpressions.GeneratedRegex(@"""publisher""\s*:\s*\{[^{}]*?""name""\s*:\s*""(?<name>[^""]+)""", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex JsonLdPublisher();

    private static List<string> ParagraphsOf(string contentHtml)
    {
        var document = new HtmlParser().ParseDocument(contentHtml);
        var paragraphs = new List<string>();
        if (document.Body is not { } body) return paragraphs;
        if (document.QuerySelector(string.Join(',', BlockSelectors)) is null)
        {
            paragraphs.AddRange(body.TextContent.Split('\n').Select(Normalize).Where(t => t.Length > 0));
            return paragraphs;
        }
        var loose = new System.Text.StringBuilder();
        Walk(body, paragraphs, loose, collectLoose: true);
        FlushLoose(paragraphs, loose);
        return paragraphs;
    }

    /// <summary>The blocks in document order, each read once through its outermost selected element, and the text a
    /// container holds outside any block ("<c>&lt;div&gt;The Senate voted … &lt;p&gt;The bill …</c>": some pages set their lead
    /// as bare text before the first paragraph), which was lost when only blocks were read.</summary>
    private static void Walk(INode node, List<string> paragraphs, System.Text.StringBuilder loose, bool collectLoose)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text) { if (collectLoose) loose.Append(text.Data); continue; }
            if (child is not IElement element) continue;
            string name = element.LocalName;
            if (BlockSelectors.Contains(name))
            {
                FlushLoose(paragraphs, loose);
                var block = Normalize(element.TextContent);
                if (block.Length > 0) paragraphs.Add(block);
            }
            else if (InlineElements.Contains(name)) { if (collectLoose) loose.Append(element.TextContent); }
            else if (name == "br") FlushLoose(paragraphs, loose);
            else if (Containers.Contains(name))
            {
                FlushLoose(paragraphs, loose);
                Walk(element, paragraphs, loose, collectLoose);
                FlushLoose(paragraphs, loose);
            }
            // Anything else (a list, a figure and its caption, an aside, a form) gives its blocks, as before, but no bare
            // text: a caption or a label is not a paragraph.
            else
            {
                FlushLoose(paragraphs, loose);
                Walk(element, paragraphs, loose, collectLoose: false);
            }
        }
    }

    /// <summary>Loose text becomes a paragraph only when it reads as prose: six words or more ending as a sentence
    /// ends. A share prompt or a label left bare in a container ("Share this", "Advertisement") does not.</summary>
    private static void FlushLoose(List<string> paragraphs, System.Text.StringBuilder loose)
    {
        if (loose.Length == 0) return;
        var text = Normalize(loose.ToString());
        loose.Clear();
        if (TextStats.CountWords(text) >= 6 && text.TrimEnd('"', '\'', '”', '’', ')') is { Length: > 0 } end && end[^1] is '.' or '!' or '?')
            paragraphs.Add(text);
    }

    private static readonly HashSet<string> InlineElements =
        ["a", "span", "b", "strong", "em", "i", "u", "small", "sup", "sub", "abbr", "time", "q", "cite", "mark", "font", "s", "del", "ins", "code"];

    private static readonly HashSet<string> Containers = ["div", "article", "section", "main", "body", "center"];

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
