namespace Chorus.Tests.Analyze;

/// <summary>
/// People, organizations and places as a reader of the analysis saw them mistyped on dev stories (a body listed as a
/// person because it "said", an office's owner's papers as people, a place before a speech verb as a person). Each
/// rule is tried on sentences written for the test in the style of two different kinds of story or outlet.
/// </summary>
public class EntityTypingTests
{
    private static (List<string> People, List<string> Organizations, List<string> Places) Entities(params string[] bodies) =>
        EntityEvidenceTests.Entities(bodies);

    // A politics story (a congressman) and an obituary (a civil-rights memorial).
    [Fact]
    public void An_office_that_is_also_a_surname_ends_a_name_it_follows()
    {
        var (people, _, _) = Entities(
            "Rep. Peter King said the hearing would go ahead on Thursday. King said he had the votes.",
            "The unveiling of a statue of the Rev. Martin Luther King Jr. was postponed, organizers said on Friday.");
        Assert.Contains("Peter King", people);
        Assert.Contains("Martin Luther King Jr", people);
        Assert.DoesNotContain("Jr", people);
        // After an institution's or a place's words the office is an office: no "Albemarle County Circuit Judge".
        var (others, _, places) = Entities("Albemarle County Circuit Judge Cheryl Higgins said the trial would begin in October.",
            "Harford County Circuit Judge Paul Ross told the court the hearing was closed.");
        Assert.DoesNotContain(others.Concat(places), n => n.EndsWith("Judge", StringComparison.Ordinal));
    }

    // A film review and a leaked e-mail dump; a diplomat's Korean name keeps its joined part.
    [Fact]
    public void A_word_joined_to_a_lower_case_word_is_no_name_alone()
    {
        var (people, _, _) = Entities(
            "He was a formidable actor Oscar-nominated for three films, his co-star said.",
            "E-mail from the press officer to the ambassador, sent at 11 p.m., said the embassy was under attack.\n\nBan Ki-moon said the attack was an outrage.");
        Assert.DoesNotContain("Oscar-nominated", people);
        Assert.DoesNotContain("E-mail", people);
        Assert.Contains("Ban Ki-moon", people);
    }

    [Fact]
    public void A_first_person_contraction_is_no_name()
    {
        var (people, _, _) = Entities(
            "\"I wish I'd said no,\" Marla Kent said of the deal.",
            "\"I'm not leaving,\" Dale Ortiz told reporters. \"I’ve got work to do.\"");
        Assert.DoesNotContain(people, n => n.StartsWith("I'", StringComparison.Ordinal) || n.StartsWith("I’", StringComparison.Ordinal));
        Assert.Contains("Marla Kent", people);
    }

    // A document dump of a secretary's papers and a cabinet story.
    [Fact]
    public void What_an_office_holder_owns_is_no_person()
    {
        var (people, _, _) = Entities(
            "Secretary Clinton's Call Sheet for the evening listed four calls.\n\nSecretary Clinton's Remarks were released later.",
            "Papers he filed once nominated to President Donald Trump's Cabinet listed fewer assets, Forbes said.");
        Assert.DoesNotContain("Call Sheet", people);
        Assert.DoesNotContain("Remarks", people);
        Assert.DoesNotContain("Cabinet", people);
    }

    // A business story and a security story: the word after the office is a thing the story also writes in lower case.
    [Fact]
    public void An_office_word_before_a_thing_the_story_writes_in_lower_case_makes_no_person()
    {
        var (people, _, _) = Entities(
            "The fund bought shares of General Electric. General Electric said the electric motors were safe.",
            "Officials at Homeland Security said airport security would be tightened. Homeland Security said the threat was low.");
        Assert.DoesNotContain("Electric", people);
        Assert.DoesNotContain("Security", people);
    }

    // A wire story from a rebel spokesman abroad and a war feature on leaflets.
    [Fact]
    public void A_name_after_a_place_preposition_is_a_place_even_before_a_speech_verb()
    {
        var (people, _, places) = Entities(
            "A rebel spokesman in Paris told France 24 that the fighters had withdrawn. Talks in Paris were planned.",
            "Leaflets the army distributed throughout Afghanistan said a reward was offered. Troops in Afghanistan waited.");
        Assert.DoesNotContain("Paris", people);
        Assert.DoesNotContain("Afghanistan", people);
        Assert.Contains("Paris", places);
        Assert.Contains("Afghanistan", places);
    }

