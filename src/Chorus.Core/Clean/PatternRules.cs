using System.Buffers;
using System.Text.RegularExpressions;
using Chorus.Ingest;
using Chorus.Text;

namespace Chorus.Clean;

/// <summary>A paragraph rule defined by a regular expression and an optional length cap.</summary>
public class PatternParagraphRule(Regex pattern, string reason, int maxWords = int.MaxValue) : IParagraphRule
{
    public virtual string? Check(ParagraphContext p) =>
        p.Words <= maxWords && pattern.IsMatch(p.Text) ? reason : null;
}

/// <summary>"Related: …", "Read more", link lists inserted into the body.</summary>
public sealed partial class LinkSpamRule() : PatternParagraphRule(Pattern(), "link spam", 40)
{
    public override string? Check(ParagraphContext p) =>
        base.Check(p) ?? (p.Words <= 40 && (Teaser().IsMatch(p.Text) || Bracketed().IsMatch(p.Text)) ? "link spam" : null);

    /// <summary>A headline ending in "Read more".</summary>
    /// <remarks>Apart from <see cref="Bracketed"/>: an alternation with a line-start branch made the engine try every
    /// position of the paragraph; alone, each finds its start at once.</remarks>
    [GeneratedRegex(@"\bread more\s*[»>…]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Teaser();

    /// <summary>A whole paragraph in brackets ("[Trump shows … : Watch]").</summary>
    [GeneratedRegex(@"^\s*\[[^\]]{10,}\]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^\W{0,3}(more from|more on this|related( stories| articles| coverage| content| links?| news)?|read more|read also|also read|read next|see also|recommended( for you| reading)?|don'?t miss|most (read|popular|viewed)|trending( now)?|top stories|latest headlines|watch( now| video)?|click here|sponsored( content| links)?|you (may|might) also like|editor'?s picks?|more stories|further reading|continue reading|previous article|next article|suggested)\b\s*[:\-–—|»>]?", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}

/// <summary>Bylines and report credits: "Reporting by …", "Photo by …", a lone name line at the end.</summary>
public sealed partial class BylineRule : IParagraphRule
{
    public string? Check(ParagraphContext p)
    {
        var words = p.Words;
        if (words <= 30 && Credit().IsMatch(p.Text)) return "byline or report credit";
        if (words <= 9 && CreditLine().IsMatch(p.Text)) return "byline or report credit";
        if (words <= 6 && (p.NearEnd || p.NearStart) && BylineLine.IsByline(p.Text) && !p.Text.TrimEnd().EndsWith('.'))
            return "byline";
        if (words <= 8 && Contact().IsMatch(p.Text)) return "byline or report credit";
        return null;
    }

    [GeneratedRegex(@"^\W{0,3}(reporting by|additional reporting by|written by|edited by|editing by|compiled by|story by|(the )?associated press (writer|reporter)s? .{0,80}contributed|.{0,80}contributed (to )?this (report|story)\.?$|follow (him|her|them) on twitter|contact (the )?(author|writer|reporter))", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    /// <summary>"Photo by Jane Doe", "Listing image by Xora", "Stories by The Daily Example": a few words, then "by" and a
    /// name, and no sentence ending.</summary>
    [GeneratedRegex(@"^\W{0,3}[\p{L}'’]+(\s[\p{L}'’]+){0,3}\s+by\s+@?[\p{L}\d][\w.'’&-]*(\s+(and\s+)?\p{Lu}[\w.'’&-]*){0,3}\s*(?<!\.)$")]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^\S+@\S+\.\w+$|^@\w+$")]
    private static partial Regex Contact();
}

/// <summary>
/// What an embedded social post leaves in the text: its signature line ("— Jane Doe (@jdoe) May 21, 2013"). The
/// post's own words stay: outlets embed posts because what they say is news.
/// </summary>
public sealed partial class SocialEmbedRule : IParagraphRule
{
    public string? Check(ParagraphContext p) =>
        p.Words <= 60 && Signature().IsMatch(p.Text) ? "embedded social-media post" : null;

    [GeneratedRegex(@"^\s*[—–-]{1,2}\s*[^()—–]{2,40}\(@\w{1,30}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*$")]
    private static partial Regex Signature();

}

/// <summary>Photo captions and credits: "Image copyright …", "Photo: …", "(AP Photo/…)", "Getty Images"; a caption whose
/// credit closes it ("… in Lakeport on Friday. (AP Photo/Jo Lee) (Associated Press)", "… on Friday. REUTERS/Jo Lee/File
/// Photo", "… in 2014. Courtesy Dana Reyes"); a credit line alone ("Jo Lee/Bloomberg", "Harbour Nights Jo Lee/Studio"):
/// each credit shape seen under two or more outlets of the dev stories.</summary>
public sealed partial class CaptionRule : IParagraphRule
{
    public string? Check(ParagraphContext p)
    {
        if (p.Words > 60) return null;
        // A photo-viewer control with reporting glued after it loses only the control, in the fragment stage.
        if (ToggleCaptionFragmentRule.LeavesText(p.Text)) return null;
        // So does a wire caption glued before the lead ("FILE - In this … file photo, … . Police said …").
        if (LeadingCaptionFragmentRule.LeavesText(p.Text)) return null;
        // Credits sit at the start or the very end of a line; only those parts are searched.
        var tail = p.Text.Length > 80 ? p.Text[^80..] : p.Text;
        return Prefix().IsMatch(p.Text) || Suffix().IsMatch(tail) || AgencyCredit().IsMatch(tail) || Courtesy().IsMatch(tail)
            || (p.Words <= CreditLineWords && CreditLine().IsMatch(p.Text)) ? "photo caption or credit" : null;
    }

    /// <summary>A credit line names a photographer and an agency or studio: a few words, never a sentence.</summary>
    private const int CreditLineWords = 7;

    /// <summary>"REUTERS/Jo Lee", "AP Photo/Jo Lee/File": an agency in its credit capitals, a slash, the photographer,
    /// at the end of the caption with no full stop after it.</summary>
    [GeneratedRegex(@"(?:^|\s)(?:REUTERS|AFP|EPA|AP Photo|Getty Images)/[\p{L}.'’ -]{2,40}(?:/(?:File Photo|File|Pool))?\s*$")]
    private static partial Regex AgencyCredit();

    /// <summary>"Courtesy Dana Reyes", "Photo courtesy of the Reyes family" closing a caption: a credit has no full stop.</summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)(?:Photo\s+courtesy|Courtesy)(?:\s+of)?\s+(?:the\s+)?\p{Lu}[\p{L}.'’ -]{1,40}$")]
    private static partial Regex Courtesy();

    /// <summary>"Jo Lee/Bloomberg", "LE MONDE/Worldcrunch": capitalised words joined by a slash and nothing else.</summary>
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*/\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*$")]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^\W{0,3}(image (copyright|caption|source)|media (playback|caption)|photo(graph)?s?( credit)?\s*[:|/]|photo by|pictured?\s*:|credit\s*:|caption\s*:|file photo|file\s*[-—–]\s|hide caption|view images\b|enlarge (this )?image|\d+ of \d+ photos\s*:|\(?ap photo|getty images?|reuters/|video\s*:|gallery\s*:|\(photo|embed more( news)? videos)", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"((\(|/ ?|— ?|- ?)(ap|getty images|reuters|afp|shutterstock|epa)( photo)?(/[^)]*)?\)?|\bphoto(graph)?\s*:\s*[\p{L} .]+/[\p{L} .]+\)?)(\s*\((associated press|the associated press)\))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Suffix();
}

/// <summary>Share, follow and subscribe prompts, cookie and copyright notices.</summary>
public sealed partial class SharePromptRule() : PatternParagraphRule(Pattern(), "share or subscribe prompt", 45)
{
    [GeneratedRegex(@"^\W{0,3}(share (this|on|via)|share:|tweet( this)?$|email (this|to a friend)|print( this)?( article| page)?$|follow us|like us on|subscribe\b|sign up\b|get (our|the) .{0,30}newsletter|newsletter|join (us|the conversation)|advertisement$|ad$|comments?$|\d+ comments?|leave a comment|click to (share|email|print)|copyright\b|©|all rights reserved|this (material|article) may not be (published|reproduced)|please enable javascript|enable cookies|we use cookies|by using this (site|website)|terms of (use|service)|privacy policy|listen to (this|the) (article|story)|download (our|the) app|you can unsubscribe)", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}

/// <summary>
/// Text that web pages and archives show instead of an article (crawl notices, social-widget and video-player
/// messages, error pages). These are generic messages of the web platforms themselves, not of any outlet.
/// Plain phrase search: an alternation regex over every paragraph was the slowest part of cleaning.
/// </summary>
public sealed class PageFurnitureRule : IParagraphRule
{
    private static readonly string[] Phrases =
    [
        "crawl data to the internet archive", "added to the wayback machine", "tweet with a location",
        "add a location to your tweets", "you can add location information to your tweets", "when you tweet with a location",
        "the interactive transcript could not be loaded", "rating is available when the video has been rented",
        "this feature is not available right now", 
        "javascript is disabled in your browser", "proceed to legacy twitter", "your browser does not support", "enable javascript to",
        "sorry, this page", "sorry, the page", "sorry, this video", "sorry, the video", "sorry, this content",
        "as an interest to stay up to date on the latest", "thank you for your interest in spreading the word",
        "we only request your email address so that the person you are recommending",
    ];

    /// <summary>A page that says it is not there: whatever else it carries (a search box, links) is not news.</summary>
    private static readonly string[] ErrorPhrases =
        ["page you requested was not found", "page you are looking for could not be found", "page you requested could not be found",
         "page you were looking for doesn't exist", "page you are looking for doesn't exist", "404 error", "error 404"];

    /// <summary>Archive-crawl notices run long, but these phrases occur in nothing else.</summary>
    private static readonly string[] NoticePhrases =
        ["crawl data to the internet archive", "archive pages as they are created", "crawls of supported \"no more 404\" sites"];

    private static readonly HashSet<string> WholeLines = new(StringComparer.OrdinalIgnoreCase)
        { "learn more", "yes", "no", "loading", "loading...", "please try again later.", "please try again later" };

    private static readonly PhraseSearch Furniture = new(Phrases);
    private static readonly PhraseSearch Error = new(ErrorPhrases);
    private static readonly PhraseSearch Notice = new(NoticePhrases);

    public string? Check(ParagraphContext p)
    {
        // One multi-phrase search per list: a search per phrase read the paragraph two dozen times.
        var text = p.Text.AsSpan();
        // The phrases are in lower-case ASCII; a text without a character that lower-cases to ASCII or that
        // ignore-case equates with it is searched as it is, any other is lower-cased first (what the rule always did).
        bool asIs = !GatedPattern.HasCaseOddity(text);
        var lower = asIs ? text : p.Text.ToLowerInvariant().AsSpan();
        if (p.Words <= 60 && Error.In(lower, asIs)) return ErrorPageReason;
        if (Notice.In(lower, asIs)) return Reason;
        if (p.Words > 60) return null;
        if (WholeLines.Contains(p.Text.Trim())) return Reason;
        if (Furniture.In(lower, asIs)) return Reason;
        return p.Text.EndsWith("Please try again later.", StringComparison.OrdinalIgnoreCase) ? Reason : null;
    }

    private sealed class PhraseSearch(string[] phrases)
    {
        private readonly SearchValues<string> _ignoringCase = SearchValues.Create(phrases, StringComparison.OrdinalIgnoreCase);
        private readonly SearchValues<string> _lowerCase = SearchValues.Create(phrases, StringComparison.Ordinal);

        public bool In(ReadOnlySpan<char> text, bool ignoringCase) => text.IndexOfAny(ignoringCase ? _ignoringCase : _lowerCase) >= 0;
    }

    private const string Reason = "web page furniture, not reporting";
    public const string ErrorPageReason = "error page notice, not reporting";
}

/// <summary>A trailing video or photo time stamp: "… (Published Tuesday, Oct. 25, 2016)".</summary>
public sealed partial class StampFragmentRule : IFragmentRule
{
    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        var m = Stamp().Match(paragraph);
        if (!m.Success) return null;
        var kept = paragraph.Remove(m.Index, m.Length).Trim();
        return (kept, new Removal(m.Value.Trim(), "publication stamp of an embedded video or photo"));
    }

    [GeneratedRegex(@"\s*\((published|updated|posted)\s[^)]{3,60}\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();
}

/// <summary>A photo-viewer control glued to the paragraph after it: "Enlarge this image toggle caption Jane Doe/NPR Jane
/// Doe/NPR The study …". The credit repeats (once under the photo, once in the caption), which is how its end is found.</summary>
public sealed partial class ToggleCaptionFragmentRule : IFragmentRule
{
    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        var m = Toggle().Match(paragraph);
        if (!m.Success) return null;
        return (paragraph[m.Length..].Trim(), new Removal(m.Value.Trim(), "photo caption or credit"));
    }

    internal static bool LeavesText(string paragraph)
    {
        var m = Toggle().Match(paragraph);
        return m.Success && m.Length < paragraph.TrimEnd().Length;
    }

    [GeneratedRegex(@"^\s*(enlarge this image\s+)?toggle caption\s+(?<credit>[^/\n]{1,60}/[^\n]{1,40}?)\s+\k<credit>(?=\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Toggle();
}

/// <summary>An inline photo credit at the end of a paragraph: "… (Photo: Jane Doe/AP)".</summary>
public sealed partial class InlineCreditFragmentRule : IFragmentRule
{
    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        var m = Credit().Match(paragraph);
        if (!m.Success) return null;
        return (paragraph.Remove(m.Index, m.Length).Trim(), new Removal(m.Value.Trim(), "photo caption or credit"));
    }

    [GeneratedRegex(@"\s*\((photo|image|credit|pictured)[^)]{0,80}\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();
}

/// <summary>
/// A picture's or a story's credit left between two sentences when text is run together (a feed's one-line body, a
/// flattened page): "… on Sunday. (AP Photo/Dana Ruiz) (Associated Press) The mayor said …", "… along with the others.
/// (News Agencies) The vote …". Its own line would have been dropped as a caption's credit; inside the text it would
/// close a sentence a summary shows. Only a news organization's name or a photo credit goes: "(Shirley Seidler)" may be
/// the writer of a live-blog entry, and a bracket that ends a paragraph is <see cref="InlineCreditFragmentRule"/>'s.
/// </summary>
public sealed partial class RunInCreditFragmentRule : IFragmentRule
{
    public const string Reason = "photo caption or credit";

    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        if (!paragraph.Contains('(')) return null;
        List<string>? credits = null;
        var kept = RunIn().Replace(paragraph, m =>
        {
            var brackets = m.Groups["credit"].Captures;
            foreach (System.Text.RegularExpressions.Capture inner in brackets)
                if (!PhotoCredit().IsMatch(inner.Value) && !Ingest.OutletNames.LooksLikeOutlet(inner.Value)) return m.Value;
            foreach (System.Text.RegularExpressions.Capture inner in brackets) (credits ??= []).Add($"({inner.Value})");
            return m.Groups["end"].Value + " ";
        });
        return credits is null ? null : (kept, new Removal(string.Join(" ", credits), Reason));
    }

    /// <summary>A sentence's end, one or more brackets (a photographer's credit and the agency's), and a capital or an
    /// opening mark after them.</summary>
    [GeneratedRegex(@"(?<end>[.!?…][""”’]?)(?:\s+\((?<credit>\p{Lu}[^()!?]{0,60}?)\))+\s+(?=[""“‘]?\p{Lu})")]
    private static partial Regex RunIn();

    /// <summary>A photographer's or picture agency's credit, or the news agencies a desk credits together ("(News
    /// Agencies)", "(Agencies)", "(With agencies)", "(Wires)").</summary>
    [GeneratedRegex(@"^(AP|Reuters|AFP|Getty|EPA)\b.*\b(Photo|Images?|Pool)\b|\b(Photo|Images?)\b\s*/|^(Getty Images|AP Photo|Photo)\b|^(?:(?:News|Wire)\s+|With\s+)?[Aa]gencies$|^Wires$")]
    private static partial Regex PhotoCredit();
}

/// <summary>
/// A short line led by a label and a colon, with no sentence ending: a teaser ("Related: …", "See also: …"), a
/// labelled caption ("Party girl: …"), a credit ("Source: …") or a memo header. Reporting ends its sentences.
/// </summary>
public sealed partial class LabelledLineRule : IParagraphRule
{
    public string? Check(ParagraphContext p)
    {
        if (p.Words > 20 || Ended().IsMatch(p.Text)) return null;
        var m = Labelled().Match(p.Text);
        if (!m.Success) return null;
        return Navigation().IsMatch(m.Groups["label"].Value) ? "link spam" : "labelled headline, caption or teaser";
    }

    [GeneratedRegex(@"^\W{0,3}(?<label>\p{L}[\p{L}'’]*(\s[\p{L}'’]+){0,2})\s*:\s+\S")]
    private static partial Regex Labelled();

    [GeneratedRegex(@"[.!?""”’)\]:;]\s*$")]
    private static partial Regex Ended();

    /// <summary>Labels that send the reader elsewhere: "More", "Related", "See also", "Watch", "Full coverage".</summary>
    [GeneratedRegex(@"^(more|related|see|also|read|watch|latest|trending|top|full|from|recommended|popular|previously|listen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Navigation();
}

/// <summary>Page furniture of every kind <see cref="FurnitureLine"/> knows: captions, credits, player notices,
/// gallery counters, share prompts, a lone "CLOSE", bylines, datelines standing alone. A photo-viewer control
/// glued to reporting is left to the fragment stage, which removes only the control.</summary>
public sealed class FurnitureLineRule : IParagraphRule
{
    public string? Check(ParagraphContext p) => ToggleCaptionFragmentRule.LeavesText(p.Text) ? null : FurnitureLine.KindOf(p.Text, p.Words) switch
    {
        FurnitureKind.None => null,
        var kind => $"page furniture: {kind.ToString().ToLowerInvariant()}",
    };
}
