using System.Text;
using UtfUnknown;

namespace Chorus.Ingest;

/// <summary>
/// Turns raw bytes into text. News sites still serve Windows-1252 and Latin-1, so undecodable UTF-8 is not an
/// error: the charset is detected (UTF.Unknown) and the bytes decoded with it.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Length >= 2 && ((sample[0] == 0xFF && sample[1] == 0xFE) || (sample[0] == 0xFE && sample[1] == 0xFF)))
            return false; // UTF-16 with a byte-order mark
        int control = 0;
        foreach (byte b in sample)
        {
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
        }
        return sample.Length > 0 && control > sample.Length / 20;
    }

    /// <returns>The text and the name of the encoding it was decoded from.</returns>
    public static (string Text, string Encoding) Decode(byte[] bytes) => Decode(bytes.AsSpan());

    /// <summary>Decodes into a buffer rented from <see cref="SmallArrayPool{T}"/> (the caller returns it there): what <see cref="Decode(ReadOnlySpan{byte})"/>
    /// gives, without making the whole text a string when only its lines are kept.</summary>
    public static int DecodeInto(ReadOnlySpan<byte> bytes, out char[] rented)
    {
        var (encoding, skip) = EncodingOf(bytes);
        var body = bytes[skip..];
        rented = SmallArrayPool<char>.Rent(Math.Max(1, encoding.GetMaxCharCount(body.Length)));
        return Repaired(rented.AsSpan(0, encoding.GetChars(body, rented)));
    }

    /// <summary>What every decoded text goes through: invisibles out, misdecoded characters (<see cref="MojibakeRepair"/>)
    /// and typewriter quotation marks (<see cref="TypewriterQuotes"/>) read as what they stand for, a spaced underscore
    /// read as the dash older wire copy meant by it.</summary>
    /// <returns>The new length (never longer).</returns>
    private static int Repaired(Span<char> text)
    {
        int length = WithoutInvisibles(text);
        length = MojibakeRepair.RepairInPlace(text[..length]);
        length = TypewriterQuotes.NormalizeInPlace(text[..length]);
        UnderscoreDashes(text[..length]);
        return length;
    }

    private static string Repaired(string text)
    {
        if (text.AsSpan().IndexOfAny(Invisibles) < 0 && !MojibakeRepair.MayNeed(text) && !TypewriterQuotes.Uses(text) && !text.Contains(" _ ", StringComparison.Ordinal)) return text;
        var chars = text.ToCharArray();
        return new string(chars, 0, Repaired(chars.AsSpan()));
    }

    /// <summary>"The levee _ built in 1952 _ gave way": a lone underscore between spaces is the typewriter's dash (one
    /// character for one). Underscores inside words, runs of them ("___" separator lines) and line ends stay.</summary>
    private static void UnderscoreDashes(Span<char> text)
    {
        int at = 0;
        while (at < text.Length)
        {
            int found = text[at..].IndexOf(" _ ");
            if (found < 0) return;
            at += found;
            text[at + 1] = '—';
            at += 2;
        }
    }

    /// <summary>Zero-width spaces and joiners, word joiners, stray byte-order marks and soft hyphens: invisible in a
    /// browser, but they split words, defeat matching and show up as garbage in a terminal.</summary>
    private static readonly System.Buffers.SearchValues<char> Invisibles = System.Buffers.SearchValues.Create("\u200B\u200C\u200D\u2060\uFEFF\u00AD");

    /// <summary>Removes the invisible characters in place.</summary>
    /// <returns>The new length.</returns>
    private static int WithoutInvisibles(Span<char> text)
    {
        int next = text.IndexOfAny(Invisibles);
        if (next < 0) return text.Length;
        int kept = next;
        for (int i = next + 1; i < text.Length; i++)
            if (!Invisibles.Contains(text[i])) text[kept++] = text[i];
        return kept;
    }

    /// <summary>The encoding <see cref="Decode(ReadOnlySpan{byte})"/> decodes with, and the length of its byte-order mark.</summary>
    private static (Encoding Encoding, int Skip) EncodingOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return (StrictUtf8, 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return (Encoding.Unicode, 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return (Encoding.BigEndianUnicode, 2);
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return (StrictUtf8, 0);
        }
        catch (DecoderFallbackException) { return (DetectedEncoding(bytes), 0); }
    }

    private static Encoding DetectedEncoding(ReadOnlySpan<byte> bytes)
    {
        // Not UTF-8: ask the detector, but only trust single-byte Western answers or a confident one;
        // short news texts otherwise get misread as Cyrillic or Greek code pages.
        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        Encoding encoding = Encoding.GetEncoding(1252);
        if (detected?.Encoding is { } e && detected.Confidence >= 0.5f && e.CodePage != Encoding.UTF8.CodePage)
            encoding = e;
        return encoding;
    }

    /// <summary>Decodes bytes held in a buffer the caller owns (a pooled one, longer than the content).</summary>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return (Repaired(StrictUtf8.GetString(bytes[3..])), "utf-8");
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return (Repaired(Encoding.Unicode.GetString(bytes[2..])), "utf-16le");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return (Repaired(Encoding.BigEndianUnicode.GetString(bytes[2..])), "utf-16be");
        try
        {
            return (Repaired(StrictUtf8.GetString(bytes)), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            var encoding = DetectedEncoding(bytes);
            return (Repaired(encoding.GetString(bytes)), encoding.WebName);
        }
    }
}