    // A sports story (a team) and a storm story (a forecasting office).
    [Fact]
    public void A_name_with_the_article_that_speaks_is_a_body()
    {
        var (people, organizations, _) = Entities(
            "In a joint statement, the Jets said they deny the claims. The Jets said the deal was fair.",
            "The storm was moving north at 14 mph, the Weather Bureau said. It would weaken by Sunday, the Raiders said.");
        Assert.DoesNotContain("Jets", people);
        Assert.DoesNotContain("Raiders", people);
        Assert.Contains("Jets", organizations);
    }

    // A royal story and a diplomatic story: bodies quoted by name are speakers, not people.
    [Fact]
    public void A_quoted_body_named_as_one_is_no_person()
    {
        var (people, organizations, _) = Entities(
            "\"We will not comment on a private matter,\" Buckingham Palace said in a statement on Monday.",
            "\"The greatest share of responsibility lies with the host country,\" the Pyongyang Jurists Committee said.");
        Assert.DoesNotContain("Buckingham Palace", people);
        Assert.DoesNotContain("Pyongyang Jurists Committee", people);
        Assert.Contains("Pyongyang Jurists Committee", organizations);
    }

    // A war story (a militant group) and a tech story (a company); a people's adjective is not a body.
    [Fact]
    public void A_name_before_its_members_is_a_body()
    {
        var (people, organizations, _) = Entities(
            "Overnight, Hamas militants fired rockets. Hamas said it would abide by the truce.\n\nPalestinian militants said they would not.",
            "On Monday, Brightwave employees were told. Brightwave said the phone was safe.");
        Assert.Contains("Hamas", organizations);
        Assert.DoesNotContain("Hamas", people);
        Assert.Contains("Brightwave", organizations);
        Assert.DoesNotContain("Palestinian", organizations);
    }

    // A hurricane story, an embassy statement and a broadcaster: bodies by the word that ends their names.
    [Fact]
    public void Centres_embassies_and_broadcasters_are_organizations()
    {
        var (people, organizations, _) = Entities(
            "The storm will reach the coast by Sunday, the National Hurricane Center said.",
            "The Russian Embassy in Ottawa said the decision was regrettable. Iranian Press TV said one of its reporters was hurt.");
        Assert.Contains("National Hurricane Center", organizations);
        Assert.Contains("Russian Embassy", organizations);
        Assert.DoesNotContain("Russian Embassy", people);
        Assert.DoesNotContain("Iranian Press TV", people);
    }

    // A society story and a heritage story: ranks of nobility are titles.
    [Fact]
    public void A_rank_of_nobility_is_a_title()
    {
        var (people, organizations, _) = Entities(
            "Viscount Arthur Morel said he was mortified. Friends of the viscount said he would explain.",
            "Earl Thomas Grey told the inquiry the estate was sold in 1990.");
        Assert.Contains("Arthur Morel", people);
        Assert.Contains("Thomas Grey", people);
        Assert.DoesNotContain(people, n => n.StartsWith("Viscount", StringComparison.Ordinal) || n.StartsWith("Earl", StringComparison.Ordinal));
        Assert.DoesNotContain("Arthur Morel", organizations);
    }

    // A budget story and a county story: offices of a house and a county before the name.
    [Fact]
    public void Offices_of_a_house_and_a_county_are_titles()
    {
        var (people, _, _) = Entities(
            "House Speaker John Boehner said the vote would be held. Minority Whip Steny Hoyer said it would fail.",
            "County Executive Barry Glassman said the schools would open on Monday, a spokesman added.");
        Assert.Contains("John Boehner", people);
        Assert.Contains("Steny Hoyer", people);
        Assert.Contains("Barry Glassman", people);
        Assert.DoesNotContain(people, n => n.StartsWith("House", StringComparison.Ordinal) || n.StartsWith("County", StringComparison.Ordinal) || n.StartsWith("Minority", StringComparison.Ordinal));
        // The office word before an arm of government leaves no person behind it.
        var (others, _, _) = Entities("The Executive Branch said the order stood. The Legislative Branch said it did not.",
            "Officials of the Executive Branch told the court the records were sealed.");
        Assert.DoesNotContain("Branch", others);
        Assert.DoesNotContain("Legislative Branch", others);
    }

