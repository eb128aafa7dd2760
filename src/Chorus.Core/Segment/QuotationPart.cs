namespace Chorus.Segment;

/// <summary>A sentence's part in a quotation.</summary>
public enum QuoteRole
{
    /// <summary>No quotation mark, and not inside a quotation.</summary>
    None,
    /// <summary>Every quotation it has opens and closes within it.</summary>
    Whole,
    /// <summary>Opens a quotation that later sentences close.</summary>
    Opens,
    /// <summary>Inside a quotation opened before and closed after it.</summary>
    Inside,
    /// <summary>Closes a quotation opened by an earlier sentence.</summary>
    Closes,
    /// <summary>Carries a mark with no partner anywhere: a typo or a cut in the source.</summary>
    Stray,
}

/// <param name="First">Position (in the document) of the sentence that opens the quotation; the sentence's own
/// position when it is not part of a quotation over several sentences.</param>
/// <param name="Last">Position of the sentence that closes it.</param>
/// <param name="Repaired">For a stray mark whose partner has only one possible place: the text with the partner added.</param>
public readonly record struct QuotationPart(QuoteRole Role, int First, int Last, string? Repaired = null)
{
    public static QuotationPart Outside(int position) => new(QuoteRole.None, position, position);

    /// <summary>Several sentences that a reader must see together, or not at all.</summary>
    public bool SpansSentences => Role is QuoteRole.Opens or QuoteRole.Inside or QuoteRole.Closes;
}
