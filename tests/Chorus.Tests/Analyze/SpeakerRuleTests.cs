using static Chorus.Tests.Analyze.QuoteSpeakers;

namespace Chorus.Tests.Analyze;

/// <summary>
/// The speaker rules added for issue 14's speaker precision, each on sentences written for the test and modelled
/// on two clusters or outlets where the pattern was seen (named in each test); none is article text.
/// </summary>
public class SpeakerRuleTests
{
    // Modelled on a games-console launch ("Xbox's Marc Whitten said") and a hurricane story ("North Carolina's
    // Perdue told reporters"); and a youth-football accident ("said Melquan's former coach, Don Clark").
    [Fact]
    public void A_possessive_before_the_name_is_whose_person_it_is_not_the_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            "\"The console will play every old game the day it ships,\" Vexa's Dana Whitley said during the launch.\n\n" +
            "Ohio's Brannigan told reporters she was worried. \"We are asking people on the lake shore to leave tonight,\" she said.",
            "\"He was the fastest kid on the field and the kindest,\" said Tyrell's former coach, Don Carver.\n\n" +
            "\"She never missed a single practice in four years,\" said Mia's teacher, Ruth Lindqvist.");
        Assert.Equal("Dana Whitley", SpeakerOf(a, "The console will play"));
        Assert.Equal("Brannigan", SpeakerOf(a, "We are asking people"));
        Assert.Equal("Don Carver", SpeakerOf(a, "He was the fastest kid"));
        Assert.Equal("Ruth Lindqvist", SpeakerOf(a, "She never missed"));
    }

    // Modelled on a congressional story ("said White House lawyer Ty Cobb") and a tech story ("said Google
    // spokesman …"): the organization in front of a lower-case title is not the speaker.
    [Fact]
    public void An_organization_before_a_lower_case_title_leads_to_the_person_after_it()
    {
        var a = QuoteRuleTests.Analyze(
            "\"It will be reviewed with care before any decision is made,\" said White House lawyer Tom Cavell in a statement.\n\n" +
            "\"We found no sign that any account was touched,\" said Lumio spokesman Ivo Brandt on Tuesday.");
        Assert.Equal("Tom Cavell", SpeakerOf(a, "It will be reviewed"));
        Assert.Equal("Ivo Brandt", SpeakerOf(a, "We found no sign"));
    }

    // Modelled on an election story (a think-tank director with a long office) and a shooting story (a witness
    // with his home town and age set off by commas).
    [Fact]
    public void A_long_apposition_between_the_name_and_the_verb_keeps_the_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            "\"The third round will not change the shape of the new chamber,\" Nabil Farouk, director of the Center for Social and Historic Studies in Cairo, said in a telephone interview.\n\n" +
            "\"Look at what happened in the next county this week,\" Gaspar Villeda, of Diamond Springs, 83, said of the shooting.");
        Assert.Equal("Nabil Farouk", SpeakerOf(a, "The third round"));
        Assert.Equal("Gaspar Villeda", SpeakerOf(a, "Look at what happened"));
    }

    // Modelled on an Egyptian election story ("Essam el-Erian") and a Gaza story ("Khalil al-Haya").
    [Fact]
    public void The_arabic_article_is_part_of_the_surname()
    {
        var a = QuoteRuleTests.Analyze(
            "\"Nothing is impossible but it would be very hard to do,\" said Hamid el-Sayed, a party leader from Giza.\n\n" +
            "\"The only way out is to accept our terms in full,\" said Karim al-Masri, a member of the movement's bureau.");
        Assert.Equal("Hamid el-Sayed", SpeakerOf(a, "Nothing is impossible"));
        Assert.Equal("Karim al-Masri", SpeakerOf(a, "The only way out"));
    }

    // Modelled on a medical story ("a specialist at Kaiser Permanente in Oakland, Calif., said:") and a storm story
    // ("an officer for Dare County, N.C., said"): the place after "in" is not who speaks.
    [Fact]
    public void A_place_after_a_preposition_is_not_the_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            "Carol Glasby, a pediatric specialist at Kaiser Permanente in Oakland, Calif., said: \"This would be the time of year we start seeing it.\"\n\n" +
            "Ann Tolliver, a surgeon at Mercy Hospital in Dayton, Ohio, said that \"every one of these cases can be treated early.\"");
        Assert.Equal("Carol Glasby", SpeakerOf(a, "This would be the time"));
        Assert.Equal("Ann Tolliver", SpeakerOf(a, "every one of these cases"));
    }

    // Modelled on a shooting story (a witness quoted, then a sentence about what he saw, then "he said") and a storm
    // story (an official quoted, a sentence of her plans, "she said").
    [Fact]
    public void He_said_goes_on_with_the_last_speaker_when_no_one_else_is_named_in_between()
    {
        var a = QuoteRuleTests.Analyze(
            "\"I ducked right away,\" Pillar said. \"I did not know what was going on. Somebody could have been shooting at me.\"\n\nHe said he did not see the impact, but heard the crash.\n\n\"Then the ambulances started coming, like a race out there,\" he said.",
            "\"We have never seen water this high in the harbor,\" Marta Osei said. \"Not in my lifetime and not in my mother's.\"\n\nShe said the town would open the school as a shelter.\n\n\"Bring blankets and bring your neighbours with you,\" she said.");
        Assert.Equal("Pillar", SpeakerOf(a, "Then the ambulances"));
        Assert.Equal("Marta Osei", SpeakerOf(a, "Bring blankets"));
    }

    // Modelled on a congressional story (Rep. Will Hurd introduced between Gowdy's quote and "he said") and a court
    // story (a new witness introduced by name between the lawyer's quote and "she said").
    [Fact]
    public void He_said_does_not_reach_past_another_named_person()
    {
        var a = QuoteRuleTests.Analyze(
            "\"Leave the inquiry alone, that is still my advice,\" Gowdy said.\n\nRep. Willem Hardy (R-Texas), a member of the committee and a former officer, said he was not worried about the warning.\n\n\"I spent most of my life protecting sources and I will go on doing that,\" he said.",
            "\"My client is innocent of every charge,\" Laura Benn said.\n\nThe court then heard from Dana Price, who had lived next door for ten years and knew the family well.\n\n\"I heard nothing at all that night, not one sound,\" she said.");
        Assert.NotEqual("Gowdy", SpeakerOf(a, "I spent most of my life"));
        Assert.NotEqual("Laura Benn", SpeakerOf(a, "I heard nothing at all"));
    }

    // Modelled on a parole story ("He was alert … when board Chairman Connie Bisbee said he was 90. "…," he said.")
    // and a trial story (a sentence led by "She" mentions the judge by name before "she said").
    [Fact]
    public void A_name_inside_a_sentence_led_by_the_same_pronoun_is_not_the_one_it_points_back_to()
    {
        var a = QuoteRuleTests.Analyze(
            "\"I have done my time,\" Simmons said.\n\nHe was alert and quick to smile, laughing when board Chairman Carl Bisby said he was aged 90.\n\n\"I feel like it some days, I really do,\" he said.",
            "\"I told the truth from the first day,\" Nora Kell said.\n\nShe looked calm as Judge Alice Moran said the jury would return on Monday.\n\n\"Whatever they decide, I can live with it now,\" she said.");
        Assert.Equal("Simmons", SpeakerOf(a, "I feel like it"));
        Assert.Equal("Nora Kell", SpeakerOf(a, "Whatever they decide"));
    }

    // Modelled on an election story ("In Minya, one of the provinces …, Mina Magdy, a Christian, said …") and a
    // storm story ("On the coast, where …, Tom Reyes, a fisherman, said …"), each followed by "he said".
    [Fact]
    public void The_one_person_speaking_in_the_sentence_before_may_come_late_in_it()
    {
        var a = QuoteRuleTests.Analyze(
            "In Minya, one of the provinces where voting was being held on Tuesday, Mina Farag, a teacher, said earlier gains encouraged him to vote.\n\n\"We are trying to balance things out in this town,\" he said.",
            "On the northern coast, where the water rose fastest on Sunday night, Tomas Reyes, a fisherman, said he lost two boats.\n\n\"I have nothing left to work with this winter,\" he said.");
        Assert.Equal("Mina Farag", SpeakerOf(a, "We are trying to balance"));
        Assert.Equal("Tomas Reyes", SpeakerOf(a, "I have nothing left"));
    }

    // Modelled on a Las Vegas story ("A spokesman for the … Authority, Jeremy Handel, reassured people …") and a
    // trail story ("A volunteer with the …, Jules Ford, warned hikers …"), each followed by "he/she said".
    [Fact]
    public void A_person_introduced_by_role_and_then_by_name_is_the_one_he_points_back_to()
    {
        var a = QuoteRuleTests.Analyze(
            "A spokesman for the Convention and Visitors Authority, Jeremy Handley, reassured visitors that much is being done.\n\n\"These were isolated events and the city is safe,\" he said in a statement.",
            "A volunteer with the Forest Service, Jules Fontaine, warned hikers about the heat.\n\n\"Carry twice the water you think you will need,\" she said.");
        Assert.Equal("Jeremy Handley", SpeakerOf(a, "These were isolated"));
        Assert.Equal("Jules Fontaine", SpeakerOf(a, "Carry twice the water"));
    }

    // Modelled on a hurricane story (the foundation chief "Harry E. Johnson Sr." and a staff writer Jenna Johnson in
    // the credit line) and a court story (a "Reporting by" line with the speaker's surname).
    [Fact]
    public void A_credit_line_never_gives_a_speaker_his_full_name()
    {
        var a = QuoteRuleTests.Analyze(
            "The dedication was put off, said Harold E. Jansen Sr., chief executive of the memorial foundation.\n\n\"I am disappointed and hurt, really,\" Jansen said.\n\nStaff writers Anita Kumar and Jenna Jansen contributed to this report.",
            "The appeal was filed by Pieter Olsen on Friday.\n\n\"We will take this to the highest court if we must,\" Olsen said.\n\nReporting by Maria Olsen; editing by Tom Hale.");
        Assert.Equal("Harold Jansen", SpeakerOf(a, "I am disappointed"));
        Assert.Equal("Pieter Olsen", SpeakerOf(a, "We will take this"));
    }

    // Modelled on a medical story ("says Robin" of "his mother Robin Roberts") and a Malaysian police story ("Mr
    // Khalid" of "Inspector-General of Police Khalid Abu Bakar").
    [Fact]
    public void A_single_name_no_one_bears_as_a_surname_is_the_given_name_of_the_full_name()
    {
        var a = QuoteRuleTests.Analyze(
            "\"He needed a tube to help him breathe,\" says his mother Robin Tillman.\n\n\"I wake up hopeful every day that he is going to improve,\" says Robin.",
            "Police chief Khalid Abu Samad spoke in the capital on Friday.\n\n\"If the amount brought in was small, it would be hard to detect,\" Mr Khalid said.");
        Assert.Equal("Robin Tillman", SpeakerOf(a, "I wake up hopeful"));
        Assert.Equal("Khalid Abu Samad", SpeakerOf(a, "If the amount brought in"));
    }

    // Modelled on a Malaysian police story ("said Inspector-General of Police Khalid …") and a Welsh inquest ("Det
    // Con Tim Bird told the inquest"): a hyphenated or abbreviated rank is a title, never the name.
    [Fact]
    public void Hyphenated_and_abbreviated_ranks_are_titles()
    {
        var a = QuoteRuleTests.Analyze(
            "\"The substance was found on the swabs from his face,\" said Inspector-General of Police Khalid Bakri.\n\n" +
            "\"The path they took is not a straightforward one at all,\" Det Con Tim Barden told the inquest.");
        Assert.NotEqual("Inspector-General", SpeakerOf(a, "The substance was found"));
        Assert.Equal("Tim Barden", SpeakerOf(a, "The path they took"));
    }

    // Modelled on a tech story ("…," Google Glass engineer Charles Mendis told The Verge) and a space story ("…,"
    // NASA spokesman … said).
    [Fact]
    public void An_organization_and_a_title_before_the_name_after_the_quotation_keep_the_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            "\"If I am recording you, I have to stare at you,\" Vexa Glass engineer Charles Mendel told a tech site.\n\n" +
            "\"The crew was never at any risk at any point,\" Orbital Agency spokesman Josh Byrne said on Wednesday.\n\n");
        Assert.Equal("Charles Mendel", SpeakerOf(a, "If I am recording"));
        Assert.Equal("Josh Byrne", SpeakerOf(a, "The crew was never"));
    }

    // Modelled on an election story ("In an interview Tuesday, Essam el-Erian, …, said he …") and a university story
    // ("Zeppos flatly rebuffed the criticism …" of "Nicholas S. Zeppos"), each followed by "he said".
    [Fact]
    public void The_pronoun_finds_its_person_past_a_day_name_an_adverb_or_a_middle_initial()
    {
        var a = QuoteRuleTests.Analyze(
            "In an interview Tuesday, Samir Haddad, a party leader who was elected from Giza, said he still doubted the result.\n\n\"Nothing is impossible but it would be very hard,\" he said.",
            "Chancellor Nicholas T. Zeppelin made the announcement on Monday.\n\nZeppelin flatly rebuffed the criticism from the alumni.\n\n\"We are not saying this is not part of our history,\" he said.");
        Assert.Equal("Samir Haddad", SpeakerOf(a, "Nothing is impossible"));
        Assert.Equal("Nicholas Zeppelin", SpeakerOf(a, "We are not saying"));
    }

    // Modelled on a science daily and a morning show's site whose closing marks were garbled in the crawl ("…again,
    // \uFFFD? Carson said."): the garbled mark closes the quotation, and the attribution after it still counts.
    [Fact]
    public void A_garbled_closing_mark_closes_the_quotation_and_keeps_its_attribution()
    {
        var a = QuoteRuleTests.Analyze(
            "\u201CEvery new case you see, the pit of your stomach drops out again,\uFFFD? Carlson, who lives near Chicago, told a morning show.",
            "\u201CIt is drivers helping drivers, always has been,\uFFFD? said Bambridge of the drivers' association.");
        Assert.Equal("Carlson", SpeakerOf(a, "Every new case you see"));
        Assert.Equal("Bambridge", SpeakerOf(a, "It is drivers helping drivers"));
        Assert.DoesNotContain(a.Quotes, q => q.Text.Contains('\uFFFD'));
    }

    // Modelled on a reality-show story ("Polizzi's told the press …") and a sports story ("Jackson's said …"): "'s"
    // right before the verb is "has", and the name is still the speaker's.
    [Fact]
    public void A_contracted_has_after_the_name_keeps_the_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            "For her part, Polizzano's told the press that it will not all be parties this season. \"We want it to be different this time around,\" she told a magazine.",
            "Jackman's said for weeks that the team is ready. \"We are ready for anyone they put in front of us,\" he said.");
        Assert.Equal("Polizzano", SpeakerOf(a, "We want it to be different"));
        Assert.Equal("Jackman", SpeakerOf(a, "We are ready for anyone"));
    }

    // Modelled on a Pentagon story (one outlet has the press secretary tweet the words, another has a spokesman's
    // statement explain them) and a club story (one outlet has the coach say the words, another has the club's
    // lawyer repeat them): the outlet naming someone else keeps its sentence unattributed.
    [Fact]
    public void An_outlet_that_names_someone_else_beside_the_words_does_not_take_the_other_outlets_speaker()
    {
        var a = QuoteRuleTests.Analyze(
            "Press secretary Dana Whitfield said the account \"erroneously shared content that the department would never endorse.\"\n\n" +
            "\"The ban is unfair to every player who trained for this season,\" coach Amy Lundqvist said.",
            "Spokesman Rob Mannering issued a statement explaining that an operator \"erroneously shared content that the department would never endorse.\"\n\n" +
            "The club's lawyer, Joe Parkes, filed the appeal on Friday, arguing that \"the ban is unfair to every player who trained for this season.\"");
        var shared = a.Quotes.Where(q => q.Text.Contains("erroneously shared content")).ToList();
        Assert.Equal("Dana Whitfield", Assert.Single(shared, q => q.Sources.Contains("d1")).Speaker);
        Assert.Null(Assert.Single(shared, q => q.Sources.Contains("d2")).Speaker);
        var ban = a.Quotes.Where(q => q.Text.Contains("unfair to every player", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal("Amy Lundqvist", Assert.Single(ban, q => q.Sources.Contains("d1")).Speaker);
        Assert.NotEqual("Amy Lundqvist", Assert.Single(ban, q => q.Sources.Contains("d2")).Speaker);
    }

    // Modelled on a parole story ("Simpson said …" / "He …" / "he said") with a surname ending in "s", and a Gaza
    // story ("Palestinians said …") where the plural is a people, not a speaker.
    [Fact]
    public void A_surname_ending_in_s_is_a_person_and_a_people_is_not()
    {
        var a = QuoteRuleTests.Analyze(
            "Roberts said he had been a model prisoner for nine years.\n\n\"I have never had a single fight in all that time,\" he said.",
            "Palestinians said the strike hit a school full of families.\n\n\"There is no safe place left for anyone here,\" he said.");
        Assert.Equal("Roberts", SpeakerOf(a, "I have never had a single fight"));
        Assert.Null(SpeakerOf(a, "There is no safe place"));
    }

    // Modelled on a business story ("… and Forbes continued to largely fall for it. "…," he wrote") and a wire story
    // ("… while Reuters continued to report the figure"): a news medium is never the person "he" points back to.
    [Fact]
    public void A_news_medium_is_never_the_person_a_pronoun_points_back_to()
    {
        var a = QuoteRuleTests.Analyze(
            "Months later, he was insisting that he was even richer, and Forbes continued to accept the figure without question.\n\n\"Three billion is a bit low but probably close enough,\" he wrote in an email.",
            "By then the company had lost half its value, while Reuters continued to report the older and larger estimate.\n\n\"We expect the shares to recover by the end of the year,\" he said.");
        Assert.NotEqual("Forbes", SpeakerOf(a, "Three billion is a bit low"));
        Assert.NotEqual("Reuters", SpeakerOf(a, "We expect the shares"));
    }

    // Modelled on a science story ("the sobriquet of "the man who killed Pluto""), a hiking story ("It means "it is
    // solved by walking"") and two court stories ("known as "the trial of the century"", ""If it doesn't fit, you
    // must acquit" was the defense's mantra"): names, translations and mottos are not anyone's words.
    [Fact]
    public void Names_translations_and_mottos_in_quotation_marks_are_not_quotes()
    {
        var a = QuoteRuleTests.Analyze(
            "The astronomer, who enjoys the sobriquet of \"the man who sank the planet\" among students, spoke on Monday.\n\n" +
            "The Latin phrase is often used by hikers. It means \"the way is found by walking\" in plain English.",
            "The case became known as \"the crime of the whole century\" within a week.\n\n" +
            "\"If the glove is wrong, the verdict is wrong\" was the defense team's mantra during the long trial.");
        Assert.DoesNotContain(a.Quotes, q => q.Text.Contains("sank the planet") || q.Text.Contains("found by walking")
            || q.Text.Contains("crime of the whole century") || q.Text.Contains("the glove is wrong"));
    }
}
