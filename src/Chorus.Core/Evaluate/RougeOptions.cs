using System.Globalization;

namespace Chorus.Evaluate;

/// <summary>The ROUGE-1.5.5 command-line settings Chorus reproduces.</summary>
/// <param name="MaxN">-n: highest n of ROUGE-N.</param>
/// <param name="SkipDistance">-2: maximum gap of skip-bigrams (null: no ROUGE-S).</param>
/// <param name="SkipWithUnigrams">-u: count unigrams with skip-bigrams (ROUGE-SU).</param>
/// <param name="Stem">-m: WordNet exceptions, then Porter stemming.</param>
/// <param name="RemoveStopWords">-s.</param>
/// <param name="WordLimit">-l: keep only the first N words of each summary.</param>
/// <param name="ByteLimit">-b: keep only the first N bytes of each summary.</param>
/// <param name="Alpha">-p: weight of precision in F (0.5: harmonic mean).</param>
public sealed record RougeOptions(
    int MaxN = 2,
    int? SkipDistance = null,
    bool SkipWithUnigrams = false,
    bool Stem = false,
    bool RemoveStopWords = false,
    int? WordLimit = null,
    int? ByteLimit = null,
    double Alpha = 0.5)
{
    /// <summary>The project's standard protocol, MN-250: <c>-c 95 -r 1000 -n 2 -2 4 -u -m -a -l 250</c>.</summary>
    public static RougeOptions MN250 { get; } = new(MaxN: 2, SkipDistance: 4, SkipWithUnigrams: true, Stem: true, WordLimit: 250);

    /// <summary>Reads ROUGE-1.5.5 flags. Flags that only affect confidence intervals or file handling are accepted and ignored.</summary>
    public static RougeOptions Parse(string flags)
    {
        var o = new RougeOptions(MaxN: 1);
        var args = flags.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"flag {args[i]} needs a value");
            int NextInt() => int.Parse(Next(), CultureInfo.InvariantCulture);
            o = args[i] switch
            {
                "-n" => o with { MaxN = NextInt() },
                "-2" => o with { SkipDistance = NextInt() },
                "-u" => o with { SkipWithUnigrams = true },
                "-m" => o with { Stem = true },
                "-s" => o with { RemoveStopWords = true },
                "-l" => o with { WordLimit = NextInt() },
                "-b" => o with { ByteLimit = NextInt() },
                "-p" => o with { Alpha = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "-c" or "-r" or "-f" or "-w" or "-e" or "-x" or "-d" or "-3" or "-z" => Skip(o, Next()),
                "-a" or "-t" or "-v" or "-h" or "-M" => o,
                _ => throw new FormatException($"unsupported ROUGE flag {args[i]}"),
            };
        }
        return o;
    }

    private static RougeOptions Skip(RougeOptions o, string _) => o;
}
