using System.Text;
using Chorus.Ingest;

namespace Chorus.Summarize;

public enum BudgetUnit { Words, Bytes, Sentences }

/// <summary>How long a summary may be: the unit and the limit (default 100 words).</summary>
public sealed record Budget(BudgetUnit Unit, int Limit)
{
    public static Budget Default { get; } = new(BudgetUnit.Words, 100);

    public static Budget Words(int n) => new(BudgetUnit.Words, n);

    /// <summary>The size of a text in this budget's unit (a sentence counts 1 in the sentence unit).</summary>
    public int SizeOf(string sentence) => Unit switch
    {
        BudgetUnit.Words => TextStats.CountWords(sentence),
        BudgetUnit.Bytes => Encoding.UTF8.GetByteCount(sentence) + 1,
        _ => 1,
    };

    /// <summary>The size of a text as shown after an added speaker ("Speaker: text"), without building that string:
    /// the colon joins the speaker's last word (or stands alone after white space, or an empty speaker), and the
    /// space after it parts the speaker's words from the text's.</summary>
    public int SizeOf(string? speaker, string sentence)
    {
        if (speaker is null) return SizeOf(sentence);
        return Unit switch
        {
            BudgetUnit.Words => TextStats.CountWords(speaker) + (speaker.Length == 0 || char.IsWhiteSpace(speaker[^1]) ? 1 : 0) + TextStats.CountWords(sentence),
            BudgetUnit.Bytes => Encoding.UTF8.GetByteCount(speaker) + 2 + Encoding.UTF8.GetByteCount(sentence) + 1,
            _ => 1,
        };
    }

    public override string ToString() => $"{Limit} {Unit.ToString().ToLowerInvariant()}";
}
