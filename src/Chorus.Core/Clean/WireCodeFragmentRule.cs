using Chorus.Ingest;

namespace Chorus.Clean;

/// <summary>
/// SGML typesetting codes left in text converted from newswire SGML without decoding them ("… the vote &amp;QL;",
/// "&amp;UR;Senate&amp;LR;", "Johnson &amp;AMP; Johnson"): the codes go, the character references become their
/// characters (<see cref="WireEntities.DecodeWireCodes"/>). Only the wire's own capitalised codes count, so an
/// "AT&amp;T;" typed in ordinary text stays.
/// </summary>
public sealed class WireCodeFragmentRule : IFragmentRule
{
    public const string Reason = "SGML code";

    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        if (!WireEntities.HasWireCode(paragraph)) return null;
        var kept = string.Join(' ', WireEntities.DecodeWireCodes(paragraph).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return (kept, new Removal(string.Join(' ', WireEntities.WireCodesIn(paragraph)), Reason));
    }
}
