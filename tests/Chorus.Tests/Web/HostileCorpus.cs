using System.Text.Json;

namespace Chorus.Tests.Web;

/// <summary>
/// Invented articles written to attack a web page: markup and script in titles, text, outlet names and URLs,
/// event handlers, <c>javascript:</c> links, CSS and SVG payloads, entities that decode to markup, and
/// right-to-left overrides. Three outlets report one flood (two share sentences); three report an unrelated fire (one feed's title is its first paragraph).
/// </summary>
public static class HostileCorpus
{
    public const string RtlOverride = "\u202E";
    public const string Flood = "Rivermouth", Fire = "Brookhaven";

    /// <summary>The title of the fire story's third article: a feed that put its whole first paragraph (over 30 words)
    /// where the headline goes.</summary>
    public const string ParagraphTitle = "Firefighters from four stations fought a blaze at a Brookhaven harbour warehouse through the night, and the fire service said on Tuesday that the building, which stored paper and paint, could not be saved.";

    public static readonly string[] Payloads =
    [
        "<script>alert('title')</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(2)>", "<a href=\"javascript:alert(3)\">",
        "&lt;script&gt;alert(4)&lt;/script&gt;", "<style>body{display:none}</style>", "<b onmouseover=alert(6)>",
    ];

    private static object Line(string id, string title, string source, string url, string published, params string[] paragraphs) =>
        new { id, title, source, url, published, text = string.Join("\n\n", paragraphs) };

    public static string JsonLines()
    {
        const string lead = "Flood waters cut off the Rivermouth valley on Monday after three days of rain, and 40 families were moved to the school gym, the county emergency office said.";
        const string quote = "\"<script>alert(8)</script> We will rebuild every bridge in this valley,\" said Mayor Ana Ruiz, who toured the flooded streets by boat on Monday afternoon.";
        var lines = new[]
        {
            Line("evil-times-flood", "Flood waters cut off Rivermouth valley <script>alert('title')</script>", "<b onmouseover=alert(6)>Evil</b> Times",
                "javascript:alert(7)", "2026-03-02T08:00:00Z",
                lead,
                "<img src=x onerror=alert(1)> Crews from the Rivermouth fire station used boats to reach homes on Mill Road, where water stood four feet deep <svg onload=alert(2)><circle r=40></circle></svg>.",
                quote,
                "The council published its emergency order on Monday: <a href=\"javascript:alert(3)\">read the order</a> and &lt;script&gt;alert(4)&lt;/script&gt; &#60;img src=x onerror=alert(10)&#62; explain which roads are closed.",
                "<style>body{display:none}</style><link rel=stylesheet href=https://evil.example/x.css><img src=\"https://evil.example/pixel.png\"> The river crested at 14 feet near the old Rivermouth mill, the highest level since 1998, the weather service said.",
                $"Residents were told to boil water until further notice {RtlOverride}and not to drink from private wells\u202C, the county health department said on Monday."),
            Line("valley-courier-flood", "Rivermouth families sheltered in school gym as valley floods", "Valley Courier",
                "https://courier.example/flood?a=\"><script>alert(9)</script>", "2026-03-02T12:00:00Z",
                lead,
                quote,
                "The Valley Courier counted families arriving at the Rivermouth school gym through Monday night, many carrying pets and bedding, while volunteers served hot soup.",
                "Roads into the valley from the north stayed closed on Monday evening, and the county said it could not yet say when they would reopen to traffic."),
            Line("harbor-radio-flood", $"Rivermouth valley cut off by flood, mayor vows to rebuild {RtlOverride}dliuber", $"Harbor Radio {RtlOverride}gnp.exe",
                "https://radio.example/rivermouth-flood", "2026-03-03T09:30:00Z",
                "The Rivermouth valley remained cut off by flood waters on Tuesday, a day after heavy rain sent the river over its banks and forced families from their homes.",
                "Mayor Ana Ruiz said the town would rebuild every bridge washed out in the valley, and asked the state for emergency money to begin the work quickly.",
                "Volunteers in boats checked on elderly residents along Mill Road on Tuesday morning, the county emergency office said, and no one was reported hurt."),
            Line("gazette-fire", "Warehouse fire destroys Brookhaven harbour store", "Harbour Gazette", "https://gazette.example/fire", "2025-06-10T06:00:00Z",
                "Firefighters in Brookhaven battled a warehouse blaze on the harbour front through the night, the fire service said on Tuesday, and the building was lost.",
                "No one was hurt, but the warehouse, which stored paper and paint, was destroyed and thick smoke closed two schools near the harbour for the day.",
                "Fire chief Dana Okoro said crews from four stations reached the harbour within ten minutes of the first call from a passing fisherman."),
            Line("post-fire", "Brookhaven harbour warehouse burns overnight", "Brookhaven Post", "https://post.example/fire", "2025-06-10T09:00:00Z",
                "A warehouse on the Brookhaven harbour front burned through the night, and firefighters from four stations fought the blaze until dawn on Tuesday.",
                "Fire chief Dana Okoro said the paper and paint stored inside fed the flames, and smoke closed two schools near the harbour as a precaution.",
                "Investigators have not yet said what started the fire, and the owners of the warehouse declined to comment on Tuesday."),
            // A feed whose title field held the first paragraph: the reader must not see a paragraph as the article's name.
            Line("weekly-fire", ParagraphTitle, "Harbour Weekly", "https://weekly.example/fire", "2025-06-10T11:00:00Z",
                "The Brookhaven harbour warehouse that burned through the night stored paper and paint, and firefighters from four stations fought the blaze until dawn on Tuesday, the fire service said.",
                "Smoke from the warehouse fire closed two schools near the Brookhaven harbour on Tuesday, and fire chief Dana Okoro said no one was hurt."),
        };
        return string.Join("\n", lines.Select(l => JsonSerializer.Serialize(l))) + "\n";
    }
}
