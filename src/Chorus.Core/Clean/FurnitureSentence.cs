using System.Text.RegularExpressions;
using Chorus.Text;

namespace Chorus.Clean;

/// <summary>
/// A sentence that belongs to a picture, to the page's credits or to its editors rather than to the reporting, even
/// when it sits inside a paragraph of text (so <see cref="FurnitureLine"/>, which judges whole lines, lets it
/// through): it points at a picture the reader of a summary cannot see ("… in this file photo taken …", "… is
/// pictured with …", "(Photo: …)"), names a picture's source ("… via Reuters"), carries a photo widget's label ("Buy
/// Photo", "View Images", "toggle caption"), credits the work ("Reporting by …", "… contributed to this report",
/// "host and live comment: …"), points elsewhere on the web (a link, an address, a handle), is an editor's note
/// ("Update, 21 April: …"), or is a headline run into the dateline that followed it ("… Woman Says BAKERSFIELD,
/// Calif.").
/// </summary>
public static partial class FurnitureSentence
{
    /// <summary>Runs on every sentence of every cluster: each regex is tried only when the sentence holds a literal every
    /// match of it contains (<see cref="GatedPattern"/>); one search for all the gates' literals settles most sentences.
    /// The verdict is <see cref="IsFurnitureUngated"/>'s; a test holds the two equal on every dev sentence.</summary>
    public static bool IsFurniture(string sentence)
    {
        ulong open = GateSet.Open(sentence);
        var gates = GateSet.Gates;
        for (int g = 0; g < gates.Count; g++)
            if ((open & 1UL << g) != 0 && gates[g].Pattern.IsMatch(sentence)) return true;
        return (MayEndOnDateline(sentence) && TrailingDateline().IsMatch(sentence)) || DatedCaption().IsMatch(sentence);
    }

    /// <summary>What <see cref="IsFurniture"/> decides, every regex tried on the whole sentence.</summary>
    internal static bool IsFurnitureUngated(string sentence) =>
        PictureDeixis().IsMatch(sentence) || WidgetLabel().IsMatch(sentence) || BracketedCredit().IsMatch(sentence)
        || WorkCredit().IsMatch(sentence) || RoleLabel().IsMatch(sentence) || ViaCredit().IsMatch(sentence)
        || EditorsNote().IsMatch(sentence) || TrailingDateline().IsMatch(sentence) || DatedCaption().IsMatch(sentence) || CaptionDate().IsMatch(sentence) || WikiMark().IsMatch(sentence)
        || WebAddress().IsMatch(sentence) || PagePointer().IsMatch(sentence) || OwnStory().IsMatch(sentence) || CutCaption().IsMatch(sentence)
        || MapCaption().IsMatch(sentence) || AuthorNote().IsMatch(sentence);

