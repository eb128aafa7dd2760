using Chorus.Ingest;

namespace Chorus.Clean;

/// <summary>
/// The agency dateline that carries the day after a place of several words or a place and its region ("NEW YORK,
/// March 12 (Xinhua) -- …", "INDEPENDENCE, Missouri, March 12 (AFP) - …"), which <see cref="DatelineFragmentRule"/>
/// reads only after a one-word place. Left in, it opens a summary sentence.
/// </summary>
public sealed class DatedWireDatelineFragmentRule : IFragmentRule
{
    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        var (length, _) = DatedWireDateline.Match(paragraph);
        if (length == 0) return null;
        return (paragraph[length..], new Removal(paragraph[..length].Trim(), DatelineFragmentRule.Reason));
    }
}