    // Captions of two photo agencies run into the sentence after them.
    [Fact]
    public void A_photo_credit_before_a_name_is_not_part_of_it()
    {
        var (people, _, _) = Entities(
            "AFP/Getty Images Hosni Mubarak said he would not run again, his aides said.",
            "Reuters Pictures Saul Loeb said the crowd was calm. Loeb said he left at noon.");
        Assert.Contains("Hosni Mubarak", people);
        Assert.Contains("Saul Loeb", people);
        Assert.DoesNotContain(people, n => n.Contains("Images", StringComparison.Ordinal) || n.Contains("Pictures", StringComparison.Ordinal));
    }

    // A fund-raising page's headline and a leaked mail's subject line; a caption opening with a verb.
    [Fact]
    public void A_capitalised_function_word_ends_or_opens_no_name()
    {
        var (people, organizations, places) = Entities(
            "The Fund To Send Kids To Camp said it had raised $40,000. Fox News With Chris Wallace aired on Sunday, Fox News said.",
            "Is Kuala Lumpur safe? Officials in Kuala Lumpur said it was.\n\nBoth FEMA and the county said the roads were open. Trucks came from FEMA, the mayor said.");
        var all = people.Concat(organizations).Concat(places).ToList();
        Assert.DoesNotContain(all, n => n.Split(' ').Skip(1).Any(w => w is "To" or "With"));
        Assert.DoesNotContain(all, n => n.StartsWith("Is ", StringComparison.Ordinal) || n.StartsWith("Both ", StringComparison.Ordinal));
        Assert.Contains("Kuala Lumpur", places);
        Assert.Contains("FEMA", organizations);
    }

    // A leak story's time stamp and a TV listing: a time zone written as US outlets do is no organization.
    [Fact]
    public void A_time_zone_is_no_organization()
    {
        var (_, organizations, _) = Entities(
            "The files were shared shortly before 6 a.m. ET Saturday, the site said.",
            "The show airs on Sunday at 9 p.m. PT on the network, a spokesman said.");
        Assert.DoesNotContain("ET", organizations);
        Assert.DoesNotContain("PT", organizations);
    }

    // A public-health story (a state health department, a federal institute) and a campus story (a university, its
    // medical school, its president): an institution's name goes on after "of" or "for", and no stub is listed.
    [Fact]
    public void An_institution_keeps_the_words_after_of_or_for()
    {
        var (people, organizations, places) = Entities(
            "The Oregon Department of Public Health reported 12 cases on Monday, and the National Institute of Neurological Disorders and Stroke is studying them.\n\n" +
            "Doctors in Oregon said the Centers for Disease Control and Prevention had sent a team.",
            "The University of Iowa President Bruce Harreld said the University of Iowa School of Medicine would open a clinic in Iowa.\n\n" +
            "The Department of Justice's inquiry was closed, and the Department of Commerce and the Securities and Exchange Commission said nothing.");
        Assert.Contains("Oregon Department of Public Health", organizations);
        Assert.Contains("National Institute of Neurological Disorders and Stroke", organizations);
        Assert.Contains("Centers for Disease Control and Prevention", organizations);
        Assert.Contains("University of Iowa School of Medicine", organizations);
        Assert.Contains("Department of Justice", organizations);
        Assert.Contains("Department of Commerce", organizations);
        Assert.DoesNotContain(organizations, n => n is "Oregon Department" or "National Institute" || n.Contains("President") || n.Contains("Securities"));
        Assert.Contains("Bruce Harreld", people);
        // The places an institution is named after stay places where the story puts something in them.
        Assert.Contains("Oregon", places);
        Assert.Contains("Iowa", places);
    }

