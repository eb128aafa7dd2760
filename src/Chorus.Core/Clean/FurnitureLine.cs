using System.Text.RegularExpressions;
using Chorus.Ingest;
using Chorus.Text;

namespace Chorus.Clean;

/// <summary>The kinds of page furniture a reader must never be shown as reporting.</summary>
public enum FurnitureKind { None, Caption, Credit, Player, Gallery, Share, Close, Byline, Dateline }

/// <summary>
/// Recognizes a line (a paragraph or a sentence) of page furniture: photo captions and credits, video-player
/// notices, gallery counters, share/subscribe/newsletter prompts, a lone "CLOSE", bylines and datelines standing
/// alone. Written from the shapes such lines take across outlets, not from any one site's wording.
/// </summary>
public static partial class FurnitureLine
{
    public static bool IsFurniture(string line) => KindOf(line) != FurnitureKind.None;

    public static FurnitureKind KindOf(string line) => KindOf(line, TextStats.CountWords(line));

    /// <param name="words">The line's word count, when the caller has it already.</param>
    internal static FurnitureKind KindOf(string line, int words)
    {
        // A span, not a trimmed copy: the patterns match spans alike.
        var text = line.AsSpan().Trim();
        if (text.IsEmpty) return FurnitureKind.None;
        // Most lines hold no literal of any pattern: a few searches settle them (this runs on every paragraph while
        // cleaning and on every sentence a summary may show). The patterns kept for short lines are searched for only
        // in those.
        ulong open = AnyLineGates.Open(text)
            | (words <= 30 ? LinesUpTo30WordsGates.Open(text) << (int)Gate.Share : 0)
            | (words <= 16 ? LinesUpTo16WordsGates.Open(text) << (int)Gate.CloseControl : 0);
        if (Matches(open, Gate.GalleryOpening, text) || Matches(open, Gate.GalleryInside, text)) return FurnitureKind.Gallery;
        if (words <= 3 && Matches(open, Gate.CloseControl, text)) return FurnitureKind.Close;
        if (Matches(open, Gate.PlayerOpening, text) || Matches(open, Gate.PlayerInside, text)) return FurnitureKind.Player;
        if (Matches(open, Gate.CaptionOpening, text)) return FurnitureKind.Caption;
        if (words <= 60 && (Matches(open, Gate.CreditOpening, text) || Matches(open, Gate.CreditEnding, text))) return FurnitureKind.Credit;
        if ((words <= 30 && Matches(open, Gate.Share, text)) || (words <= 15 && Matches(open, Gate.ShareInside, text))) return FurnitureKind.Share;
        if (words <= 30 && Matches(open, Gate.SocialSignature, text)) return FurnitureKind.Credit;
        if (words <= 12 && (Matches(open, Gate.Byline, text) || Matches(open, Gate.AgencyByline, text))) return FurnitureKind.Byline;
        if (words <= 8 && Matches(open, Gate.Dateline, text)) return FurnitureKind.Dateline;
        if (words <= 14 && Matches(open, Gate.TitleCaption, text)) return FurnitureKind.Caption;
        if (words <= 60 && EndsInDate(text) && DatedPhotoCaption().IsMatch(text)) return FurnitureKind.Caption;
        if (words <= 16 && Matches(open, Gate.RoleCaption, text)) return FurnitureKind.Caption;
        if (words <= 30 && Matches(open, Gate.CastLine, text)) return FurnitureKind.Credit;
        if (words <= 25 && Matches(open, Gate.BracketedTeaser, text)) return FurnitureKind.Share;
        return FurnitureKind.None;
    }

    private static bool Matches(ulong open, Gate gate, ReadOnlySpan<char> text) =>
        (open & 1UL << (int)gate) != 0 && AllGates[(int)gate].Pattern.IsMatch(text);

