using Chorus.Report;

namespace Chorus.Tests.Report;

public class TerminalTextTests
{
    [Theory]
    [InlineData("Bridge \u001b[2Jjams", "Bridge [2Jjams")]
    [InlineData("title\u001b]0;owned\u0007 set", "title]0;owned set")]
    [InlineData("C1 \u009b31m red \u0085 next", "C1 31m red  next")]
    [InlineData("keeper \u202egnp.exe\u202c said", "keeper gnp.exe said")]
    [InlineData("isolate \u2066x\u2069 and mark \u200f stay", "isolate x and mark \u200f stay")]
    [InlineData("over\rwrite", "overwrite")]
    [InlineData("line one\r\nline two\n\tend", "line one\r\nline two\n\tend")]
    public void Safe_drops_controls_and_bidirectional_overrides_and_keeps_line_breaks(string input, string expected) =>
        Assert.Equal(expected, TerminalText.Safe(input));

    [Fact]
    public void SafeLine_keeps_one_line()
    {
        Assert.Equal("Harwick bridge [1mjams open", TerminalText.SafeLine("Harwick bridge\r\n\u001b[1mjams\topen"));
        Assert.Equal("plain", TerminalText.SafeLine("plain"));
    }
}
