using System.Text.RegularExpressions;
using Chorus.Analyze;

namespace Chorus.Tests.Analyze;

/// <summary>The entity mentions grouped in flat arrays (<see cref="NameGroups"/>) come out as the dictionary of one list
/// per name did: names in order of first mention, case variants folded into one form, each group's mentions ascending.</summary>
public class NameGroupsTests
{
    /// <summary>The grouping as EntityRecognizer wrote it before, verbatim but for the names given as a list.</summary>
    private static List<(string Name, List<int> Members)> Reference(IReadOnlyList<string> keys)
    {
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int k = 0; k < keys.Count; k++)
        {
            var key = keys[k];
            if (!byName.TryGetValue(key, out var list)) byName[key] = list = [];
            list.Add(k);
        }
        if (CaseVariantNames.Fold(byName.Select(e => (e.Key, e.Value.Count)).ToList()) is { } casing)
        {
            var folded = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var (key, list) in byName)
            {
                var form = casing.GetValueOrDefault(key, key);
                if (folded.TryGetValue(form, out var into)) { into.AddRange(list); into.Sort(); }
                else folded[form] = list;
            }
            byName = folded;
        }
        return byName.Select(e => (e.Key, e.Value)).ToList();
    }

    private static List<(string Name, List<int> Members)> Grouped(IReadOnlyList<string> keys)
    {
        var groups = NameGroups.ForThisThread();
        foreach (var key in keys) groups.Add(key);
        groups.Fold(CaseVariantNames.Fold(groups.Counted()));
        var result = new List<(string, List<int>)>();
        for (int g = 0; g < groups.Count; g++) result.Add((groups.Name(g), groups.Members(g).ToArray().ToList()));
        return result;
    }

    private static void AssertSame(IReadOnlyList<string> keys)
    {
        var expected = Reference(keys);
        var actual = Grouped(keys);
        Assert.Equal(expected.Count, actual.Count);
        for (int g = 0; g < expected.Count; g++)
        {
            Assert.Equal(expected[g].Name, actual[g].Name);
            Assert.Equal(expected[g].Members, actual[g].Members);
        }
    }

    // The capitalised runs of the dev sentences, a few hundred sentences at a time as a cluster's mentions, as written
    // and with every fifth one in capitals throughout or lower-cased after its first letter (case variants to fold).
    [Fact]
    public void Dev_names_group_as_the_dictionary_of_lists_did()
    {
        var all = DevSentenceTexts.All;
        int chunks = 0;
        for (int from = 0; from < all.Count; from += 300, chunks++)
        {
            var keys = new List<string>();
            foreach (var text in all.Skip(from).Take(300))
                foreach (Match m in Regex.Matches(text, @"\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)*")) keys.Add(m.Value);
            AssertSame(keys);
            var variants = keys.Select((k, i) => i % 10 == 3 ? k.ToUpperInvariant() : i % 10 == 7 ? k[0] + k[1..].ToLowerInvariant() : k).ToList();
            AssertSame(variants);
        }
        Assert.True(chunks > 20, $"{chunks} chunks");
    }

    // A celebrity site written two ways by two outlets, a space agency shouted and written as a word, a name that only
    // one outlet gives: invented mentions in cluster order.
    [Fact]
    public void Invented_case_variants_fold_in_order_of_first_mention()
    {
        string[] keys = ["Buzzfeed", "NASA", "BuzzFeed", "Jane Ortega", "Nasa", "BuzzFeed", "NASA", "BuzzFeed", "BUZZFEED"];
        AssertSame(keys);
        var grouped = Grouped(keys);
        Assert.Equal(["BuzzFeed", "NASA", "Jane Ortega"], grouped.Select(g => g.Name));
        Assert.Equal([0, 2, 5, 7, 8], grouped[0].Members);
        Assert.Equal([1, 4, 6], grouped[1].Members);
    }

    [Fact]
    public void No_mentions_no_groups()
    {
        AssertSame([]);
        Assert.Empty(Grouped([]));
    }
}