    // A wildlife-disease story (a disease and a test named by initials) and a space-weather story (an event and a
    // measure): initials the story spells out in lower-case words are things; a body spelled out in capitals stays one.
    [Fact]
    public void Initials_spelled_out_in_lower_case_words_are_no_organization()
    {
        var (_, organizations, _) = Entities(
            "Wardens found chronic wasting disease (CWD) in three deer, and a polymerase chain reaction (PCR) test confirmed it, the Wildlife Commission (WC) said.\n\n" +
            "CWD has no cure, and PCR results take a week, officials said.",
            "A coronal mass ejection (CME) struck on Friday, and the total electron content (TEC) doubled, the National Weather Service (NWS) said.\n\n" +
            "The CME was the strongest in a decade, the NWS said, and TEC stayed high overnight.");
        Assert.DoesNotContain(organizations, n => n is "CWD" or "PCR" or "CME" or "TEC");
        Assert.Contains("NWS", organizations);
    }

    [Theory]
    [InlineData("a coronal mass ejection", "CME", true)]
    [InlineData("ground-penetrating radar", "GPR", true)]
    [InlineData("treatment with intravenous immunoglobulin", "IVIG", true)]
    [InlineData("the National Weather Service", "NWS", false)]
    [InlineData("the main stock index", "EGX", false)]
    public void A_definition_spells_its_initials_from_word_starts(string before, string initials, bool defined) =>
        Assert.Equal(defined, Chorus.Analyze.EntityRecognizer.DefinedByLowerCaseWords(before, initials));

    // A court story (a judge named with and without his middle initial, and by surname) and a city-hall story (a former
    // mayor the same way): one person is listed once, by the form without the initial.
    [Fact]
    public void A_middle_initial_written_by_one_outlet_names_the_same_person()
    {
        var (people, _, _) = Entities(
            "Judge Brett M. Kavanaugh said the appeal was late. Kavanaugh said it would be heard in the spring.",
            "Judge Brett Kavanaugh told lawyers the hearing was closed.\n\nFormer Mayor Michael R. Bloomberg said the plan was sound.",
            "Former Mayor Michael Bloomberg said the city would pay. Bloomberg said he had signed the order on Monday.");
        Assert.Contains("Brett Kavanaugh", people);
        Assert.Contains("Michael Bloomberg", people);
        Assert.DoesNotContain(people, n => n is "Kavanaugh" or "Bloomberg" || n.Contains(" M ") || n.Contains(" R "));
    }

    [Theory]
    [InlineData("Michael R Bloomberg", "Michael Bloomberg")]
    [InlineData("Laura E Crotty Alexander", "Laura Crotty Alexander")]
    [InlineData("Michael Bloomberg", null)]
    [InlineData("J R Smith", null)]
    [InlineData("George H W Bush", null)]
    public void Middle_initials_are_the_one_letter_words_inside_a_name(string name, string? plain) =>
        Assert.Equal(plain, Chorus.Analyze.NameForms.WithoutMiddleInitials(name));

    // A father and a son told apart by their middle initials stay two people beside the plain form.
    [Fact]
    public void Two_initials_on_one_plain_name_stay_apart()
    {
        var map = Chorus.Analyze.NameForms.Canonical(["George W Bush", "George H Bush", "George Bush", "Michael R Bloomberg", "Michael Bloomberg"]);
        Assert.Equal("George W Bush", map["George W Bush"]);
        Assert.Equal("George H Bush", map["George H Bush"]);
        Assert.Equal("Michael Bloomberg", map["Michael R Bloomberg"]);
    }

