using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>The words of a name read in place (<see cref="NameForms.WithoutMiddleInitials"/>,
/// <see cref="NameForms.WordsWithoutEndPunctuation"/>) come out as splitting the string did, spacing slips included:
/// names as a wire attribution writes them (titles, initials, a closing comma) and as a tabloid caption does
/// (possessives, doubled and trailing spaces).</summary>
public class NameWordsTests
{
    /// <summary>The reading before, verbatim: split on single spaces, drop the one middle initial, join again.</summary>
    private static string? ReferenceWithoutMiddleInitials(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 3 || words[0].Length == 1) return null;
        int initial = -1;
        for (int k = 1; k < words.Length - 1; k++)
            if (words[k].Length == 1 && char.IsUpper(words[k][0]))
            {
                if (initial >= 0) return null;
                initial = k;
            }
        return initial < 0 ? null : string.Join(' ', words.Where((_, k) => k != initial));
    }

    private static readonly char[] NameEndPunctuation = ['.', ',', ';', ':'];

    private static List<string> ReferenceWords(string candidate) =>
        candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd(NameEndPunctuation)).Where(w => w.Length > 0).ToList();

    public static TheoryData<string> Names => new()
    {
        // Wire attributions.
        "Coast Guard Commander Elena R Varga,", "Sen. Tomas K. Reiner", "Dana Q Holloway", "Dana Holloway", "Varga",
        "J T Marlowe", "Rep. Ines B C Farrow", "Mayor Oskar Lindqvist:", "Ambassador Petra N Halloran;", "O. P. Quist",
        // Tabloid captions.
        "Bo  K Markham", "Bo K Markham ", " K Markham", "Sarah Markham K", "Sarah k Markham", "Markham's pal Tilly J Osgood",
        "Tilly  Osgood", "Tilly Osgood .", ", Tilly Osgood", "Tilly J  Osgood", "", " ", "A", "A B", "A B C", "Ab C D",
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_name_without_its_middle_initial_is_what_splitting_gave(string name) =>
        Assert.Equal(ReferenceWithoutMiddleInitials(name), NameForms.WithoutMiddleInitials(name));

    [Theory]
    [MemberData(nameof(Names))]
    public void A_names_words_without_closing_punctuation_are_what_splitting_gave(string name) =>
        Assert.Equal(ReferenceWords(name), NameForms.WordsWithoutEndPunctuation(name));

    [Theory]
    [InlineData("Bo  K Markham", "Bo  Markham")]
    [InlineData("Bo K Markham ", "Bo Markham ")]
    [InlineData(" K Markham", " Markham")]
    [InlineData("Elena R Varga,", "Elena Varga,")]
    public void The_initial_goes_with_the_space_before_it(string name, string plain) =>
        Assert.Equal(plain, NameForms.WithoutMiddleInitials(name));

    [Fact]
    public void Closing_punctuation_goes_and_empty_words_are_left_out() =>
        Assert.Equal(["Mayor", "Oskar", "Lindqvist"], NameForms.WordsWithoutEndPunctuation("Mayor  Oskar Lindqvist:, ."));
}
