using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Chorus.Evaluate;

/// <summary>
/// A document's file as annotators read it: UTF-8 without its BOM, addressed by code point. Analysis items carry
/// cleaned and re-spaced sentence text, so they are found here by their letters and digits alone (the
/// fingerprint), which survives whitespace collapsing and dropped paragraphs.
/// </summary>
public sealed class RawText
{
    private readonly string _text;
    private readonly int[] _utf16Of;      // code point index -> UTF-16 index (one past the end included)
    private readonly string _fingerprint;
    private readonly int[] _codePointOf;  // fingerprint index -> code point index in the file

    public RawText(string text)
    {
        _text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        var utf16 = new List<int>();
        var fingerprint = new StringBuilder();
        var codePointOf = new List<int>();
        int cp = 0;
        for (int i = 0; i < _text.Length; cp++)
        {
            utf16.Add(i);
            var rune = Rune.GetRuneAt(_text, i);
            if (IsAlphanumeric(rune) && !IsMojibakeLead(_text, i))
                foreach (var c in rune.ToString().ToLowerInvariant()) { fingerprint.Append(c); codePointOf.Add(cp); }
            i += rune.Utf16SequenceLength;
        }
        utf16.Add(_text.Length);
        _utf16Of = utf16.ToArray();
        _fingerprint = fingerprint.ToString();
        _codePointOf = codePointOf.ToArray();
    }

    public static RawText Read(string path) => new(File.ReadAllText(path, new UTF8Encoding(false)));

    public int Length => _utf16Of.Length - 1;

    /// <summary>The text between two code-point offsets, or null when they fall outside the file.</summary>
    public string? Slice(int start, int end) =>
        start < 0 || end > Length || start > end ? null : _text[_utf16Of[start].._utf16Of[end]];

    /// <summary>Where the letters and digits of <paramref name="needle"/> occur first at or after code point
    /// <paramref name="from"/>, as code-point offsets from its first to just past its last letter or digit.</summary>
    public (int Start, int End)? Find(string needle, int from = 0)
    {
        var key = Fingerprint(needle);
        if (key.Length == 0) return null;
        int at = Array.BinarySearch(_codePointOf, from);
        if (at < 0) at = ~at;
        int k = at >= _fingerprint.Length ? -1 : _fingerprint.IndexOf(key, at, StringComparison.Ordinal);
        if (k < 0) return null;
        return (_codePointOf[k], _codePointOf[k + key.Length - 1] + 1);
    }

    /// <summary>"â\u0080\u009c": a curly quotation mark's UTF-8 bytes read as Latin-1. The cleaner repairs it to the
    /// mark, which has no letter, so the letter that opens the broken sequence is not looked for either (a sentence
    /// holding one was otherwise never found in its file). Only the search skips it: the annotation check keeps
    /// the file's letters as annotators saw them.</summary>
    private static bool IsMojibakeLead(string text, int i) =>
        text[i] == 'â' && i + 1 < text.Length && text[i + 1] is >= '\u0080' and <= '\u009F';

    /// <summary>Python's <c>isalnum</c>: letters and every kind of number (so "½" counts, as it does for annotators).</summary>
    private static bool IsAlphanumeric(Rune r) => Rune.GetUnicodeCategory(r) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or
        UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    public static string Fingerprint(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
            if (IsAlphanumeric(rune)) sb.Append(rune.ToString());
        return sb.ToString().ToLowerInvariant();
    }

    /// <summary>The annotation check: the first 8 hex digits of SHA-256 over the span's fingerprint in UTF-8.</summary>
    public static string Check(string span) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Fingerprint(span))))[..8];
}