    // An entertainment story citing a news site and a celebrity magazine, each cased two ways by two outlets.
    [Fact]
    public void A_name_two_outlets_write_in_two_casings_is_one_entry()
    {
        var (_, organizations, _) = Entities(
            "The actor alleged in an interview with BuzzFeed that the director had harassed him. BuzzFeed said it had spoken to three witnesses.",
            "The claims were first published by Buzzfeed on Sunday.\n\nA spokesman for the couple told PEOPLE magazine the pair had separated.",
            "The couple had been apart for months, a friend told People magazine. People magazine said the pair would share custody.");
        Assert.Contains("BuzzFeed", organizations);
        Assert.DoesNotContain("Buzzfeed", organizations);
        Assert.Single(organizations, n => n.StartsWith("People", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(organizations, n => n.StartsWith("PEOPLE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "BuzzFeed", "Buzzfeed", "BuzzFeed" }, "Buzzfeed", "BuzzFeed")]
    [InlineData(new[] { "PEOPLE", "People" }, "PEOPLE", "People")]
    [InlineData(new[] { "Nasa", "NASA", "Nasa" }, "Nasa", "NASA")]
    [InlineData(new[] { "UK", "Uk", "Uk" }, "Uk", "UK")]
    public void The_form_written_most_often_names_a_case_variant(string[] written, string variant, string form)
    {
        var counts = written.GroupBy(w => w).Select(g => (g.Key, g.Count())).ToList();
        Assert.Equal(form, Chorus.Analyze.CaseVariantNames.Fold(counts)![variant]);
    }

    // A rescue feature and a lottery story name a person in full, then by first name; two people sharing the
    // first word keep the short form apart.
    [Fact]
    public void A_first_name_alone_joins_the_one_person_it_opens()
    {
        var (people, _, _) = Entities(
            "Autumn Veatch, 16, walked out of the forest on Monday after two days alone. \"I just followed the river downhill,\" said Autumn.",
            "Veatch was flown to a hospital in Brewster, officials said.\n\nDolores Fenwick, 71, said she had played the same numbers for 20 years.",
            "\"The roof comes first,\" Dolores said. Fenwick told reporters she would share the prize with her sister.");
        Assert.Contains("Autumn Veatch", people);
        Assert.Contains("Dolores Fenwick", people);
        Assert.DoesNotContain(people, n => n is "Autumn" or "Dolores");

        var (korea, _, _) = Entities(
            "North Korean leader Kim Jong Un oversaw the launch, state media said. Kim said the test was a success.",
            "Kim Jong-il said in 2006 that the country's first nuclear test had gone well. Kim said the missiles were for defence.");
        Assert.Contains("Kim Jong Un", korea);
        Assert.Contains("Kim Jong-il", korea);
    }

    // A justice-department story and a corporate launch: an office of three words before the name.
    [Fact]
    public void A_long_office_before_a_name_leaves_the_name_whole()
    {
        var (people, _, _) = Entities(
            "Lawmakers wanted Deputy Attorney General Ronald Pettigrew to see the memo before Friday.",
            "The console will ship in March, Xbox Vice President Dana Whitcombe told reporters on Tuesday.\n\nPettigrew declined to comment.");
        Assert.Contains("Ronald Pettigrew", people);
        Assert.Contains("Dana Whitcombe", people);
        Assert.DoesNotContain(people, n => n is "Ronald" or "Pettigrew" or "Dana" or "Whitcombe");
    }

    // A business story and a local crime story: "major", "general", "private" in lower case describe the noun after them.
    [Fact]
    public void A_lower_case_adjective_that_is_also_a_rank_is_no_title()
    {
        var (people, _, _) = Entities(
            "Dana Reyes, 41, was head of training for Lumio, a major German cosmetics company, until last year.",
            "The video was first shared in a private Facebook group, and the general Lakeport public only saw it on Monday, Sheriff Tom Hale said.");
        Assert.DoesNotContain("German", people);
        Assert.DoesNotContain("Facebook", people);
        Assert.DoesNotContain("Lakeport", people);
        Assert.Contains("Dana Reyes", people);
        // Capitalised, the rank is a title: Major Ann Cole is a person.
        var (officers, _, _) = Entities("Major Ann Cole said the base would stay closed, and General Mattis agreed on Tuesday.");
        Assert.Contains("Ann Cole", officers);
        // Without an article the lower-case word is still an office.
        var (officials, _, _) = Entities("The state's attorney general Rosa Lind filed the appeal on Friday.");
        Assert.Contains("Rosa Lind", officials);
    }

    // A crime story and a parade notice: a street named after a queen or a king is a place.
    [Fact]
    public void A_street_named_after_a_royal_is_a_place()
    {
        var (people, _, places) = Entities(
            "Officers were called to a house in the 4000 block of Queen Anne Road shortly after 5 p.m. on Monday.",
            "The parade will turn onto King George Street at noon, organisers said, and end at the harbour.");
        Assert.DoesNotContain(people, n => n.EndsWith("Road", StringComparison.Ordinal) || n.EndsWith("Street", StringComparison.Ordinal));
        Assert.Contains(places, n => n.EndsWith("Anne Road", StringComparison.Ordinal));
        Assert.Contains(places, n => n.EndsWith("George Street", StringComparison.Ordinal));
    }

    // An election story's courts (1f080355f909) and a shooting story's "history" (29048d7f5f49, e9aca7cfa87e): after "in",
    // a nationality's adjective read as a place.
    [Fact]
    public void A_nationality_adjective_is_no_place()
    {
        var (_, _, courts) = Entities(
            "The former minister has been tried twice in Egyptian courts since the uprising.\n\nThe ruling party said in a statement that voters had spoken clearly.");
        var (_, _, history) = Entities(
            "It was the deadliest shooting in Australian history, the police commissioner said on Monday.\n\nFlags flew at half-mast across the state.");
        Assert.DoesNotContain("Egyptian", courts);
        Assert.DoesNotContain("Australian", history);
        // The country itself is still a place.
        Assert.Contains("Egypt", Entities("Voters queued in Egypt for hours on Tuesday.", "Polls closed late in Egypt, officials said.").Places);
    }

    // A fraternity story's and a sky-watching story's home towns (6ed6a5b5c77b, e320a87fff1f): a state's postal code
    // after a town was listed as an organization.
    [Fact]
    public void A_state_code_after_a_town_is_a_place()
    {
        var (_, organizations, places) = Entities(
            "The photographer drove up from Teaneck, NJ, to watch the launch.\n\nHer images of the launch were shared thousands of times.",
            "The photographer, who lives in Albany, NY, saw the sky turn red just after midnight.\n\nHer images were shared thousands of times.");
        Assert.DoesNotContain("NJ", organizations);
        Assert.DoesNotContain("NY", organizations);
        Assert.Contains("NJ", places);
        Assert.Contains("NY", places);
    }

    // A storm story's county office (7226efab4c9c) and a mountain story's rescue team (fe6c148424a7): a county's or a
    // valley's service, its name cut short at four words, was listed as a place.
    [Fact]
    public void An_areas_office_or_service_is_no_place()
    {
        var (_, _, places) = Entities(
            "The warning was issued by the Harlan County Emergency Management office on Friday.\n\nResidents near the river were told to leave, according to the Harlan County Sheriff's Office.",
            "Members of the Tarran Valley Mountain Rescue Team searched the ridge through the night before finding the two walkers.\n\nThey were taken to hospital in Brecon, where both were said to be recovering.");
        Assert.DoesNotContain(places, p => p.StartsWith("Harlan County ", StringComparison.Ordinal));
        Assert.DoesNotContain(places, p => p.StartsWith("Tarran Valley", StringComparison.Ordinal));
        Assert.Contains("Brecon", places);
    }

    // A tribute to an actor (062c9939593b: "into Williams one more time") and a rapper's story (1c29fa3bc586: "toward
    // Kanye himself"): one word of a person's full name after a place preposition was listed as a place.
    [Fact]
    public void A_word_of_a_persons_name_is_no_place_on_one_preposition()
    {
        var (people, _, places) = Entities(
            "Fans who grew up with Robin Kessler left flowers outside the theatre on Monday.\n\nKessler, who died on Sunday, was 63. Audiences would gladly have gone into Kessler one more time, a critic said.\n\nHis daughter Zelda Kessler thanked fans for their messages.",
            "Kanye Brooks said on Tuesday that he would release the album himself.\n\nMuch of the criticism was directed toward Kanye himself, and Kanye Brooks said he did not mind.");
        Assert.DoesNotContain("Kessler", places);
        Assert.DoesNotContain("Kanye", places);
        Assert.Contains("Kanye Brooks", people);
    }

    // A war story's live blog ("spokesman in Gaza Chris Gunness says", 0e285d4f4c44) and a rescue story's photo caption
    // of two names side by side (4d3783115f37): a run of capitals went from one name straight into a person's.
    [Fact]
    public void A_name_run_into_a_persons_name_leaves_the_person()
    {
        var (blog, _, blogPlaces) = Entities(
            "The agency's spokesman in Tarsa Lena Morvik says the shelter was hit twice overnight, killing four people.\n\nSpeaking to reporters later, Morvik said the coordinates of the shelter had been shared with both sides. Aid trucks were stuck in Tarsa on Friday.",
            "Fighting went on in Tarsa for a third day, and the agency said four people had died at one of its shelters.\n\nLena Morvik, a spokeswoman for the agency, said the shelter had been hit twice. Morvik told reporters the agency would ask for an inquiry.");
        Assert.Contains("Lena Morvik", blog);
        Assert.DoesNotContain("Tarsa Lena Morvik", blog);
        Assert.Contains("Tarsa", blogPlaces);
        var (caption, _, _) = Entities(string.Join("\n\n",
            "Three springs back, a Norwegian professor of chemistry, Ingrid Solberg, got an alarming message from one of her students.",
            "Karim Haddad had gone back to his home town weeks earlier, worried about his parents and his sister, who were staying there for a funeral.",
            "While at home, Haddad asked his supervisor to take him off the doctoral course if he did not return within a month.",
            "Alarmed by the message, Solberg, 51, called Haddad. \"He was frightened,\" Solberg told the Evening Post.",
            "The professor then flew to the region with two security guards, a decision the university later backed.",
            "Karim Haddad Ingrid Solberg",
            "Haddad has since finished his doctorate and now works at a water laboratory near the university, Solberg said.",
            "His parents and sister now live in the same city, and the family meets every weekend for dinner, Haddad said.",
            "The university has since set up a fund for students caught in conflicts abroad, a spokesman said.",
            "Solberg said she would make the same choice again without hesitation."));
        Assert.Contains("Ingrid Solberg", caption);
        Assert.Contains("Karim Haddad", caption);
        Assert.DoesNotContain("Karim Haddad Ingrid Solberg", caption);
        // A body's own name that opens with a place stays whole.
        var (_, bodies, _) = Entities("The New Harlow Parole Board said on Monday it would review the case. New Harlow officials said the board met twice.",
            "The case went back to the New Harlow Parole Board, which had refused parole in 2015, the board said.");
        Assert.DoesNotContain(bodies, b => b == "Parole Board");
    }

    // A war story's live blog (0e285d4f4c44: a statement from the Department of Defense) and a
    // cabinet story (b93cdb70f28f, the Department of Commerce): a department quoted through its statement was a person.
    [Fact]
    public void A_department_quoted_through_its_statement_is_no_person()
    {
        var (people, organizations, _) = Entities(
            "U.S. Secretary of Defense Dale Ortiz spoke with the defense minister on Tuesday and reiterated \"the United States' support for the alliance,\" according to a statement from the Department of Defense.\n\nOrtiz also discussed the ceasefire talks, the statement said. Officials said the call lasted half an hour.");
        var (others, bodies, _) = Entities(
            "U.S. Secretary of Commerce Dana Whitlock spoke with the trade minister on Thursday and repeated that \"every tariff is on the table,\" according to a statement put out by the Department of Commerce.\n\nWhitlock also raised the steel quotas, the statement said. Officials said a second call was planned for next month.");
        Assert.DoesNotContain("Department of Defense", people);
        Assert.Contains("Department of Defense", organizations);
        Assert.DoesNotContain("Department of Commerce", others);
        Assert.Contains("Department of Commerce", bodies);
    }

    // A search-at-sea story's flight number (b4edb673ab78: "MH370") and a sentencing story's inmate number
    // (fccf27d8f48e): the capitals of a code were listed as an organization.
    [Fact]
    public void Capitals_with_digits_joined_on_are_a_code_not_a_body()
    {
        var (_, flight, _) = Entities(
            "Searchers said on Sunday that they had picked up a signal that may come from the recorders of flight ZK417, which vanished a month ago.\n\nThe signal was heard twice by a ship in the southern search zone, and officials said more ships would be sent to the area.");
        var (_, inmate, _) = Entities(
            "The former coach was taken to the state prison on Tuesday, where his inmate number is QT4471, officials said.\n\nHe will share a cell for the first weeks of his sentence and will then be moved to a unit for older inmates, the officials said.");
        Assert.DoesNotContain("ZK", flight);
        Assert.DoesNotContain("QT", inmate);
    }
}
