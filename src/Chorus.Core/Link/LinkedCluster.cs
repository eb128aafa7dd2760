using Chorus.Segment;

namespace Chorus.Link;

/// <summary>Sentences that say the same thing in (nearly) the same words, wherever they appear.</summary>
/// <param name="Members">Indexes into <see cref="LinkedCluster.Sentences"/>, in reading order.</param>
/// <param name="Sources">Ids of the documents that carry the sentence, in cluster order, each once.</param>
public sealed record SentenceGroup(int Id, IReadOnlyList<int> Members, IReadOnlyList<string> Sources);

/// <summary>The output of the link stage: every article sentence, and the group each belongs to.</summary>
public sealed record LinkedCluster(
    IReadOnlyList<SegmentedDocument> Documents,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<SentenceGroup> Groups,
    IReadOnlyList<int> GroupOf)
{
    public SentenceGroup GroupOfSentence(int sentence) => Groups[GroupOf[sentence]];

    public IEnumerable<SegmentedDocument> Articles => Documents.Where(d => d.Document.IsArticle);
}
