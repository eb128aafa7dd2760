using System.Text.RegularExpressions;
using Chorus.Clean;
using Chorus.Text;

namespace Chorus.Summarize;

/// <summary>
/// A sentence that names an event by a definite description only an earlier sentence explains: "… lobbied against its
/// release.", "… made the announcement Monday …", "… before the incident.", "… since the attack …". In the middle of a
/// summary the event has been told; as its first sentence it leaves the reader asking which release, which
/// announcement. A description the sentence completes ("the release of the memo", "the attack that killed …") names
/// the event.
/// </summary>
public static partial class UnseenReferent
{
    public static bool Points(string text) => text.Length > 20 && DescriptionGate.IsMatch(text);

    /// <summary>Every match holds one of the event's nouns.</summary>
    internal static readonly GatedPattern DescriptionGate = new(Description(),
        "release", "decision", "announcement", "move", "remarks", "comments", "warning", "ruling", "verdict", "proposal",
        "request", "deal", "incident", "attack", "shooting", "crash", "change", "plan");

    [GeneratedRegex(@"\b(against|about|over|after|before|despite|following|since|made|gave|issued|announced|delayed|blocked|approved|opposed|welcomed|criticized|defended)\s+(its|their|the)\s+(release|decision|announcement|move|remarks|comments|warning|ruling|verdict|proposal|request|deal|incident|attack|shooting|crash|change|plan)\b(?!\s*(of|that|to|by|on|in|for|from|at|which|who|where|when|,\s*which|,\s*who)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Description();
}
