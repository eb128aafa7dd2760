using Chorus.Ingest;

namespace Chorus.Summarize;

/// <param name="Sources">Ids of every document that carries this sentence (verbatim or nearly).</param>
/// <param name="SentenceIndex">Index of the chosen sentence in the linked cluster (-1 for text not drawn from one);
/// the first of them when a quotation runs over several sentences shown together.</param>
/// <param name="AddedSpeaker">Who speaks a quotation whose sentence does not say it, as the quote analysis found
/// it: added by Chorus, so shown marked as added (<c>Speaker: "…"</c>), never silently.</param>
public sealed record SummarySentence(string Text, IReadOnlyList<string> Sources, int SentenceIndex, string? AddedSpeaker = null)
{
    /// <summary>The sentence's text as shown, with a space a page's conversion left before a mark closed (<see cref="SpacedPunctuation"/>).</summary>
    public string Text { get; init; } = SpacedPunctuation.Closed(Text);

    /// <summary>The sentence as a reader sees it: with the added speaker in front.</summary>
    public string Shown => AddedSpeaker is null ? Text : $"{AddedSpeaker}: {Text}";
}

public sealed record Summary(string Method, Budget Budget, IReadOnlyList<SummarySentence> Sentences)
{
    public int Words => Sentences.Sum(s => TextStats.CountWords(s.Text));

    public string Text => string.Join(' ', Sentences.Select(s => s.Text));
}
