namespace Chorus.Analyze;

/// <summary>
/// Words for a country's people and what is theirs ("Egyptian men", "a Spanish court", "Australian researchers",
/// "the Russian side"): an adjective or a people, never a place, a person or a body by itself. A capital and a place
/// preposition ("in Egyptian politics") or a verb after it ("Russian officials said") made readers of the analysis
/// see "Egyptian" and "Russian" listed as places. A list, not a suffix test: "-an", "-ese" and "-i" end as many
/// places and surnames ("Iran", "Milan", "Dubai", "Morgan") as adjectives.
/// </summary>
internal static class NationalityWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "Afghan", "Albanian", "Algerian", "American", "Angolan", "Arab", "Argentine", "Argentinian", "Armenian", "Asian",
        "Australian", "Austrian", "Azerbaijani", "Bahraini", "Bangladeshi", "Belarusian", "Belgian", "Bolivian", "Bosnian",
        "Brazilian", "British", "Bulgarian", "Burmese", "Cambodian", "Cameroonian", "Canadian", "Chilean", "Chinese",
        "Colombian", "Congolese", "Croatian", "Cuban", "Cypriot", "Czech", "Danish", "Dominican", "Dutch", "Ecuadorian",
        "Egyptian", "Emirati", "English", "Eritrean", "Estonian", "Ethiopian", "European", "Filipino", "Finnish", "French",
        "Georgian", "German", "Ghanaian", "Greek", "Guatemalan", "Haitian", "Honduran", "Hungarian", "Icelandic", "Indian",
        "Indonesian", "Iranian", "Iraqi", "Irish", "Israeli", "Italian", "Ivorian", "Jamaican", "Japanese", "Jordanian",
        "Kazakh", "Kenyan", "Korean", "Kosovar", "Kurdish", "Kuwaiti", "Latvian", "Lebanese", "Liberian", "Libyan",
        "Lithuanian", "Malaysian", "Malian", "Maltese", "Mexican", "Moldovan", "Mongolian", "Moroccan", "Nepalese",
        "Nicaraguan", "Nigerian", "Nigerien", "Norwegian", "Pakistani", "Palestinian", "Panamanian", "Paraguayan",
        "Persian", "Peruvian", "Polish", "Portuguese", "Qatari", "Romanian", "Russian", "Rwandan", "Salvadoran", "Saudi",
        "Scottish", "Senegalese", "Serbian", "Singaporean", "Slovak", "Slovenian", "Somali", "Sudanese", "Swedish", "Swiss",
        "Syrian", "Taiwanese", "Tanzanian", "Thai", "Tibetan", "Tunisian", "Turkish", "Ugandan", "Ukrainian", "Uruguayan",
        "Uzbek", "Venezuelan", "Vietnamese", "Welsh", "Yemeni", "Zambian", "Zimbabwean",
    };

    /// <summary>Whether a one-word name is a nationality's adjective (or its people, written the same).</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
