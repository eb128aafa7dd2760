namespace Chorus.Tests.Analyze;

/// <summary>Cited outlets are news organizations named as a source; entities are typed by evidence in the text.
/// Sentences written for the test, modelled on a Las Vegas shooting story, a space-station story and the
/// Versailles summit sample.</summary>
public class OutletAndEntityRuleTests
{
    [Fact]
    public void Only_news_organizations_named_as_a_source_are_cited_outlets()
    {
        var a = QuoteRuleTests.Analyze(
            "Witnesses told police the SUV had come from a nearby casino, and the DNC reported nothing of it.\n\n" +
            "Three people were hurt, according to the Bahamas Emergency Management Agency, reports the BBC.\n\n" +
            "The storm was the worst in a decade, according to a report in the Miami Herald.\n\n" +
            "The driver was killed, according to the Associated Press, and the SUV was found later.",
            "The crew is safe, a flight director told NBC News on Tuesday.\n\n" +
            "Her neighbour told ABC7 Monday that the street flooded, and the singer told US Weekly she was safe, the Times reported Thursday.\n\n" +
            "\"We are fine,\" the commander said, according to CNN. KTLA reported that the road was closed.");
        var names = a.CitedOutlets.Select(o => o.Name).ToList();
        Assert.Contains("Associated Press", names);
        Assert.Contains("NBC News", names);
        Assert.Contains("CNN", names);
        Assert.Contains("KTLA", names);
        Assert.Contains("BBC", names);
        Assert.Contains("Miami Herald", names);
        Assert.Contains("ABC7", names);
        Assert.Contains("US Weekly", names);
        // "the Times" alone: which one? No other article names it in full.
        Assert.DoesNotContain("Times", names);
        Assert.DoesNotContain(names, n => n.EndsWith("Monday") || n.EndsWith("Thursday"));
        Assert.DoesNotContain("SUV", names);
        Assert.DoesNotContain(names, n => n.Contains("Management Agency"));
        Assert.DoesNotContain("DNC", names);
    }

    [Fact]
    public void Places_organizations_and_people_are_typed_by_their_evidence()
    {
        var a = QuoteRuleTests.Analyze(
            "A visitor, Jeff Marlow, 33, of Columbus, Ohio, said he could not cross the street. Another, Ann Reyes, of Forest Hill, Md., said the same.\n\n" +
            "The decision will come in two days, according to Kenny Hart, the mission manager.\n\n" +
            "He raised the treatment of the LGBT community in Russian-controlled Chechnya with officials of the Russian Federation.",
            "Leaders spoke about the LGBT community in Chechnya and about trade with the Russian Federation in Paris.");
        var people = a.People.Select(p => p.Name).ToList();
        var places = a.Places.Select(p => p.Name).ToList();
        var organizations = a.Organizations.Select(p => p.Name).ToList();
        Assert.DoesNotContain("Columbus", people);
        Assert.Contains("Columbus", places);
        Assert.DoesNotContain("Forest Hill", people);
        Assert.DoesNotContain("Kenny Hart", places);
        Assert.DoesNotContain("LGBT", organizations);
        Assert.DoesNotContain("Russian Federation", organizations);
        Assert.Contains("Russian Federation", places);
        Assert.Contains("Chechnya", places);
        Assert.DoesNotContain(places, p => p.Contains("Russian-controlled"));
    }
}
