namespace Chorus.Tests.Cli;

/// <summary>Invented articles written for these tests: two unrelated events, each told by several outlets.</summary>
public static class CliFixtures
{
    public static readonly string[] BridgeParagraphs =
    [
        "The old Harwick swing bridge jammed open on Tuesday morning, stranding hundreds of commuters on the east bank of the Calder river for most of the day.",
        "Engineers from the county roads department said a gearbox on the turning span had seized after the bridge opened to let a grain barge through at 6:40 a.m.",
        "\"We have never had the span stick like this in thirty years,\" said Dana Whitlock, the bridge keeper, who raised the alarm when the motor stalled.",
        "Ferry operator Calder Crossings added three extra boats between Harwick Quay and the Millgate steps, and the county asked drivers to use the Dunmore road bridge twelve miles upstream.",
        "The county council said the Harwick bridge would stay closed to traffic until the gearbox had been replaced, which could take until Friday.",
    ];

    public static readonly string[] OrchardParagraphs =
    [
        "A late frost has destroyed most of the apple blossom in the Penmore valley orchards, growers said on Monday, warning of the smallest harvest in a decade.",
        "Temperatures in the valley fell to minus five degrees on Saturday night, weeks after the trees had flowered early in an unusually warm March.",
        "\"The blossom went brown overnight; you could hear the growers crying down the phone,\" said Owen Treharne, chair of the Penmore Fruit Growers Association.",
        "Cider makers in the valley buy almost all of the local crop, and two of the largest presses said they would import fruit from the continent to keep their lines running.",
        "The growers association has asked the regional government for emergency grants to cover the cost of keeping orchard workers employed through the summer.",
    ];

    /// <summary>One outlet's take: the same facts, sentences reordered and partly reworded, so outlets share some
    /// sentences and not others.</summary>
    public static string Text(string title, string[] paragraphs, int take, int skip = 0) =>
        title + "\n\n" + string.Join("\n\n", paragraphs.Skip(skip).Take(take)) + "\n";
}
