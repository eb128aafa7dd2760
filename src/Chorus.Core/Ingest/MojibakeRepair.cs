using System.Text;

namespace Chorus.Ingest;

/// <summary>
/// Text that went through a wrong decoder before it reached us. Two shapes are common in crawled and archived news:
/// UTF-8 bytes read as Latin-1 or Windows-1252 ("â\u0080\u009c" or "â€œ" for “, "Ã©" for é, sometimes twice over),
/// and Windows-1252 bytes read as Latin-1, which leaves C1 control characters (U+0097 for an em dash, U+0092 for
/// an apostrophe) that no real text contains.
/// </summary>
public static class MojibakeRepair
{
    private static readonly Encoding Cp1252;
    private static readonly Dictionary<char, byte> Cp1252Bytes = new();

    static MojibakeRepair()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Cp1252 = Encoding.GetEncoding(1252);
        var chars = Cp1252.GetChars(Enumerable.Range(0x80, 0x20).Select(b => (byte)b).ToArray());
        for (int i = 0; i < chars.Length; i++)
            if (chars[i] != '\uFFFD' && chars[i] >= 0x100) Cp1252Bytes[chars[i]] = (byte)(0x80 + i);
    }

    /// <summary>Whether the text may hold either shape: a character of U+0080–U+009F, or a lead character of a
    /// misread UTF-8 sequence (Â–ô).</summary>
    public static bool MayNeed(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\u0080', '\u009F') >= 0 || text.IndexOfAnyInRange('\u00C2', '\u00F4') >= 0;

    /// <summary>Each C1 control read as the Windows-1252 character its byte stands for (one character for one, so
    /// offsets into the text hold); the five bytes 1252 leaves undefined become a space.</summary>
    public static void MapControlsInPlace(Span<char> text)
    {
        for (int i = 0; i < text.Length; i++)
            if (text[i] is >= '\u0080' and <= '\u009F') text[i] = Cp1252Char((byte)text[i]);
    }

    private static char Cp1252Char(byte b)
    {
        Span<char> one = stackalloc char[2];
        int n = Cp1252.GetChars([b], one);
        return n == 1 && one[0] != '\uFFFD' && one[0] is not (>= '\u0080' and <= '\u009F') ? one[0] : ' ';
    }

    /// <summary>Re-decodes every run of characters whose bytes (Latin-1, or Windows-1252 for its specials) form a
    /// multi-byte UTF-8 sequence; twice, for text misread twice. Then maps the C1 controls left.</summary>
    /// <returns>The new length (never longer).</returns>
    public static int RepairInPlace(Span<char> text)
    {
        if (!MayNeed(text)) return text.Length;
        int length = text.Length;
        for (int pass = 0; pass < 2; pass++)
        {
            int shrunk = RedecodeInPlace(text[..length]);
            if (shrunk == length) break;
            length = shrunk;
        }
        MapControlsInPlace(text[..length]);
        return length;
    }

    public static string Repair(string text)
    {
        if (!MayNeed(text)) return text;
        var chars = text.ToCharArray();
        return new string(chars, 0, RepairInPlace(chars));
    }

    private static int RedecodeInPlace(Span<char> text)
    {
        int write = 0;
        Span<byte> bytes = stackalloc byte[4];
        Span<char> decoded = stackalloc char[2];
        for (int read = 0; read < text.Length;)
        {
            int need = SequenceLength(text[read]);
            if (need > 0 && read + need <= text.Length && TryBytes(text.Slice(read, need), bytes[..need]) && TryDecode(bytes[..need], decoded, out int decodedLength))
            {
                for (int k = 0; k < decodedLength; k++) text[write++] = decoded[k];
                read += need;
                continue;
            }
            text[write++] = text[read++];
        }
        return write;
    }

    /// <summary>How many bytes a UTF-8 sequence led by this character's byte has; 0 when it leads none.</summary>
    private static int SequenceLength(char lead) => lead switch
    {
        >= '\u00C2' and <= '\u00DF' => 2,
        >= '\u00E0' and <= '\u00EF' => 3,
        >= '\u00F0' and <= '\u00F4' => 4,
        _ => 0,
    };

    private static bool TryBytes(ReadOnlySpan<char> chars, Span<byte> bytes)
    {
        bytes[0] = (byte)chars[0];
        for (int i = 1; i < chars.Length; i++)
        {
            char c = chars[i];
            byte b;
            if (c is >= '\u0080' and <= '\u00BF') b = (byte)c;
            else if (!Cp1252Bytes.TryGetValue(c, out b)) return false;
            if (b is < 0x80 or > 0xBF) return false;
            bytes[i] = b;
        }
        return true;
    }

    private static bool TryDecode(ReadOnlySpan<byte> bytes, Span<char> decoded, out int length)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, decoded, out int used, out length, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done && used == bytes.Length && length > 0 && length < bytes.Length;
    }
}
