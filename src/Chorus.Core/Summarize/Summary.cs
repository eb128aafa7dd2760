using Chorus.Ingest;

namespace Chorus.Summarize;

/// <param name="Sources">Ids of every document that carries this sentence (verbatim or nearly).</param>
/// <param name="SentenceIndex">Index of the chosen sentence in the linked cluster (-1 for text not drawn from one).</param>
public sealed record SummarySentence(string Text, IReadOnlyList<string> Sources, int SentenceIndex);

public sealed record Summary(string Method, Budget Budget, IReadOnlyList<SummarySentence> Sentences)
{
    public int Words => Sentences.Sum(s => TextStats.CountWords(s.Text));

    public string Text => string.Join(' ', Sentences.Select(s => s.Text));
}
