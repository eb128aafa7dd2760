using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Chorus.Web.Pages;

/// <summary>
/// Builds a page as text. Everything that comes from an article or a request goes through <see cref="Text"/>
/// (HTML-encoded, bidirectional controls isolated in <c>&lt;bdi&gt;</c>) or <see cref="Attr"/>; markup is only
/// ever a literal of this program. Links are made from paths we build, or from http(s) URLs.
/// </summary>
public sealed class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder builder = new(16 * 1024);

    /// <summary>Literal markup written by this program; never pass it text from outside.</summary>
    public Html Raw(string markup) { builder.Append(markup); return this; }

    /// <summary>Text from an article or a user, encoded; isolated so a right-to-left override cannot reorder
    /// what surrounds it.</summary>
    public Html Text(string? text)
    {
        if (string.IsNullOrEmpty(text)) return this;
        bool bidi = text.Any(IsBidiControl);
        if (bidi) builder.Append("<bdi>");
        builder.Append(Encoder.Encode(text));
        if (bidi) builder.Append("</bdi>");
        return this;
    }

    /// <summary>Text where <c>&lt;bdi&gt;</c> would not work: the page's <c>&lt;title&gt;</c> (no markup inside) and SVG
    /// <c>&lt;text&gt;</c>/<c>&lt;title&gt;</c> (SVG does not know it). Encoded; each of these is its own
    /// bidirectional paragraph, so an override ends with it.</summary>
    public Html PlainText(string? text)
    {
        if (!string.IsNullOrEmpty(text)) builder.Append(Encoder.Encode(text));
        return this;
    }

    public Html Text(long value) { builder.Append(value.ToString(CultureInfo.InvariantCulture)); return this; }

    /// <summary>An attribute value, encoded (quotes included) for a double-quoted attribute.</summary>
    public static string Attr(string? value) => Encoder.Encode(value ?? "");

    public Html Element(string tag, string? text, string? cls = null)
    {
        builder.Append('<').Append(tag);
        if (cls is not null) builder.Append(" class=\"").Append(Attr(cls)).Append('"');
        builder.Append('>');
        Text(text);
        builder.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>A link inside the reader: <paramref name="path"/> is a path this program built.</summary>
    public Html Link(string path, string? text, string? cls = null)
    {
        builder.Append("<a href=\"").Append(Attr(path)).Append('"');
        if (cls is not null) builder.Append(" class=\"").Append(Attr(cls)).Append('"');
        builder.Append('>');
        Text(text);
        builder.Append("</a>");
        return this;
    }

    /// <summary>A link to an article's source: only http and https URLs become links (never <c>javascript:</c>,
    /// <c>data:</c> …), opened without handing the source our page.</summary>
    public Html SourceLink(string? url, string? text)
    {
        if (SafeUrl(url) is { } safe)
            builder.Append("<a href=\"").Append(Attr(safe)).Append("\" rel=\"noopener noreferrer\">").Append(Encoder.Encode(text ?? safe)).Append("</a>");
        else Text(text ?? url);
        return this;
    }

    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u.AbsoluteUri : null;

    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    public override string ToString() => builder.ToString();
}
