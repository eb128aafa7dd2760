using System.Text;
using System.Text.RegularExpressions;

namespace Chorus.Ingest;

/// <summary>
/// Flattens markup nested deeper than <see cref="MaxDepth"/> before the page reaches Readability: the tags below
/// that depth are dropped and their text kept. Readability walks each node's ancestors, so its cost grows with
/// depth times size — 100,000 nested &lt;div&gt;s (1.1 MB) took 95 s — while real article pages nest a few dozen
/// levels. One linear pass over the tags; a page within the cap comes back unchanged.
/// </summary>
public static partial class HtmlDepthLimiter
{
    public const int MaxDepth = 256;

    /// <summary>Text blocks are kept at any depth: they are what Readability looks for, and they do not nest deep.</summary>
    private static readonly HashSet<string> KeptBlocks = new(StringComparer.OrdinalIgnoreCase)
        { "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "tr", "table", "ul", "ol" };

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "!doctype" };

    public static string Limit(string html, int maxDepth = MaxDepth)
    {
        var stack = new List<(string Name, bool Dropped)>();
        StringBuilder? output = null;
        int copied = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups[2].Value;
            bool closing = tag.Groups[1].Length > 0;
            bool selfClosing = tag.ValueSpan.EndsWith("/>") || VoidElements.Contains(name);
            bool drop = false;
            if (closing)
            {
                // Pop to the matching open tag; a stray closing tag (messy HTML) matches nothing and is kept.
                int at = -1;
                for (int i = stack.Count - 1; i >= Math.Max(0, stack.Count - 32) && at < 0; i--)
                    if (stack[i].Name.Equals(name, StringComparison.OrdinalIgnoreCase)) at = i;
                if (at >= 0)
                {
                    drop = stack[at].Dropped;
                    stack.RemoveRange(at, stack.Count - at);
                }
            }
            else if (!selfClosing)
            {
                drop = stack.Count >= maxDepth && !KeptBlocks.Contains(name);
                stack.Add((name, drop));
            }
            if (!drop) continue;
            output ??= new StringBuilder(html.Length);
            output.Append(html, copied, tag.Index - copied);
            copied = tag.Index + tag.Length;
        }
        if (output is null) return html;
        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }

    /// <summary>
    /// Markup Readability is given at most: it costs about 4 s per MB here (a 15.5 MB page took 109 s and 740 MB),
    /// while 2 MB of markup without scripts and styles holds far more text than the 20,000 words an article is
    /// judged by. Scripts, styles, comments and inline SVG go first, so the cut falls on text, not on code.
    /// </summary>
    public const int MaxReadableChars = 2_000_000;

    public static string Shrink(string html)
    {
        if (html.Length <= MaxReadableChars) return html;
        var lean = NonText().Replace(html, "");
        return lean.Length <= MaxReadableChars ? lean : lean[..MaxReadableChars];
    }

    [GeneratedRegex(@"<script\b[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>|<svg\b[^>]*>.*?</svg\s*>|<!--.*?-->", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex NonText();

    /// <summary>A tag; no "&lt;" inside, so a stray "&lt;" in text can never make a match run on.</summary>
    [GeneratedRegex(@"<(/?)([a-zA-Z!][a-zA-Z0-9:-]*)[^<>]*>")]
    private static partial Regex Tag();
}
