using System.Text.RegularExpressions;
using Chorus.Segment;

namespace Chorus.Analyze;

/// <summary>
/// "The 73-year-old, who entered the courtroom in a wheelchair, …" right after a sentence about Robert Durst: a
/// sentence that opens with a bare age stands for the person the sentence before it names. A person is a name of
/// two or more words that the article also calls by the last word alone ("Durst said"), as news names people;
/// a place ("New Orleans") is not shortened that way. Only when the sentence before names exactly one such
/// person: a second one makes the reference a guess.
/// </summary>
public static partial class AgeAnaphor
{
    /// <param name="article">Every sentence of the article, to tell people from places.</param>
    public static Quantity? Read(Sentence sentence, Sentence? previous, IReadOnlyList<Sentence> article)
    {
        if (previous is null || previous.DocId != sentence.DocId || previous.Position != sentence.Position - 1) return null;
        var opening = BareAge().Match(sentence.Text);
        if (!opening.Success || !int.TryParse(opening.Groups["age"].Value, out var age) || age is <= 0 or >= 120) return null;
        var names = PeopleNamed(previous, article);
        return names.Count == 1 ? new Quantity(QuantityKind.Age, $"age of {names[0]}", age, $"{age}-year-old", false) : null;
    }

    /// <summary>The people a sentence names. Its own method: the lambda's capture of the article was allocated on
    /// entry to <see cref="Read"/>, for every sentence, though few open on a bare age.</summary>
    private static List<string> PeopleNamed(Sentence sentence, IReadOnlyList<Sentence> article) =>
        Name().Matches(sentence.Text).Select(m => NameForms.Clean(m.Value)).OfType<string>()
            .Where(n => n.Contains(' ') && CalledBySurname(n, article)).Distinct(StringComparer.Ordinal).ToList();

    private static bool CalledBySurname(string name, IReadOnlyList<Sentence> article)
    {
        var words = name.Split(' ');
        var alone = new Regex(@"(?<!\b" + Regex.Escape(words[^2]) + @"\s+)\b" + Regex.Escape(words[^1]) + @"\b");
        return article.Any(s => alone.IsMatch(s.Text));
    }

    /// <summary>"The 73-year-old," or "The 35-year-old was …": an age with no noun and no name after it.</summary>
    [GeneratedRegex(@"^\s*The\s+(?<age>\d{1,3})-year-old(?:,|\s+(?:was|is|had|has|who|\p{Ll}+ed)\b)")]
    private static partial Regex BareAge();

    [GeneratedRegex(NameForms.NamePattern)]
    private static partial Regex Name();
}
