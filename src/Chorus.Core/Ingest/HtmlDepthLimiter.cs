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
                drop = stack.Count >= maxDepth;
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

    /// <summary>A tag; no "&lt;" inside, so a stray "&lt;" in text can never make a match run on.</summary>
    [GeneratedRegex(@"<(/?)([a-zA-Z!][a-zA-Z0-9:-]*)[^<>]*>")]
    private static partial Regex Tag();
}
