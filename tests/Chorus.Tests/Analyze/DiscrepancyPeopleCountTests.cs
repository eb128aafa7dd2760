using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>Counts of people named by different nouns (<see cref="PeopleNouns"/>): outlets count one group as cases,
/// people or children, as activists or people, and describe it with a word before the noun ("20 Ardenese women").
/// Groups a story sets against each other (men and women, police and protesters) stay apart. Sentences written for
/// these tests on invented stories, modelled on an outbreak story, a protest story, a scandal story and a car story.</summary>
public class DiscrepancyPeopleCountTests
{
    [Theory]
    // Outbreak: a count of cases against a count of children, for the one year both sentences name.
    [InlineData("Health officials began logging the rash in 2016, when 212 cases were confirmed.",
        "The rash, first noticed in 2016, left 205 children with weak limbs.", "212 cases", "205 children")]
    // Protest: activists in one outlet, people in another, in sentences telling the same arrests.
    [InlineData("Officers arrested nine activists who had chained themselves to the gates of the Harlow depot.",
        "Six people who had chained themselves to the gates of the Harlow depot were held by officers.", "nine activists", "Six people")]
    public void A_group_counted_by_two_nouns_is_one_figure(string a, string b, string valueA, string valueB)
    {
        var d = Assert.Single(QuoteRuleTests.Analyze(a, b).Discrepancies);
        Assert.Equal(QuantityKind.Count, d.Kind);
        Assert.Equal(new[] { valueA, valueB }.Order(StringComparer.Ordinal), d.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
    }

    [Theory]
    // Scandal: "as many as 20 Ardenese women" is a count of women, the word before the noun describing them.
    [InlineData("Investigators in the Calloway inquiry have questioned as many as 20 Ardenese women.",
        "Investigators in the Calloway inquiry questioned 26 women, an agency spokesman said.")]
    // Car: "three male friends" against "five friends".
    [InlineData("The singer was riding to the Osk festival with three male friends when the car hit a barrier.",
        "Police said five friends were riding with the singer to the Osk festival when the car hit a barrier.")]
    public void A_word_describing_the_people_counted_leaves_the_noun_as_the_unit(string a, string b)
    {
        var d = Assert.Single(QuoteRuleTests.Analyze(a, b).Discrepancies);
        Assert.Equal(QuantityKind.Count, d.Kind);
        Assert.Equal(2, d.Values.Count);
    }

    [Theory]
    // Men and women hurt in one collapse are two groups, however alike the sentences.
    [InlineData("Three men were treated for cuts after the roof of the Dunmore market gave way on Sunday.",
        "Four women were treated for cuts after the roof of the Dunmore market gave way.")]
    // Officers and protesters hurt in one clash are two groups.
    [InlineData("Eleven officers needed hospital care after the clash outside the Brannock town hall.",
        "Fifteen protesters needed hospital care after the clash outside the Brannock town hall.")]
    public void Groups_set_against_each_other_are_not_compared(string a, string b) =>
        Assert.Empty(QuoteRuleTests.Analyze(a, b).Discrepancies);
}
