using System.Text.RegularExpressions;
using Chorus.Ingest;

namespace Chorus.Clean;

/// <summary>
/// The dateline and wire credit that open an article's first paragraph ("PHOENIX (AP) —", "(CNN) --",
/// "MONTPELIER —", "MONDAY, Jan. 25, 2016 (HealthDay News) --", "Washington (CNN) ", "SAN DIEGO - "), and an
/// "Update:" label before the lead: page furniture that would otherwise open a summary sentence. The outlet it
/// names was already read at ingest; here it is only taken out of the text.
/// </summary>
public sealed partial class DatelineFragmentRule : IFragmentRule
{
    public const string Reason = "dateline";

    public (string Kept, Removal Removed)? Strip(string paragraph)
    {
        int cut = DatelineLength(paragraph);
        // An update label may follow the dateline ("(CNN) Update: The committee said …") or stand alone.
        var update = UpdateLabel().Match(paragraph, cut);
        if (update.Success && update.Index == cut) cut += update.Length;
        if (cut == 0) return null;
        var kept = paragraph[cut..];
        // What follows must read as a sentence of its own; "WASHINGTON — the" is not a dateline we understand.
        if (kept.Length == 0 || char.IsLower(kept[0])) return null;
        return (kept, new Removal(paragraph[..cut].Trim(), Reason));
    }

    private static int DatelineLength(string paragraph)
    {
        var m = Dateline().Match(paragraph);
        if (m.Success) return m.Length;
        // Without a dash the credit alone says it is a dateline, so it must name a news organization: "Smith (R) Voted"
        // and "The agency (NASA) Said" stay.
        m = UndashedCredit().Match(paragraph);
        if (m.Success && OutletNames.LooksLikeOutlet(m.Groups["credit"].Value)) return m.Length;
        m = HyphenPlace().Match(paragraph);
        if (m.Success) return m.Length;
        m = ChevronPlace().Match(paragraph);
        if (m.Success) return m.Length;
        m = BareStandAlonePlace().Match(paragraph);
        return m.Success ? m.Length : 0;
    }

    // Older wire copy sets the dash as a spaced underscore ("WASHINGTON (AP) _ …", "WASHINGTON _ …"): the same dateline.
    // A place in capitals ("NEW ORLEANS", "BROOKSVILLE, Ala."), or one capitalised word or a date followed by a
    // credit, then a dash. Without a credit only a capitals place and a long dash qualify, so "ABC - the network"
    // or an ordinary "Sen. Smith (R) —" stays.
    [GeneratedRegex(@"^\s*(?:(?:(?<place>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3})(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?\s*(?:\([A-Z][A-Za-z.&]+(?:\s+[A-Z][A-Za-z.&]+){0,2}\)\s*(?:—|–|--?|_)|(?:—|–|--)-?|\s_(?=\s)))|(?:(?:[A-Z][a-z]+|(?:[A-Z]+,\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)\s*)?\([A-Z][A-Za-z.&]+(?:\s+[A-Z][A-Za-z.&]+){0,2}\)\s*(?:—|–|--?|_))\s*")]
    private static partial Regex Dateline();

    /// <summary>"(CNN) A woman …", "Washington (CNN) Donald …", "Sycamore, Illinois (CNN) The man …": a place of up
    /// to three capitalised words, the credit, then a capitalised word with no dash between.</summary>
    [GeneratedRegex(@"^\s*(?:[A-Z][A-Za-z.'\-]+(?:,?\s+[A-Z][A-Za-z.'\-]+){0,2},?\s+)?\((?<credit>[A-Z][A-Za-z.&]*(?:\s+[A-Z][A-Za-z.&]*){0,2})\)\s+(?=[A-Z0-9""“‘])")]
    private static partial Regex UndashedCredit();

    /// <summary>"SAN DIEGO - ", "COLUMBIA, S.C. - ": a place in capitals and a spaced single hyphen. "FILE - " opens a
    /// photo caption, not a dateline, and is left to the caption rules.</summary>
    [GeneratedRegex(@"^\s*(?!FILE\b)[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?\s+-\s+(?=[A-Z0-9""“‘])")]
    private static partial Regex HyphenPlace();

    /// <summary>"WOODLAND HILLS >> ", "Saugerties >> ", "Independence Twp. >> ": the dateline of the California and
    /// New York regional dailies (and of the sites that share their content system), a place of up to four words and a
    /// double chevron. The place must open the paragraph, so a transcript's speaker-change marker (">> JON: …") and a
    /// teaser's "Read more >>" stay for their own rules.</summary>
    [GeneratedRegex(@"^\s*[A-Z][A-Za-z.'\-]+(?:\s+[A-Za-z.'\-]+){0,3}\s+>>\s+(?=[A-Z0-9""“‘])")]
    private static partial Regex ChevronPlace();

    /// <summary>"WASHINGTON Obesity is …", "LONDON The bank said …": a dateline whose dash a scraper lost. Without the
    /// dash only the wire stylebooks' stand-alone dateline cities qualify (those a dateline gives without a state or
    /// country), in capitals and followed by a word in title case, so an agency's initials
    /// ("NASA Scientists …", "FEMA Director …") or a line set all in capitals stays.</summary>
    [GeneratedRegex(@"^\s*(?:ATLANTA|BALTIMORE|BOSTON|CHICAGO|CINCINNATI|CLEVELAND|DALLAS|DENVER|DETROIT|HONOLULU|HOUSTON|INDIANAPOLIS|LAS VEGAS|LOS ANGELES|MIAMI|MILWAUKEE|MINNEAPOLIS|NEW ORLEANS|NEW YORK|OKLAHOMA CITY|PHILADELPHIA|PHOENIX|PITTSBURGH|ST\. LOUIS|SALT LAKE CITY|SAN ANTONIO|SAN DIEGO|SAN FRANCISCO|SEATTLE|WASHINGTON|BAGHDAD|BANGKOK|BEIJING|BEIRUT|BERLIN|BRUSSELS|CAIRO|GENEVA|HAVANA|HONG KONG|ISLAMABAD|ISTANBUL|JERUSALEM|JOHANNESBURG|KABUL|LONDON|MADRID|MEXICO CITY|MOSCOW|NEW DELHI|OTTAWA|PARIS|PRAGUE|RIO DE JANEIRO|ROME|SHANGHAI|SINGAPORE|STOCKHOLM|SYDNEY|TOKYO|TORONTO|VATICAN CITY)\s+(?=[""“‘]?[A-Z][a-z])")]
    private static partial Regex BareStandAlonePlace();

    /// <summary>"Update: ", "UPDATE 2: ", "Update, 21 April: ", "UPDATE: September 6, 2011 1:45 p.m.: " before the lead.</summary>
    [GeneratedRegex(@"\G(?i:updated?)\b(?:[^\n]{0,40}?\d{1,2}:\d{2}[^:\n]{0,12}:|[^:\n]{0,30}?:)\s+(?=[A-Z0-9""“‘])")]
    private static partial Regex UpdateLabel();
}
