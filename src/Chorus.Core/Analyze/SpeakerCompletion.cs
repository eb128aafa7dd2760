using Chorus.Link;
using Chorus.Segment;
using static Chorus.Analyze.FullNameCompletion;

namespace Chorus.Analyze;

/// <summary>A speaker as the quotation's outlet gives it, made whole: a surname completed from its own document
/// ("Markham said" in a story naming Sarah Markham), else the fullest form of the name in the cluster.</summary>
internal sealed class SpeakerCompletion(LinkedCluster cluster, IEnumerable<string> speakers)
{
    private readonly Dictionary<string, string> _canonical = NameForms.Canonical(speakers);
    private readonly Dictionary<string, IReadOnlyList<Sentence>> _byDoc =
        cluster.Articles.Where(a => a.Sentences.Count > 0).ToDictionary(a => a.Sentences[0].DocId, a => a.Sentences);
    private readonly Dictionary<(string Doc, string Surname), string?> _fullNames = [];
    private readonly Dictionary<string, string> _docTexts = new(StringComparer.Ordinal);

    public string? Complete(string? speaker, string docId)
    {
        if (speaker is null) return null;
        // A name of two words or more is whole, unless it is a surname with its particle ("Le Pichon", "Abdel
        // Fattah") that the story gives in full elsewhere ("Jean-Baptiste Le Pichon").
        if (speaker.Contains(' ') && !SurnameParticles.Contains(speaker.Split(' ')[0])) return _canonical[speaker];
        var key = (docId, speaker);
        if (!_fullNames.TryGetValue(key, out var full))
        {
            if (!_docTexts.TryGetValue(docId, out var text)) _docTexts[docId] = text = DocumentText(_byDoc[docId]);
            _fullNames[key] = full = FullNameInDocument(speaker, text);
        }
        return full ?? _canonical[speaker];
    }
}
