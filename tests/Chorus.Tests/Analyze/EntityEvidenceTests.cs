namespace Chorus.Tests.Analyze;

/// <summary>
/// Each entity type rests on evidence that holds in any outlet's prose. Sentences written for the test in the style of
/// a crime story, a tech story, a storm story and a politics story, each rule tried on at least two.
/// </summary>
public class EntityEvidenceTests
{
    internal static (List<string> People, List<string> Organizations, List<string> Places) Entities(params string[] bodies)
    {
        var a = QuoteRuleTests.Analyze(bodies);
        return (a.People.Select(e => e.Name).ToList(), a.Organizations.Select(e => e.Name).ToList(), a.Places.Select(e => e.Name).ToList());
    }

    [Fact]
    public void To_from_and_at_do_not_make_a_person_or_a_company_a_place()
    {
        var (_, _, places) = Entities(
            "The show ended with a tribute to Marla Kent, who died last year. A letter from Dale Ortiz was read aloud.",
            "Engineers at Brightwave said the phone was safe. The data was sent to Brightwave before the launch.");
        Assert.DoesNotContain("Marla Kent", places);
        Assert.DoesNotContain("Dale Ortiz", places);
        Assert.DoesNotContain("Brightwave", places);
        // A strong locative still makes one.
        Assert.Contains("Marston", Entities("The storm flooded homes in Marston on Monday.", "Crews worked near Marston all night.").Places);
    }

    /// <summary>A sentence's opening word run into the name after it (an open letter's salutation, a profile's adverb).</summary>
    [Fact]
    public void A_word_that_opens_the_sentence_is_not_part_of_the_name_after_it()
    {
        var (people, _, _) = Entities(
            "Dear Lena Hartwell, we read your letter about the closed library with great interest, the council wrote. Lena Hartwell said she was pleased.",
            "Sometimes Tomas Brandt walks the whole route himself, checking every stop. Whenever Tomas Brandt visits the depot, the drivers ask him about pay, Tomas Brandt said.");
        Assert.Contains("Lena Hartwell", people);
        Assert.Contains("Tomas Brandt", people);
        Assert.DoesNotContain(people, p => p.StartsWith("Dear") || p.StartsWith("Sometimes") || p.StartsWith("Whenever"));
    }

    [Fact]
    public void A_journal_something_was_published_in_is_not_a_place()
    {
        var (_, _, places) = Entities(
            "The findings were published in Cell Reports on Wednesday.",
            "The chemists wrote in Applied Optics that the lens bent light twice.");
        Assert.DoesNotContain("Cell Reports", places);
        Assert.DoesNotContain("Applied Optics", places);
    }

    [Fact]
    public void Capitals_for_emphasis_are_not_initials()
    {
        var (_, organizations, _) = Entities(
            "The note said: POLICE FOUND THE BABY ALONE IN THE CAR. The baby was found alone, police said.",
            "He posted: THIS IS THE END OF IT. Officials said the end of the strike was near, and the union said OK.\n\nThe union said it was ok with the deal.");
        Assert.DoesNotContain("FOUND", organizations);
        Assert.DoesNotContain("END", organizations);
        Assert.DoesNotContain("OK", organizations);
        // Initials the cluster never writes as a word are still an organization's.
        Assert.Contains("FEMA", Entities("FEMA sent 40 trucks to the coast.", "The trucks came from FEMA, the mayor said.").Organizations);
    }

    [Fact]
    public void A_country_written_as_initials_is_a_place()
    {
        var (_, organizations, places) = Entities(
            "The US sent two ships to the strait. Officials in the UK said they would follow.",
            "Trade between the UK and the US fell by a tenth last year.");
        Assert.Contains("US", places);
        Assert.Contains("UK", places);
        Assert.DoesNotContain("US", organizations);
        Assert.DoesNotContain("UK", organizations);
    }

    [Fact]
    public void A_county_or_city_that_speaks_is_still_a_place()
    {
        var (people, _, places) = Entities(
            "Harlow County said the road would reopen on Friday.",
            "Brennan City said it had no money left for the pool. Brennan City also said the library would close.");
        Assert.DoesNotContain("Harlow County", people);
        Assert.DoesNotContain("Brennan City", people);
        Assert.Contains("Harlow County", places);
        Assert.Contains("Brennan City", places);
    }

    [Fact]
    public void The_end_of_an_institutions_name_after_of_is_not_a_person()
    {
        var (people, _, _) = Entities(
            "A spokesman for the Department of Public Safety said the driver was drunk.",
            "The Secretary of Homeland Security said the border was closed. The Ministry of Public Works said the bridge was safe.");
        Assert.DoesNotContain(people, p => p.Contains("Safety") || p.Contains("Security") || p.Contains("Works"));
    }

