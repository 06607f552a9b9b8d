using Clysm.Conformance.TestLogger;
using Xunit;

namespace Clysm.Conformance.Tests.Outputs;

/// <summary>The dotnet test summary: skips counted by the reason the corpus tests give them.</summary>
public class SummaryLoggerTests
{
    [Theory]
    [InlineData("KNOWN FAILURE (expectations/reference.json): no floats", "KNOWN FAILURE")]
    [InlineData("UNVERIFIED (not scored): expected a read-time END-OF-FILE; ...", "UNVERIFIED")]
    [InlineData("INCONCLUSIVE (not scored): the numeric result channel cannot tell T from 1", "INCONCLUSIVE")]
    [InlineData("stage skip: unsupported: float [reference compiler stage0-v0.1]", "unsupported: float")]
    [InlineData("stage skip: compile_form returned null (known limitation) [wasm stage module dist/clysm-stage1.wasm]", "compile_form returned null (known limitation)")]
    [InlineData(null, "(no reason)")]
    public void Skips_are_counted_by_their_reason(string? message, string reason) => Assert.Equal(reason, SkipTally.Reason(message));

    [Fact]
    public void The_summary_is_one_line_with_the_commonest_reasons_first()
    {
        var t = new SkipTally();
        foreach (var m in Enumerable.Repeat("stage skip: unsupported: float [x]", 5).Concat(Enumerable.Repeat("KNOWN FAILURE (f): y", 3))
                     .Concat(Enumerable.Range(0, 9).Select(i => $"stage skip: reason {i} [x]")))
            t.Add(m);
        var line = t.Line();
        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("skipped 17: 5 unsupported: float, 3 KNOWN FAILURE, 1 reason 0,", line);
        Assert.EndsWith(", 3 for 3 other reason(s)", line);
    }
}
