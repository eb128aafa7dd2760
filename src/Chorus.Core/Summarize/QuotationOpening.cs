using Chorus.Ingest;
using Chorus.Segment;

namespace Chorus.Summarize;

/// <summary>
/// A unit that opens on someone's words — shown with its speaker ("Phil Schiller: “Courage …”"), or a quotation of
/// four or more words that starts within its first few words ("The Lacey Act, Johnson wrote, “does not …”") — tells
/// how someone saw the event, not the event: a summary opens on a report when it has one. A title in marks ("“Saturday
/// Night Live” funnyman …") quotes fewer words and is not speech; a quotation at the end of a report ("…, despite
/// objections from Democrats who said “…”") comes after the event is told.
/// </summary>
public static class QuotationOpening
{
    /// <summary>Words before the quotation that still make it the unit's opening: an attribution placed first ("Johnson
    /// wrote,", "The Lacey Act, Johnson wrote,").</summary>
    private const int MaxWordsBefore = 6;

    public static bool Opens(CandidateUnit unit)
    {
        if (unit.AddedSpeaker is not null) return true;
        var text = unit.Text;
        int mark = text.AsSpan().IndexOfAny(QuotationMarks.Open, QuotationMarks.Straight);
        return mark >= 0 && TextStats.CountWords(text.AsSpan(0, mark)) <= MaxWordsBefore && QuotationMarks.QuotesWords(text[mark..]);
    }
}