    /// <summary>The gated patterns of <see cref="KindOf"/>, each one's bit in the mask it reads: first those tried on
    /// any line, then those only on lines of at most 30 words, then at most 16.</summary>
    private enum Gate
    {
        GalleryOpening, GalleryInside, PlayerOpening, PlayerInside, CaptionOpening, CreditOpening, CreditEnding,
        Share, SocialSignature, CastLine, BracketedTeaser,
        CloseControl, ShareInside, Byline, AgencyByline, Dateline, TitleCaption, RoleCaption,
    }

    /// <summary>Each pattern with literals every match of it contains (ignoring case): the words of its alternatives.</summary>
    private static GatedPattern[] MakeGates()
    {
        var gates = new GatedPattern[Enum.GetValues<Gate>().Length];
        gates[(int)Gate.GalleryOpening] = new(GalleryOpening(), "photo", "image", "picture");
        gates[(int)Gate.GalleryInside] = new(GalleryInside(), "image", "photo", "picture", "slide");
        gates[(int)Gate.PlayerOpening] = new(PlayerOpening(), "media playback", "video", "watch", "now playing", "up next", "autoplay");
        gates[(int)Gate.PlayerInside] = new(PlayerInside(), "video will", "skip ");
        gates[(int)Gate.CaptionOpening] = new(CaptionOpening(), "caption", "image", "photo", "picture");
        gates[(int)Gate.CreditOpening] = new(CreditOpening(), "photo", "credit", "image");
        // "photo", a slash, "getty", "shutterstock": spares the pattern's attempt at every "p", "g" and "s".
        gates[(int)Gate.CreditEnding] = new(CreditEnding(), "photo", "/", "getty", "hutter");
        gates[(int)Gate.Share] = new(Share(), "share", "click", "subscribe", "sign up", "newsletter", "follow us", "like us on",
            "join ", "mail", "download", "what do you think", "tell us", "let us know", "alert");
        gates[(int)Gate.SocialSignature] = new(SocialSignature(), "@");
        gates[(int)Gate.CastLine] = new(CastLine(), "with", "starring", "featuring", "cast");
        gates[(int)Gate.BracketedTeaser] = new(BracketedTeaser(), "(", "[");
        gates[(int)Gate.CloseControl] = new(CloseControl(), "close", "caption", "expand", "replay", "skip ad");
        gates[(int)Gate.ShareInside] = new(ShareInside(), "sign up", "subscribe", "news");
        gates[(int)Gate.Byline] = new(Byline(), "by");
        gates[(int)Gate.AgencyByline] = new(AgencyByline(), "associated press", "reuters", "afp", "agence france-presse", "bloomberg",
            "cnn", "usa today", "staff writer", "staff reporter", "special to ");
        gates[(int)Gate.Dateline] = new(Dateline(), "(ap)", "(afp)", "(reuters)", "(cnn)", "posted", "published", "updated",
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        gates[(int)Gate.TitleCaption] = new(TitleCaption(), "\"", "\u201C");
        gates[(int)Gate.RoleCaption] = new(RoleCaption(), "'", "\u2018", "\"", "\u201C");
        return gates;
    }

    private static readonly GatedPattern[] AllGates = MakeGates();

    private static readonly GatedPatternSet AnyLineGates = new(AllGates[..(int)Gate.Share]);
    private static readonly GatedPatternSet LinesUpTo30WordsGates = new(AllGates[(int)Gate.Share..(int)Gate.CloseControl]);
    private static readonly GatedPatternSet LinesUpTo16WordsGates = new(AllGates[(int)Gate.CloseControl..]);

    /// <summary>The gate sets of <see cref="KindOf"/>, for the test that holds each set's verdicts equal to its gates'.</summary>
    internal static IReadOnlyList<GatedPatternSet> GateSets => [AnyLineGates, LinesUpTo30WordsGates, LinesUpTo16WordsGates];

    /// <summary>What <see cref="DatedPhotoCaption"/> ends in: "…, 2019" or "…, 2019." after a day number.</summary>
    private static bool EndsInDate(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[^1] == '.') text = text[..^1];
        if (text.Length < 7) return false;
        for (int i = 1; i <= 4; i++) if (!char.IsDigit(text[^i])) return false;
        return text[^5] == ' ' && text[^6] == ',' && char.IsDigit(text[^7]);
    }

