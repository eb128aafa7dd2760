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
    /// <summary>The document whose text the thread's buffer holds, and its length there: the quotations come document
    /// by document, so each document's text is written once.</summary>
    private string? _textDoc;
    private int _textLength;

    /// <summary>Which completion's document the thread's buffer holds (0 for none), by number rather than by
    /// reference, so the buffer does not keep a finished cluster alive.</summary>
    private readonly long _id = Interlocked.Increment(ref s_lastId);
    private static long s_lastId;

    [ThreadStatic] private static char[]? t_text;
    [ThreadStatic] private static long t_textOwner;

    /// <summary>A buffer longer than this (a whole book as one input) is not kept for the clusters after it.</summary>
    private const int KeptTextLength = 1 << 18;

    public string? Complete(string? speaker, string docId)
    {
        if (speaker is null) return null;
        // A name of two words or more is whole, unless it is a surname with its particle ("Le Pichon", "Abdel
        // Fattah") that the story gives in full elsewhere ("Jean-Baptiste Le Pichon").
        if (speaker.Contains(' ') && !SurnameParticles.Contains(speaker.Split(' ')[0])) return _canonical[speaker];
        var key = (docId, speaker);
        if (!_fullNames.TryGetValue(key, out var full))
        {
            var buffer = t_text ??= new char[16 * 1024];
            if (_textDoc != docId || t_textOwner != _id)
            {
                _textLength = DocumentText(_byDoc[docId], ref buffer);
                (_textDoc, t_textOwner) = (docId, _id);
            }
            _fullNames[key] = full = FullNameInDocument(speaker, buffer.AsSpan(0, _textLength));
            if (buffer.Length <= KeptTextLength) t_text = buffer;
            else (t_text, t_textOwner) = (null, 0);
        }
        return full ?? _canonical[speaker];
    }
}