    // Each gate's literals are in every match of its regex (ignoring case): the words of each alternative.
    private static readonly GatedPattern PictureDeixisGate = new(PictureDeixis(),
        "file", "photo", "image", "picture", "still", "screen", "seen", "shown",
        "(left)", "(right)", "(center)", "(centre)", "(top)", "(bottom)", "(above)", "(below)");
    private static readonly GatedPattern WidgetLabelGate = new(WidgetLabel(), "photo", "image", "gallery", "slideshow", "caption");
    private static readonly GatedPattern BracketedCreditGate = new(BracketedCredit(), "photo", "image", "picture", "video", "credit");
    private static readonly GatedPattern WorkCreditGate = new(WorkCredit(),
        "reporting by", "editing by", "writing by", "compiled by", "research by", "produced by", "graphics by", "to this");
    private static readonly GatedPattern RoleLabelGate = new(RoleLabel(), ":");
    private static readonly GatedPattern ViaCreditGate = new(ViaCredit(), "via");
    private static readonly GatedPattern EditorsNoteGate = new(EditorsNote(), ":");
    private static readonly GatedPattern CaptionDateGate = new(CaptionDate(), "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static readonly GatedPattern WikiMarkGate = new(WikiMark(), "[");
    private static readonly GatedPattern WebAddressGate = new(WebAddress(), "http", "www.", "@", "t.co/");
    private static readonly GatedPattern PagePointerGate = new(PagePointer(), "below", "above");
    private static readonly GatedPattern CutCaptionGate = new(CutCaption(), "...", "…", "close");
    private static readonly GatedPattern MapCaptionGate = new(MapCaption(), "map");
    private static readonly GatedPattern AuthorNoteGate = new(AuthorNote(),
        "editor", "writer", "correspondent", "reporter", "columnist", "critic", "contributor");
    private static readonly GatedPattern OwnStoryGate = new(OwnStory(),
        "this story", "this article", "this piece", "this post", "this blog post", "version of this");

    /// <summary>A match of <see cref="TrailingDateline"/> ends on ", Calif." (with a wire credit at most): its comma is
    /// the sentence's last, and white space and a capital and a small letter follow it. Most sentences fail this.</summary>
    internal static bool MayEndOnDateline(string sentence)
    {
        int comma = sentence.LastIndexOf(',');
        if (comma < 0 || comma + 3 >= sentence.Length || !char.IsWhiteSpace(sentence[comma + 1])) return false;
        var rest = sentence.AsSpan(comma + 1).TrimStart();
        return rest.Length >= 2 && char.GetUnicodeCategory(rest[0]) == System.Globalization.UnicodeCategory.UppercaseLetter
            && char.GetUnicodeCategory(rest[1]) == System.Globalization.UnicodeCategory.LowercaseLetter;
    }

    /// <summary>Every gated regex with its gate, for the test that holds each gate a superset of its regex.</summary>
    internal static IReadOnlyList<GatedPattern> Gates { get; } =
    [
        PictureDeixisGate, WidgetLabelGate, BracketedCreditGate, WorkCreditGate, RoleLabelGate, ViaCreditGate, EditorsNoteGate,
        CaptionDateGate, WikiMarkGate, WebAddressGate, PagePointerGate, OwnStoryGate, CutCaptionGate, MapCaptionGate, AuthorNoteGate,
    ];

    /// <summary>The gates above, settled in one reading of the sentence.</summary>
    internal static GatedPatternSet GateSet { get; } = new([.. Gates]);

    /// <summary>The regex the dateline pre-test spares.</summary>
    internal static Regex TrailingDatelinePattern => TrailingDateline();

    /// <summary>A picture's caption cut short for a gallery or a teaser, with its credit: "Police in the county arrested...
    /// (Associated Press)", "Rebels have increasingly… (Reuters)" (the words stop mid-sentence), or a video's blurb behind
    /// the player's close button ("CLOSE The mayor explains …", <see cref="VideoPlayerBlurbRule"/>). Run together with the
    /// article's text (a feed's one-line body) they reach the sentences, where their own line would have been dropped.</summary>
    [GeneratedRegex(@"(\.\.\.|…)\s*\(\p{Lu}[^()]{0,60}\)\W*$|^CLOSE\s+\p{Lu}\p{Ll}")]
    private static partial Regex CutCaption();

    /// <summary>A wire graphic's caption: "Map locates the site of …", "Map locates Valley Springs, Calif., where …". The
    /// Associated Press captions its locator maps so; a summary has no map (dev f5f3a7e4beff; train mnp-1149, mnp-1089,
    /// mnp-2283 and seven more).</summary>
    [GeneratedRegex(@"^\W*map locates\b", RegexOptions.IgnoreCase)]
    private static partial Regex MapCaption();

    /// <summary>The author's note at the foot of a piece, a whole sentence: "Jane Roe is Example.com's science editor.",
    /// "Sam Poe is the Courier's Washington correspondent.", "… is Slate's senior technology writer." It is about the
    /// page's writer, not the news (dev 07e8ead211b4; train mnp-2784, mnp-9620, mnp-17970, mnp-39504: Slate, Politico, the
    /// Inquirer). A name, "is", an outlet's possessive, at most four words, the role, and the end.</summary>
    [GeneratedRegex(@"^\W*(?-i:\p{Lu}[\p{L}'’.-]+\s+){1,3}is\s+(the\s+)?(?-i:\p{Lu})[\p{L}\p{N}.&-]*(\s+(?-i:\p{Lu})[\p{L}\p{N}.&-]*){0,3}['’]s?\s+([\p{L}-]+\s+){0,4}(editor|writer|correspondent|reporter|columnist|critic|contributor)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorNote();

    /// <summary>The outlet speaking of its own piece — an editor's correction or note ("… the court order referred to in
    /// this story has been amended.", "An earlier version of this article misstated …"): it is about the page, not the
    /// news, and "this story" means nothing in a summary.</summary>
    [GeneratedRegex(@"\b(in|of|to|from|by) this (story|article|piece|post|blog post)\b|\b(earlier|previous) version of this\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnStory();

    /// <summary>A pointer to what the page shows next to the text: "Read part of the conversation below.", "(see video
    /// below)", "… the four key features, described below." — a summary has no below.</summary>
    [GeneratedRegex(@"\b(see|read|watch|listen|view|described|shown|listed|embedded|included|posted|pictured|video|clip|footage|photos?|gallery|slideshow|statement|conversation|interview|transcript|list|trailer|excerpts?|letter|tweets?|chart|map|graphic|story)\b(\s+[^\s.!?]+){0,3}\s+(below|above)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PagePointer();

    /// <summary>A link, an e-mail address or a handle: a pointer to elsewhere on the web ("Read or share this story:
    /// https://…", "Follow her at @jdoe"), not a statement of the story. A hashtag stays: reporting names movements
    /// by theirs.</summary>
    [GeneratedRegex(@"\bhttps?://|\bwww\.\w|\b[\w.+-]+@[\w-]+\.\w{2,}|(?<![\w@])@\w{2,}|\bt\.co/", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();

    /// <summary>A wiki's section link or editors' flag left in the text: "Signs and symptoms [ edit ]".</summary>
    [GeneratedRegex(@"\[\s*(edit|citation needed|clarification needed|update)\s*\]", RegexOptions.IgnoreCase)]
    private static partial Regex WikiMark();

    /// <summary>A wire caption opening on the picture's date, run straight into who is shown: "Sept. 29, 2013 Jane
    /// Doe of …" (reporting puts "On" before a date, or a comma after it).</summary>
    [GeneratedRegex(@"^\W*(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?\s+\d{1,2},\s+\d{4}\s+(?-i:\p{Lu}\p{Ll})", RegexOptions.IgnoreCase)]
    private static partial Regex DatedCaption();

    /// <summary>The wire caption's date: the weekday without "on", then the full date with its year ("… signs
    /// autographs after a rally, Saturday, Oct. 3, 2015, in Franklin …", "… in Bamako, Mali Wednesday March 21,
    /// 2012.", "… in Antrim, Thursday, May, 1 2014."); reporting says "on Saturday".</summary>
    [GeneratedRegex(@"(?<!\bon\s+)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?,?\s+\d{1,2},?\s+\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionDate();

    /// <summary>"Update, 21 April: …", "Editor's note: …", "Correction: …".</summary>
    [GeneratedRegex(@"^\W*(update(d)?|editor['’]?s note|correction|clarification)\b[^:]{0,30}:", RegexOptions.IgnoreCase)]
    private static partial Regex EditorsNote();

    /// <summary>A dateline in capitals closing the sentence: a headline that ran into the story's first line.</summary>
    [GeneratedRegex(@"\p{L}\s+\p{Lu}{3,}(\s+\p{Lu}{3,})*,\s+\p{Lu}\p{Ll}{1,4}\.(\s*\((AP|Reuters|AFP)\))?\s*$")]
    private static partial Regex TrailingDateline();

    /// <summary>A picture's source standing alone: "Jane Doe via Getty Images", "County Sheriff's Office via AP".</summary>
    [GeneratedRegex(@"^\W*(\p{Lu}[\p{L}.'’&-]*\s+){1,6}via\s+(\p{Lu}[\p{L}.'’&-]*\s*){1,3}\W*$")]
    private static partial Regex ViaCredit();

    /// <summary>Words that only make sense beside a picture: "in this photo", "is pictured", "seen here".</summary>
    [GeneratedRegex(@"^\W*file\s*[-–—:]\s|\b(in )?this (\S+ ){0,5}(file )?(photo(graph)?|image|picture)s?,? (shows?|provided|released|taken|made)\b|\bin this (\w+ ){0,2}(photo(graph)?|image|picture|video still|screen ?(shot|grab)|still)\b|\b(is|are|was|were) (pictured|seen here|shown here|shown above|shown below)\b|\b(pictured|seen|shown) (here|above|below)\b|\((left|right|center|centre|top|bottom|above|below|pictured)\)", RegexOptions.IgnoreCase)]
    private static partial Regex PictureDeixis();

    /// <summary>A gallery or photo widget's label left at the front of the caption it opened, or its caption toggle.</summary>
    [GeneratedRegex(@"^\W*(buy photo|view (images?|photos?|gallery|slideshow)|see (photos|gallery)|enlarge (photo|image))\b|(toggle|hide|show) caption\b", RegexOptions.IgnoreCase)]
    private static partial Regex WidgetLabel();

    /// <summary>A picture credit in brackets anywhere: "(Photo: Jane Doe/USA TODAY)", "[Photo/City Evening News]".</summary>
    [GeneratedRegex(@"[(\[]\s*(photo|image|picture|video|file photo|credit)s?\s*(:|/|by\b)[^)\]]*[)\]]", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedCredit();

    /// <summary>Who wrote, edited or reported the piece: wire credit lines and contribution notes.</summary>
    [GeneratedRegex(@"^\W*((additional |contributing )?reporting|editing|writing|compiled|research|produced|graphics) by\s+(?-i:\p{Lu})|\b(contributed|contributing) (reporting )?to this (report|story|article)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkCredit();

    /// <summary>A production role as a label: "Host: …", "coordinator and live comment: …", "Producer and editor: …".</summary>
    [GeneratedRegex(@"^\W*((executive |senior |associate |series |live )?(host|co-?host|moderator|producer|editor|coordinator|narrator|camera|photography|commentary|comment|reporter|correspondent|presenter|music|credits?)s?)(\s*(,|and|&)\s*(executive |senior |associate |series |live )?(host|co-?host|moderator|producer|editor|coordinator|narrator|camera|photography|commentary|comment|reporter|correspondent|presenter|music|credits?)s?)*\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex RoleLabel();
}
