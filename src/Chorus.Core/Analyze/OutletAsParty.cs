using System.Text.RegularExpressions;

namespace Chorus.Analyze;

/// <summary>
/// Wordings in which a news organization is a party to the story rather than its source, though a citation pattern
/// matched: something it owns or is owned by ("according to CNN's owner, AT&amp;T", "told Fox News' parent company"),
/// or its results as a business ("The Daily Record reported a loss of $4 million"); a network that carried an event
/// rather than anyone's words ("the incident was broadcast live on CNN"); a name that only describes a group of
/// people after it ("speaking with Syrian women", "told Fox executives").
/// </summary>
public static partial class OutletAsParty
{
    /// <summary>What a newsroom's possessive names when the newsroom is the source: its staff, its work, its programme.
    /// Anything else it "has" (an owner, a website, lawyers, shares, a building) makes it the subject.</summary>
    private static readonly HashSet<string> NewsroomWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "reporter", "reporters", "correspondent", "correspondents", "anchor", "co-anchor", "host", "editor", "editors",
        "columnist", "journalist", "journalists", "contributor", "writer", "analyst", "commentator", "presenter", "critic",
        "producer", "staff", "team", "desk", "bureau", "editorial", "report", "reports", "reporting", "story", "stories",
        "investigation", "interview", "series", "analysis", "coverage", "documentary", "program", "programme", "show",
        "podcast", "newsletter", "article", "articles", "piece", "op-ed", "blog", "broadcast", "special", "sources", "own",
    };

    /// <summary>Whether a name captured with a possessive ("CNN's", "Fox News'") is the newsroom as the source: the words
    /// after it are a name (a reporter, a show: "CNN's Jake Tapper") or say what of its reporting is meant ("the Post's
    /// chief White House correspondent"); otherwise ("CNN's owner", "the Times' website crashed") it is a party.</summary>
    public static bool PossessiveIsNewsroom(string after)
    {
        var words = LeadingWords().Match(after);
        if (!words.Success) return true;
        foreach (Capture w in words.Groups["w"].Captures)
            if (NewsroomWords.Contains(w.Value)) return true;
        return false;
    }

    /// <summary>"reported a loss", "reported record advertising revenue", "reported 3 million subscribers": a company's
    /// results, which a newsroom reports about itself as any company does, not reporting of the story.</summary>
    public static bool IsBusinessResult(string after) => BusinessResult().IsMatch(after);

    /// <summary>"The incident was broadcast live on CNN's "John King USA"", "the fight was aired on Fox News": the network
    /// carried what happened, it reported no one's words. Said of an interview or remarks ("the interview was broadcast
    /// on CBS's "60 Minutes"") the network is where the words were said, and is cited.</summary>
    /// <param name="before">The sentence before the verb "broadcast" or "aired".</param>
    public static bool CarriedAnEvent(ReadOnlySpan<char> before) =>
        PassiveBefore().IsMatch(before) && !SpokenWords().IsMatch(before);

    /// <summary>"speaking with Syrian women", "told Fox executives", "according to Afghan villagers": a capitalized word
    /// right before a plural noun of people says who they are; it names no outlet even where the cluster cites one
    /// that starts with it ("Syrian TV").</summary>
    /// <param name="after">The sentence after the captured name.</param>
    public static bool DescribesPeople(ReadOnlySpan<char> after) => PeopleAfter().IsMatch(after);

    [GeneratedRegex(@"\b(?:was|were|is|are|been|being|be)\s+(?:\p{Ll}+\s+)?$")]
    private static partial Regex PassiveBefore();

    // The thing broadcast, in the clause before its verb: a person's words.
    [GeneratedRegex(@"\b(?:interviews?|remarks|comments|statements?|speech|address|conversation|exchange|testimony|message|confession|apology|announcement)\b(?![^,;]*[,;])", RegexOptions.IgnoreCase)]
    private static partial Regex SpokenWords();

    [GeneratedRegex(@"^\s+(?:women|men|officials|forces|soldiers|troops|authorities|lawmakers|officers|leaders|children|citizens|residents|villagers|refugees|rebels|employees|executives|workers|militants|fighters|students|fans|voters|activists|protesters|diplomats|investigators|prosecutors|families|doctors|farmers|civilians)\b")]
    private static partial Regex PeopleAfter();

    // Up to four lower-case words right after the possessive, before any name or punctuation but a comma.
    [GeneratedRegex(@"^\s+(?:(?<w>\p{Ll}[\p{Ll}\-]*),?\s+){0,3}(?<w>\p{Ll}[\p{Ll}\-]*)")]
    private static partial Regex LeadingWords();

    // The object of "reported": up to three words of amount or kind, none of them a clause opener, then the result.
    // "a loss of life", "sales of generators" are news facts: the result counts only with an amount or without "of".
    [GeneratedRegex(@"^\s+(?:(?!(?:that|on|about|how|what|why|when|where|whether|in|to|from|by|the|this|his|her)\b)[\p{Ll}\d$£€%.,\-]+\s+){0,3}(?:revenues?|earnings|profits?|sales|(?:net\s+)?income|subscribers|subscriptions|losses|loss)\b(?!\s+of\s+(?![$£€\d]))")]
    private static partial Regex BusinessResult();
}
