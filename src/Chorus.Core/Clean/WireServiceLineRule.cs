using System.Text.RegularExpressions;

namespace Chorus.Clean;

/// <summary>
/// Lines a news service sends its subscribing editors, not its readers: the service credit ("c.1998 N.Y. Times News
/// Service"), the transmission stamp ("NYT-10-16-98 1234EDT", "AP-NY-10-16-98 1221EDT"), instructions for cutting
/// and placing the story ("(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)", "(BEGIN OPTIONAL TRIM)", "(Optional add
/// end)", "END ADVANCE FOR SUNDAY, OCT. 18", "MORE", "(ATTN: Texas editors)"), editors' notes ("Eds: Updates with
/// vote", "EDITORS: This story …"), separator rules ("___"), end marks ("-0-") and the desk's sign-off initials
/// ("bur/jm"). Each is set apart on a line of its own in the copy of every service of the era.
/// </summary>
public sealed partial class WireServiceLineRule : IParagraphRule
{
    public const string Reason = "news service line";

    public string? Check(ParagraphContext p)
    {
        var text = p.Text;
        if (p.Words > 40) return null;
        var start = text.AsSpan().TrimStart();
        if (start.Length == 0) return null;
        // Cheap tests first: most paragraphs are reporting, and each pattern below needs a mark its lines all carry.
        char first = start[0];
        if (!char.IsLetterOrDigit(first) && Separator().IsMatch(text)) return Reason;
        if (first is 'E' or 'e' && EditorsNote().IsMatch(text)) return Reason;
        if (p.Words > 25) return null;
        bool bracketed = first is '(' or '[';
        bool capitals = !start.ContainsAnyInRange('a', 'z');
        return (start.Contains("Service", StringComparison.Ordinal) || first is 'c' or '(' or '©') && ServiceCredit().IsMatch(text)
               || (capitals || bracketed) && (Stamp().IsMatch(text) || Instruction().IsMatch(text) || EndMark().IsMatch(text))
               || first is >= 'a' and <= 'z' && start.Contains('/') && SignOffInitials().IsMatch(text) ? Reason : null;
    }

    /// <summary>"___", "----", "= = =", a lone "^": a rule or marker, nothing to read.</summary>
    [GeneratedRegex(@"^[\s_\-=*~^#+]{3,}$|^\s*\^\s*$")]
    private static partial Regex Separator();

    /// <summary>"c.1998 N.Y. Times News Service", "(c) 1999, The Washington Post", "Distributed by Scripps Howard
    /// News Service", "New York Times News Service": a year-stamped or service-named credit standing alone.</summary>
    [GeneratedRegex(@"^\W{0,2}(?:(?:c\.|\(c\)|©)\s?(?:19|20)\d{2}\b.{0,60}|(?:Distributed by|Transmitted by)?\s*(?:the\s+)?[A-Z][\w.'&\-]*(?:[\s\-/]+[A-Z][\w.'&\-]*){0,6}\s+News\s+Service\.?)$")]
    private static partial Regex ServiceCredit();

    /// <summary>"NYT-10-16-98 1234EDT", "AP-NY-10-16-98 1221EDT", "10-16-98 0412AES": routing codes, a date and a
    /// clock time in a time zone.</summary>
    [GeneratedRegex(@"^(?:[A-Z]{2,5}-){0,3}\d{1,2}-\d{1,2}-\d{2,4}\s+\d{3,4}\s?[A-Z]{3}\b.{0,20}$")]
    private static partial Regex Stamp();

    /// <summary>Story-placement instructions, in brackets or standing alone in capitals.</summary>
    [GeneratedRegex(@"^\s*[(\[]\s*(?:STORY CAN END HERE|(?:BEGIN |END )?OPTIONAL\b|OPT(?:ION)?\.? ADD|(?:BEGIN|END) (?:TRIM|ADVANCE)|ATTN\b|ATTENTION\b|FOR USE BY\b|NOT FOR PUBLICATION|EDS?\b|EDITORS?\b|EMBARGOED|MORE\b|ADVANCE FOR\b|RELEASE AT\b|(?:NEWS )?SERVICE NOTE|CORRECTS?\b|ADDS\b|UPDATES\b|SUBS\b|NEW LEDE|REPEATING|NOTE TO EDITORS)[^()\[\]]{0,200}[)\]]\s*$|^\s*(?:END ADVANCE FOR\b.{0,60}|ADVANCE FOR (?:USE |RELEASE )?.{0,60}|(?:BEGIN|END) OPTIONAL TRIM.{0,20}|MORE|ENDIT|END ADV\b.{0,40})$", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();

    /// <summary>"Eds: Updates with vote count.", "EDITORS: The following story contains language …", "Editor's note: …"
    /// set as a line of its own.</summary>
    [GeneratedRegex(@"^\W{0,2}(?:Eds|EDS|EDITORS|Editors|EDITOR'S NOTE)\s*:")]
    private static partial Regex EditorsNote();

    /// <summary>"-0-", "(END)", "(AP)" alone, "# # #": the end of a take.</summary>
    [GeneratedRegex(@"^\s*(?:-0-|\(END\)|END|\([A-Z]{2,5}\)|#\s*#\s*#)\s*$")]
    private static partial Regex EndMark();

    /// <summary>"bur/jm", "sst/dab/mb": the desk's initials that close agency copy.</summary>
    [GeneratedRegex(@"^\s*[a-z]{2,4}(?:\s*/\s*[a-z]{2,4}){1,3}\s*$")]
    private static partial Regex SignOffInitials();
}