    /// <summary>"Image 1 of 4", "Photo 3 of 12", "1 / 4", "Pictures Image 1 of / 4".</summary>
    /// <remarks>Two patterns, not one alternation: with the line-start alternatives mixed in, the engine could
    /// not skip ahead to a likely start and tried every position of every paragraph.</remarks>
    [GeneratedRegex(@"\b(image|photo|picture|slide)s?\s+\d+\s+(of|/)\s*/?\s*\d+\b|\bclose image\b", RegexOptions.IgnoreCase)]
    private static partial Regex GalleryInside();

    [GeneratedRegex(@"^\s*\d+\s+of\s+\d+\s+(photos|images|pictures)\b|^\s*(pictures|photos)\s+image\s+\d+", RegexOptions.IgnoreCase)]
    private static partial Regex GalleryOpening();

    [GeneratedRegex(@"^\W*(close|close x|x close|hide caption|toggle caption|expand|replay|skip ad)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex CloseControl();

    /// <summary>What a video player says instead of the video, opening the line.</summary>
    /// <remarks>Apart from <see cref="PlayerInside"/>: in one alternation the line-start branch could not anchor
    /// the search, and the engine tried every position of every paragraph (the slowest pattern of cleaning).</remarks>
    [GeneratedRegex(@"^\W*(media playback is (not supported|unsupported)|video (is )?(loading|unavailable|will (begin|play))|your video will (begin|play)|this video (is|has been) (unavailable|removed)|watch( the)? (video|live)\s*[:|]|video\s*[:|]|now playing\b|up next\b|autoplay\b|play video\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PlayerOpening();

    /// <summary>A player's countdown anywhere in the line.</summary>
    [GeneratedRegex(@"\bvideo will (begin|play) in \d+|\bskip (ad )?in \d+ sec", RegexOptions.IgnoreCase)]
    private static partial Regex PlayerInside();

    /// <summary>A line that announces itself as a caption.</summary>
    [GeneratedRegex(@"^\W*(caption|image caption|photo caption|hide caption|toggle caption|enlarge this image|image copyright|image source|pictured\s*:|in this (undated |handout |file )?(photo|image|picture)( provided| released| taken| made available)?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionOpening();

    [GeneratedRegex(@"^\W*(photo(graph)?s?( credit)?\s*[:|/]|photo by\b|credit\s*:|file photo\b|\(?(ap|afp|reuters|getty) (photo|images)\b|getty images\b|images?\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex CreditOpening();

    /// <summary>"… (AP Photo/Jane Doe)", "… Jane Doe/Getty Images", "… (Photo: Jane Doe/USA TODAY)".</summary>
    [GeneratedRegex(@"(\((ap|afp|reuters|epa)?\s*photo\b[^)]*\)|\(photo\s*:[^)]*\)|/\s*(getty images|ap|afp|reuters|epa|shutterstock|ap photo)\)?|\b(getty images|shutterstock)|\bphoto\s*:\s*[\p{L} .'-]+/[\p{L} .'-]+\)?)\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CreditEnding();

    [GeneratedRegex(@"^\W*(share (this|on|via|the story|article)\b|share\s*:|click (here )?to (share|email|print|subscribe)|subscribe (now|today|to)\b|sign up (for|to|now)\b|get (our|the) .{0,40}newsletter|(our|the) .{0,30}newsletter\b|follow us\b|like us on\b|join (us|the conversation)\b|email (this|to a friend)|download (our|the) app|what do you think( of| about)?\b.{0,80}\?\s*$|tell us (what you think|in the comments)|let us know (what you think|in the comments)|(breaking news )?(e-?mails?|alerts?|newsletters?)\s+get\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Share();

    /// <summary>A prompt that opens with something else ("For more news, you can sign up …"): only a short line is
    /// the prompt itself; a paragraph of reporting that ends with one keeps its reporting.</summary>
    [GeneratedRegex(@"\bsign up for (our|the) .{0,40}newsletter|\bsubscribe to (our|the) .{0,40}(newsletter|channel|podcast)|\byou can unsubscribe\b|\bunsubscribe at any time\b|\bget (breaking|the latest) news (alerts|emails|updates)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareInside();

    /// <summary>What an embedded social post leaves: "— Jane Doe (@jdoe) May 21, 2013".</summary>
    [GeneratedRegex(@"^\s*[—–-]{1,2}\s*[^()—–]{2,60}\(@\w{1,30}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*$")]
    private static partial Regex SocialSignature();

    /// <summary>"By Jane Doe", "By Jane Doe and John Roe, Reuters".</summary>
    [GeneratedRegex(@"^\s*[Bb]y\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}((\s*,\s*|\s+and\s+)\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3})*\s*[|,]?\s*(\p{Lu}[\p{L} ]{0,30})?\s*$")]
    private static partial Regex Byline();

    /// <summary>"Jane Doe, Associated Press", "John Roe | Reuters".</summary>
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){1,3}\s*[,|—–-]\s*(?i:(the )?(associated press|reuters|afp|agence france-presse|bloomberg|cnn|usa today|staff writer|staff reporter|special to [\p{L} ]+))\s*$")]
    private static partial Regex AgencyByline();

    /// <summary>A dateline or time stamp on its own: "WASHINGTON (AP) —", "June 3, 2017", "Updated 3:45 p.m. ET".</summary>
    [GeneratedRegex(@"^\s*(\p{Lu}[\p{Lu} .,'-]{2,40}\s*\((ap|afp|reuters|cnn)\)\s*[—–-]*|(posted|published|updated|last updated)\b.{0,40}|((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s+\d{1,2},?\s+\d{4}(\s+\d{1,2}:\d{2}\s*([ap]\.?m\.?)?(\s*\p{Lu}{2,4})?)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Dateline();

    /// <summary>A wire photo caption: what the picture shows in the present tense, then where and the date —
    /// "Protesters are seen outside City Hall in Easton, May 2, 2019."</summary>
    [GeneratedRegex(@"\b((is|are) (seen|pictured|shown)|poses?|gestures?|looks? on|waves?|arrives?|attends?|reacts?|walks?|speaks?|stands?|sits?)\b.{0,200},\s*(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.? \d{1,2}, \d{4}\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex DatedPhotoCaption();

    /// <summary>A still's caption naming an actor in a role: "Warner Bros. Jane Holt as 'The Queen.'".</summary>
    [GeneratedRegex(@"^(\p{Lu}[\p{L}.'’-]*\s+){1,8}as\s+(the\s+)?['‘""“][^'‘’""“”]{2,40}[.,]?['’""”]\.?$")]
    private static partial Regex RoleCaption();

    /// <summary>A cast or credits list with no verb: "With Jane Holt, Leo Park and Ann Bay", "Starring Jane Holt and Leo Park".</summary>
    [GeneratedRegex(@"^(?i:with|starring|featuring|cast\s*:)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*)*((,\s*|,?\s+and\s+)\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*)*)*\.?$")]
    private static partial Regex CastLine();

    /// <summary>A pointer elsewhere in brackets: "(Read a review of the film.)", "[See also: the full list]".</summary>
    [GeneratedRegex(@"^\s*[(\[]\s*(read|see|related|watch|listen|click|more|also)\b[^)\]]*[)\]]\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedTeaser();

    /// <summary>A verbless photo caption naming people in a work: 'Jane Doe and John Roe in "Title."'.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+)+((,\s*|\s+and\s+)\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+)+)*\s+(in|at|on)\s+[“""][^“”""]+[”""]\.?$|^\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+)+((,\s*|\s+and\s+)\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+)+)*\s+(in|at|on)\s+[“""][^“”""]+[.,]?[”""]$")]
    private static partial Regex TitleCaption();
}
