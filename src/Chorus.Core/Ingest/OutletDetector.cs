using System.Text.RegularExpressions;
using Chorus.Text;

namespace Chorus.Ingest;

/// <summary>
/// The outlet an article names as its own, for text that arrives without metadata. Only self-identifying
/// signals count — a wire credit in the dateline that opens the body, a Reuters reporting/editing sign-off, a
/// copyright line or an "originally appeared on" line at the end — because an article that cites another outlet
/// ("according to Reuters", "told CNN") is not that outlet. When no rule is sure, the answer is null: no outlet is
/// better than a wrong one.
/// </summary>
public static partial class OutletDetector
{
    /// <summary>A dateline opens the body; captions or a standfirst may come before it, never more than this.</summary>
    private const int LeadParagraphs = 3;

    /// <summary>Sign-offs, copyright and "originally appeared" lines sit in the last few paragraphs.</summary>
    private const int TailParagraphs = 4;

    /// <summary>Wire credits whose short form is not how readers know the outlet.</summary>
    private static readonly Dictionary<string, string> CreditNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AP"] = "AP", ["Associated Press"] = "AP", ["The Associated Press"] = "AP",
        ["Reuters Health"] = "Reuters", ["HealthDay News"] = "HealthDay", ["HealthDay"] = "HealthDay",
    };

    public static string? Detect(IReadOnlyList<string> paragraphs)
    {
        for (int i = 0; i < Math.Min(LeadParagraphs, paragraphs.Count); i++)
            if (DatelineCredit(paragraphs[i]) is { } credit) return credit;
        for (int i = paragraphs.Count - 1; i >= Math.Max(0, paragraphs.Count - TailParagraphs); i--)
            if (SignOff(paragraphs[i]) is { } outlet) return outlet;
        if (WireServiceCredit.OutletOf(paragraphs) is { } service) return service;
        return SelfReference(paragraphs) ?? CommissionedPhoto(paragraphs);
    }

    /// <summary>"(Photo by Jane Roe for The Washington Post)", "Photograph: Sam Poe for the Guardian": a newsroom
    /// commissions the pictures of its own stories. Only a name that is a news organization's by its words, and only
    /// when every such credit names the same one.</summary>
    public static string? CommissionedPhoto(IReadOnlyList<string> paragraphs)
    {
        List<string>? names = null;
        foreach (var p in paragraphs)
        {
            for (var m = PhotoFor().Match(p); m.Success; m = m.NextMatch())
                if (m.Groups["name"].Value.TrimEnd('.', ',', ')') is var name && OutletNames.IsNewsOrganization(name)) (names ??= []).Add(name);
        }
        return OneName(names);
    }

    /// <summary>"…, The Hollywood Reporter has learned.", "ABC News has learned that …", "when contacted by
    /// Forbes", "Contacted this morning by the Daily Beast", "did not return USA TODAY's request for comment", "CBS
    /// News could not reach him": a newsroom describing its own reporting. Anywhere in
    /// the body, only for a name that is a news organization's by its words, and only when every such line names
    /// the same one.</summary>
    public static string? SelfReference(IReadOnlyList<string> paragraphs)
    {
        List<string>? names = null;
        foreach (var p in paragraphs)
        {
            if (HasLearnedGate.MayMatch(p)) AddOutlets(HasLearned().Match(p), ref names);
            AddOutlets(ContactedBy().Match(p), ref names);
            AddOutlets(OwnRequest().Match(p), ref names);
            if (CouldNotReachGate.MayMatch(p)) AddOutlets(CouldNotReach().Match(p), ref names);
        }
        return OneName(names);
    }

    private static void AddOutlets(Match m, ref List<string>? names)
    {
        for (; m.Success; m = m.NextMatch())
            if (m.Groups["name"].Value is var name && OutletNames.LooksLikeOutlet(name)) (names ??= []).Add(name);
    }

    /// <summary>The name every line gave, or null when none did or two disagree.</summary>
    private static string? OneName(List<string>? names)
    {
        if (names is null) return null;
        foreach (var n in names) if (!OutletNames.Same(n, names[0])) return null;
        return NameOf(names[0]);
    }

    // These run on every paragraph of every plain-text article. The two whose matches start with an alternation
    // or a lookaround are gated on a literal each match contains (10 times faster on dev paragraphs; every gate is
    // checked against its regex on every dev paragraph by CleaningGateTests); the others open on a literal word the
    // regex engine already searches for as fast as a gate would.
    private static readonly GatedPattern HasLearnedGate = new(HasLearned(), "learned");
    private static readonly GatedPattern CouldNotReachGate = new(CouldNotReach(), "could not", "couldn't", "unable to", "not able to");
    // "first" only after "This article": "the letter, first published in the Guardian" cites another paper.
    private static readonly GatedPattern OriginallyAppearedGate = new(OriginallyAppeared(), "riginally", "irst appeared", "irst published");
    private static readonly GatedPattern StaffContributionGate = new(StaffContribution(), "contributed to this", "reported from", "reported this story from");

    /// <summary>"PHOENIX (AP) —", "CHRISTCHURCH, New Zealand (Reuters) -", "(CNN) --", "MONDAY, Jan. 25, 2016
    /// (HealthDay News) --": the credit in brackets right after a place or date and before the dash.</summary>
    public static string? DatelineCredit(string paragraph)
    {
        // Agency copy of the era may open a paragraph with a caret mark ("^BOSTON (AP) _ …").
        var m = Dateline().Match(paragraph.StartsWith('^') ? paragraph[1..] : paragraph);
        if (!m.Success)
        {
            if (DatedWireDateline.Match(paragraph).Credit is { } dated) return NameOf(dated);
            // "(CNN)The governor said …", "(AP) The mayor …" as pages are scraped: the credit opens the body with no
            // place and no dash, so only a name that is a newsroom's by its words counts.
            return BracketedCredit().Match(paragraph) is { Success: true } b && OutletNames.IsNewsOrganization(b.Groups["credit"].Value) ? NameOf(b.Groups["credit"].Value) : null;
        }
        return NameOf(m.Groups["credit"].Value);
    }

    /// <summary>The outlet named by a closing line: "(Reporting by …; Editing by …)" is Reuters's house style;
    /// "Copyright 2016 The Associated Press. All rights reserved.", "© 2017 Reuters", "This article originally
    /// appeared on Example Daily", "To contact the reporter on this story: … at jroe@bloomberg.net".</summary>
    public static string? SignOff(string paragraph)
    {
        if (paragraph.Length > 400) return null;
        if (ReutersCredit().IsMatch(paragraph)) return "Reuters";
        if (Copyright().Match(paragraph) is { Success: true } c) return NameOf(c.Groups["name"].Value);
        if (OriginallyAppearedGate.Match(paragraph) is { Success: true } o) return NameOf(o.Groups["name"].Value);
        // "To contact the reporter on this story: Jane Roe in Cairo at jroe@example.net": the newsroom's own address.
        if (ContactReporter().Match(paragraph) is { Success: true } r) return char.ToUpperInvariant(r.Groups["domain"].Value[0]) + r.Groups["domain"].Value[1..];
        // "CNN's Jane Roe contributed to this report", "NBC News' John Roe reported from Chicago": a newsroom credits
        // its own staff this way.
        if (StaffContributionGate.Match(paragraph) is { Success: true } s) return NameOf(s.Groups["name"].Value);
        return null;
    }

    private static string? NameOf(string raw)
    {
        // A name ends where its sentence does: "The Associated Press. All rights reserved."
        var name = raw.Trim();
        if (name.IndexOf(". ", StringComparison.Ordinal) is > 0 and var stop) name = name[..stop];
        name = name.TrimEnd('.', ',', ' ');
        name = Suffix().Replace(name, "").Trim();
        if (name.Length < 2 || name.Length > 60 || !char.IsUpper(name[0])) return null;
        return CreditNames.TryGetValue(name, out var known) ? known : name;
    }

    // The place is in capitals ("NEW ORLEANS", "BROOKSVILLE, Ala."), one capitalised word ("Beijing"), or a date
    // ("Dec 17", "MONDAY, Jan. 25, 2016"); a mixed-case phrase ("Coronary heart disease (CHD) -") is not a dateline.
    [GeneratedRegex(@"^\s*(?:(?:[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}|[A-Z][a-z]+)(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?|(?:[A-Z]+,\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s*\((?<credit>[A-Z][A-Za-z.&]+(?:\s+[A-Z][A-Za-z.&]+){0,2})\)\s*(?:—|–|--?)\s*\S")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^\s*\((?<credit>[A-Z][A-Za-z.&]+(?:\s+[A-Z][A-Za-z.&]+){0,2})\)\s*(?=\p{Lu})")]
    private static partial Regex BracketedCredit();

    [GeneratedRegex(@"^\W{0,2}(?:\(?(?:Writing|Additional reporting|Reporting) by\b[^()]{1,300};\s*(?:Editing|Edited) by\b|\(?Editing by\b[^()]{1,120}\)\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ReutersCredit();

    [GeneratedRegex(@"^\W{0,2}(?:Copyright|COPYRIGHT|©|\([cC]\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)(?:by\s+)?(?<name>[A-Z][\w.&'’]*(?:\s+[A-Z&][\w.&'’]*){0,4})")]
    private static partial Regex Copyright();

    [GeneratedRegex(@"\b(?:[Tt]his (?:article|story|post|piece) (?:was )?(?:originally|first)|(?:[Tt]his (?:article|story|post) )?(?:was )?[Oo]riginally) (?:appeared|published) (?:on|in|at)\s+(?:[Tt]he\s+)?(?<name>[A-Z][\w.&'’]*(?:\s+[A-Z&][\w.&'’]*){0,4})")]
    private static partial Regex OriginallyAppeared();

    [GeneratedRegex(@"^To contact the (?:reporter|editor)s?\b[^@]{0,120}@(?<domain>[a-z]{3,20})\.(?:net|com)\b")]
    private static partial Regex ContactReporter();

    [GeneratedRegex(@"^\W{0,2}(?<name>[A-Z][\w.&]*(?:\s[A-Z0-9][\w.&]*){0,3})['’]s?\s+[A-Z][^.;]{2,160}\s(?:contributed to this (?:report|story)|reported (?:from|this story from) [A-Z])")]
    private static partial Regex StaffContribution();

    private const string SelfName = @"(?<name>\p{Lu}[\p{L}\d&.'’\-]*(?:\s+\p{Lu}[\p{L}\d&.'’\-]*){0,3})";

    [GeneratedRegex(@"(?:^|[,.!?]\s+|\bthat\s+)(?:[Tt]he\s+)?" + SelfName + @"\s+(?:has|have)\s+learned\b")]
    private static partial Regex HasLearned();

    [GeneratedRegex(@"\b[Cc]ontacted\s+(?:\p{Ll}+\s+){0,2}by\s+(?:the\s+)?" + SelfName)]
    private static partial Regex ContactedBy();

    [GeneratedRegex(@"\b(?:respond(?:ed)?\s+to|return(?:ed)?|answer(?:ed)?)\s+(?:the\s+)?" + SelfName + @"['’]s?\s+(?:\p{Ll}+\s+)?(?:requests?|calls?|e-?mails?|messages?|inquir(?:y|ies))\b")]
    private static partial Regex OwnRequest();

    [GeneratedRegex(@"(?:^|[,.!?;]\s+|\b(?:and|but)\s+)(?:[Tt]he\s+)?" + SelfName + @"\s+(?:could not|couldn't|was unable to|has been unable to|was not able to)\s+(?:reach|contact)\b")]
    private static partial Regex CouldNotReach();

    [GeneratedRegex(@"\b(?:[Pp]hoto(?:graph)?(?:\s+by|:)|[Pp]hotographed\s+by)\s+\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}\s+for\s+(?:[Tt]he\s+)?(?<name>\p{Lu}[\p{L}\d&.'’\-]*(?:\s+\p{Lu}[\p{L}\d&.'’\-]*){0,3})")]
    private static partial Regex PhotoFor();

    /// <summary>Words that follow a rights holder's name but are not part of it.</summary>
    [GeneratedRegex(@"\s*[-–—,.]?\s*(?:All rights reserved.*|Inc\.?|LLC|Ltd\.?|Company|Co\.)$", RegexOptions.IgnoreCase)]
    private static partial Regex Suffix();
}
