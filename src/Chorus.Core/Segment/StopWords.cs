namespace Chorus.Segment;

/// <summary>
/// English function words. Lucene's default English set has only 33 words, too few to keep "said", "would"
/// or "about" from dominating sentence similarity, so Chorus keeps its own list.
/// </summary>
public static class StopWords
{
    public static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "a","about","above","after","again","against","all","also","am","an","and","any","are","as","at","be","because",
        "been","before","being","below","between","both","but","by","can","could","did","do","does","doing","down",
        "during","each","few","for","from","further","had","has","have","having","he","her","here","hers","herself",
        "him","himself","his","how","i","if","in","into","is","it","its","itself","just","me","more","most","my",
        "myself","no","nor","not","now","of","off","on","once","only","or","other","our","ours","ourselves","out",
        "over","own","same","she","should","so","some","such","than","that","the","their","theirs","them",
        "themselves","then","there","these","they","this","those","through","to","too","under","until","up","very",
        "was","we","were","what","when","where","which","while","who","whom","why","will","with","would","you","your",
        "yours","yourself","said","says","say","told","according","mr","mrs","ms","one","two","may","might","must",
        "shall","us","however","yet","still","even","much","many","well","since","though","although","whether",
        "would","like","get","got","also","via","per","let","'s","among","around","without","within","upon","onto",
    };

    public static bool Contains(string lowerCaseWord) => English.Contains(lowerCaseWord);
}
