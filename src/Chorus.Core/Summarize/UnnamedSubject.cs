using System.Text.RegularExpressions;

namespace Chorus.Summarize;

/// <summary>
/// A sentence whose subject is a person described but not named — "The actress, who …", "The comedian teased …",
/// "The 28-year-old was …" — points at someone an earlier sentence of its article named. It cannot open a summary:
/// the reader meets the description before the name. A description the sentence itself pins down ("The man who
/// …", "The woman accused of …") stays, and so does an indefinite one ("A woman was …"). Written with a capital
/// "The": a lead opens a sentence, and lowercased text (multinews-plus) gives no sign of where one starts.
/// </summary>
public static partial class UnnamedSubject
{
    /// <summary>The sentence cannot open a summary: its subject is a person described but not named, or it names the
    /// event only by a description an earlier sentence explains (<see cref="UnseenReferent"/>).</summary>
    public static bool Opens(string text) => Description().IsMatch(text) || UnseenReferent.Points(text);

    [GeneratedRegex(@"^\s*The\s+(?:(?!(?:who|that|and|or|of|in|at|to)\b)[\p{L}\d'’\-]+\s+){0,3}(\d+-year-old|(?i:actress|actor|comedian|singer|rapper|musician|star|athlete|player|model|host|author|writer|filmmaker|director|billionaire|mogul|couple|duo|teenager|teen|woman|man|boy|girl|victim|suspect))\b(?!,?\s+\p{Lu})(?!\s+(who|that|accused|charged|arrested|suspected|identified|named|from|in|at|of|with|to|on)\b)")]
    private static partial Regex Description();
}
