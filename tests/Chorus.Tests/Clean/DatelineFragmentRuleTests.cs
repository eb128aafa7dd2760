using Chorus.Clean;
using Chorus.Ingest;

namespace Chorus.Tests.Clean;

public class DatelineFragmentRuleTests
{
    [Theory]
    [InlineData("TUCSON, Ariz. (AP) — A judge on Monday ordered the release of a man.", "A judge on Monday ordered the release of a man.", "TUCSON, Ariz. (AP) —")]
    [InlineData("(AP) — The candidate spoke for an hour on Saturday.", "The candidate spoke for an hour on Saturday.", "(AP) —")]
    [InlineData("BURLINGTON — Police said Sunday a man was shot outside a bar.", "Police said Sunday a man was shot outside a bar.", "BURLINGTON —")]
    [InlineData("(HealthDay News) -- Runners who stretch are not injured less often, a study finds.", "Runners who stretch are not injured less often, a study finds.", "(HealthDay News) --")]
    [InlineData("FRIDAY, Oct. 2, 2015 (HealthDay News) -- Coffee drinkers slept less, researchers said.", "Coffee drinkers slept less, researchers said.", "FRIDAY, Oct. 2, 2015 (HealthDay News) --")]
    [InlineData("Seoul (CNN) -- North Korea fired two missiles on Tuesday.", "North Korea fired two missiles on Tuesday.", "Seoul (CNN) --")]
    [InlineData("SAN DIEGO (Reuters) - A jury on Friday acquitted the former officer.", "A jury on Friday acquitted the former officer.", "SAN DIEGO (Reuters) -")]
    // Older wire copy sets the dash as a spaced underscore: an agency's credited dateline and a newspaper's bare one.
    [InlineData("WASHINGTON (AP) _ The Senate voted 55-45 on Tuesday to end the debate.", "The Senate voted 55-45 on Tuesday to end the debate.", "WASHINGTON (AP) _")]
    [InlineData("NEW YORK _ Stocks rose sharply on Wednesday after the rate cut.", "Stocks rose sharply on Wednesday after the rate cut.", "NEW YORK _")]
    [InlineData("HAVANA, Cuba _ The pope arrived on Wednesday for a five-day visit.", "The pope arrived on Wednesday for a five-day visit.", "HAVANA, Cuba _")]
    // Regional dailies set the dateline off with a double chevron, the place in capitals or in title case.
    [InlineData("GLENDORA >> Firefighters stopped a brush fire at 40 acres on Tuesday, officials said.", "Firefighters stopped a brush fire at 40 acres on Tuesday, officials said.", "GLENDORA >>")]
    [InlineData("Rhinebeck >> A village trustee resigned on Monday after a dispute over parking fees.", "A village trustee resigned on Monday after a dispute over parking fees.", "Rhinebeck >>")]
    [InlineData("Bloomfield Twp. >> The township board approved a new fire station Thursday.", "The township board approved a new fire station Thursday.", "Bloomfield Twp. >>")]
    // A scraper that drops the dash leaves a stand-alone dateline city glued to the lead: an agency's and a daily's.
    [InlineData("WASHINGTON Lawmakers agreed late on Thursday to fund the harbor dredging for two more years.", "Lawmakers agreed late on Thursday to fund the harbor dredging for two more years.", "WASHINGTON")]
    [InlineData("LOS ANGELES “We were lucky,” said the pilot, who landed the small plane on a freeway.", "“We were lucky,” said the pilot, who landed the small plane on a freeway.", "LOS ANGELES")]
    public void Strips_the_dateline_and_keeps_it_as_a_removal(string paragraph, string kept, string removed)
    {
        var result = new DatelineFragmentRule().Strip(paragraph);
        Assert.NotNull(result);
        Assert.Equal(kept, result.Value.Kept);
        Assert.Equal(removed, result.Value.Removed.Text);
        Assert.Equal(DatelineFragmentRule.Reason, result.Value.Removed.Reason);
    }

    [Theory]
    [InlineData("Chronic kidney disease (CKD) - a slow loss of function - affects millions.")]
    [InlineData("Sen. Maria Lopez (D) — who chairs the panel — called the vote a disgrace.")]
    [InlineData("NASA said on Monday the launch would be delayed by a week.")]
    [InlineData("FEMA Director Ana Ortiz toured the flooded towns on Sunday.")]
    [InlineData("WASHINGTON STATE VOTERS APPROVE THE MEASURE")]
    [InlineData("WASHINGTON lawmakers met on Friday.")]
    [InlineData("NEW DELHI - officials said the count would resume.")]
    [InlineData("NEW YORK _ stocks rose.")]
    [InlineData("The file_name _ Was renamed on Monday.")]
    [InlineData(">> JON: Welcome back to the program, everybody.")]
    [InlineData("The results were posted online. Read more >> The board meets again in May.")]
    [InlineData("GLENDORA >> firefighters stopped the fire.")]
    public void Leaves_ordinary_openings(string paragraph) => Assert.Null(new DatelineFragmentRule().Strip(paragraph));

    [Fact]
    public void Only_the_opening_paragraphs_lose_a_dateline()
    {
        const string Body = "The council met for three hours on Monday and adjourned without a vote on the budget plan.";
        var doc = new SourceDocument("01", "01.txt", "Bar shooting", null, null, null, null,
        [
            "A crowd gathers outside the bar on Sunday.",
            "BURLINGTON (AP) — Police said Sunday a man was shot outside a bar after an argument over a parking space.",
            Body, Body + " Again.",
            "BURLINGTON — Police later said a second man was arrested at his home and charged with assault on Monday.",
        ]);
        var clean = new ArticleCleaner().CleanOne(doc);
        Assert.StartsWith("Police said Sunday", clean.Paragraphs[1]);
        Assert.StartsWith("BURLINGTON —", clean.Paragraphs[^1]);
        Assert.Single(clean.Removed, r => r.Reason == DatelineFragmentRule.Reason);
        Assert.Contains(clean.Removed, r => r.Reason == DatelineFragmentRule.Reason && r.Text == "BURLINGTON (AP) —");
    }
}
