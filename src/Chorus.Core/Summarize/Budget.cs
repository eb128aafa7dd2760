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

    public override string ToString() => $"{Limit} {Unit.ToString().ToLowerInvariant()}";
}
