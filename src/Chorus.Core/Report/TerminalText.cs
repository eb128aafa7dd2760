using System.Text;

namespace Chorus.Report;

/// <summary>
/// Article text made safe to print on a terminal. Titles, outlet names and sentences come from whoever wrote the
/// page: an escape character in them could clear the reader's screen or retitle their terminal, and a
/// bidirectional override could make a line read other than it is. Those characters are dropped; what they
/// framed stays visible as plain text.
/// </summary>
public static class TerminalText
{
    /// <summary>Drops C0 controls (keeping line breaks and tabs; a carriage return not ending a line would let text
    /// overwrite its own line), DEL, C1 controls and bidirectional embeddings, overrides and isolates.</summary>
    public static string Safe(string text)
    {
        int i = 0;
        while (i < text.Length && !IsUnsafe(text, i)) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
            if (!IsUnsafe(text, i)) sb.Append(text[i]);
        return sb.ToString();
    }

    /// <summary><see cref="Safe"/>, and line breaks and tabs become spaces: for one-line fields (titles, outlets,
    /// ids) that must not start a fake line of output.</summary>
    public static string SafeLine(string text)
    {
        var safe = Safe(text);
        return safe.IndexOfAny(['\r', '\n', '\t']) < 0 ? safe : safe.Replace("\r\n", " ").Replace('\n', ' ').Replace('\t', ' ');
    }

    private static bool IsUnsafe(string text, int i) => IsUnsafe(text[i]) && !(text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n');

    private static bool IsUnsafe(char c) =>
        (c < 0x20 && c is not '\n' and not '\t')
        || c is >= '\u007F' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