    // A shooting story's bystanders and a storm story's residents, each named with their town; a taxi regulator and a
    // labour office speaking through a clause that describes them.
    [Fact]
    public void A_hometown_after_a_name_is_a_place_and_a_body_described_by_which_is_not_a_person()
    {
        var (people, _, places) = Entities(
            "\"It was chaos,\" Gina Morales, of Diamond Springs, 61, said of the shooting.\n\n" +
            "Officials at the Department of Business and Industry, which oversees the taxi authority, said patrols were close by.",
            "\"The water came in fast,\" said Tom Reed, of Cedar Grove, who lost his car.\n\n" +
            "The Office of Labor and Workforce, which runs the shelters, said 200 people stayed overnight.");
        Assert.Contains("Tom Reed", people);
        Assert.DoesNotContain("Diamond Springs", people);
        Assert.DoesNotContain("Cedar Grove", people);
        Assert.Contains("Diamond Springs", places);
        Assert.Contains("Cedar Grove", places);
        Assert.DoesNotContain("Industry", people);
        Assert.DoesNotContain("Workforce", people);
    }

    // A murder investigation ("evidence of murder in Graham’s case") and a stolen-ring story ("grabbed the ring off
    // Betty's finger"): a possessive after "in" or "off" is a person's, whichever apostrophe.
    [Fact]
    public void A_possessive_after_a_place_preposition_is_not_a_place()
    {
        var (_, _, places) = Entities(
            "Prosecutors found new evidence of murder in Corrigan’s case on Monday.\n\nThe dog traced Corrigan’s scent to the river.",
            "Someone grabbed the ring off Bettina's finger at the store.\n\nThe storm flooded homes in Marston on Monday.");
        Assert.DoesNotContain("Corrigan", places);
        Assert.DoesNotContain("Bettina", places);
        Assert.Contains("Marston", places);
    }

    // A space story's physicist and a history story's scholar, each with an emeritus chair before a place or a name.
    [Fact]
    public void Emeritus_is_part_of_a_title_not_a_name()
    {
        var (people, _, _) = Entities(
            "The probe is named for Hollis, the Distinguished Service Professor Emeritus at the University of Chicago.",
            "\"The letters were never meant to be read,\" said Professor Emeritus Dana Whitfield of the history faculty.");
        Assert.DoesNotContain("Emeritus", people);
        Assert.DoesNotContain(people, p => p.StartsWith("Emeritus", StringComparison.Ordinal));
        Assert.Contains("Dana Whitfield", people);
    }

    // Interviews that say "OK?" (a film star's, a rescued teenager's), a live blog's GMT stamps, a hospital story's
    // ICU, a markets story's ATM: everyday capitals are no organization. A comedian's obituary: "in Robin Williams'
    // path" is the man's, not a place.
    [Fact]
    public void Everyday_capitals_are_no_organization_and_a_plural_possessive_is_no_place()
    {
        var (_, organizations, places) = Entities(
            "\"I had a big movie coming out, OK? I had bills,\" he said.\n\n12:40 GMT The army said the strikes would go on.\n\n" +
            "Fate threw me in Corrigans' path more than once, the writer said.",
            "\"She is going to be OK,\" her father said after she left the ICU on Monday.\n\nThe ATM network went down for an hour.\n\n" +
            "The Bank of Rome said the ATM network was back.");
        Assert.DoesNotContain("OK", organizations);
        Assert.DoesNotContain("GMT", organizations);
        Assert.DoesNotContain("ICU", organizations);
        Assert.DoesNotContain("ATM", organizations);
        Assert.DoesNotContain(places, p => p.StartsWith("Corrigan", StringComparison.Ordinal));
    }

    // A rescued hiker's story, a White House story, an intelligence memo and a comedian's obituary: a role or a former
    // office capitalised before a name is not part of it.
    [Fact]
    public void A_role_or_former_office_before_a_name_is_not_part_of_it()
    {
        var (people, _, _) = Entities(
            "Teenager Autumn Vale walked out of the woods on Saturday, her father said.\n\nChief Strategist Sam Byrne said the plan was ready.",
            "Then-Director James Colby said on Tuesday that the memo was accurate.\n\nThe Honorable Devon Nash told the committee it would meet again.\n\n" +
            "Comedian Robbie Wills said he had never been happier.");
        Assert.Contains("Autumn Vale", people);
        Assert.Contains("Sam Byrne", people);
        Assert.Contains("James Colby", people);
        Assert.Contains("Devon Nash", people);
        Assert.Contains("Robbie Wills", people);
        Assert.DoesNotContain(people, p => p.StartsWith("Teenager", StringComparison.Ordinal) || p.StartsWith("Strategist", StringComparison.Ordinal)
            || p.StartsWith("Then-", StringComparison.Ordinal) || p.StartsWith("Honorable", StringComparison.Ordinal) || p.StartsWith("Comedian", StringComparison.Ordinal));
    }
}
