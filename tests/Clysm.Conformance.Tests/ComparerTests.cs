using Clysm.Conformance.Corpus;
using Clysm.Conformance.Running;
using Clysm.Conformance.Tests.Support;
using Clysm.Runtime.Engine;
using Xunit;

namespace Clysm.Conformance.Tests;

public class ComparerTests
{
    private static CorpusCase Case(string? value = null, string stdout = "", string? stderr = "", string? signals = null,
        IReadOnlyList<CaseFile>? filesAfter = null) => new()
    {
        Id = "t.case", Category = "c", Source = "1", Module = "corpus/t.lisp", Line = 1, Column = 1,
        Value = value, Stdout = stdout, Stderr = stderr, Signals = signals, FilesAfter = filesAfter,
    };

    private static InvocationResult Returned(LispValue v, string stdout = "", string stderr = "") =>
        new() { Status = InvocationStatus.Returned, Value = v, Stdout = stdout, Stderr = stderr };

    [Fact]
    public void Equal_value_and_output_pass()
    {
        var cmp = Comparer.Compare(Case("(1 2)", stdout: "hi\n"), Returned(new LispValue(LispValueKind.Printed, Text: "(1 2)"), "hi\n"), null);
        Assert.True(cmp.Passed, cmp.Diff);
        Assert.Null(cmp.Reason);
    }

    [Fact]
    public void Value_difference_shows_expected_and_actual()
    {
        var cmp = Comparer.Compare(Case("3"), Returned(new LispValue(LispValueKind.Fixnum, 4)), null);
        Assert.False(cmp.Passed);
        Assert.Equal("value differs", cmp.Reason);
        Assert.Contains("expected 3", cmp.Diff);
        Assert.Contains("actual   4", cmp.Diff);
    }

    [Fact]
    public void Nil_and_strings_print_as_lisp()
    {
        Assert.True(Comparer.Compare(Case("NIL"), Returned(LispValue.Nil), null).Passed);
        Assert.True(Comparer.Compare(Case("\"a\\\"b\""), Returned(new LispValue(LispValueKind.String, Text: "a\"b")), null).Passed);
    }

    [Fact]
    public void Opaque_values_never_pass_a_printed_expectation()
    {
        var cmp = Comparer.Compare(Case("(1 2)"), Returned(LispValue.Opaque), null);
        Assert.False(cmp.Passed);
        Assert.Contains("no printable value", cmp.Diff);
        Assert.False(Comparer.Compare(Case("1.5"), Returned(LispValue.NotFixnum), null).Passed);
    }

    [Fact]
    public void The_i32_channel_ambiguity_is_named_in_the_diff()
    {
        var cmp = Comparer.Compare(Case("T"), Returned(new LispValue(LispValueKind.Fixnum, 1)), null);
        Assert.False(cmp.Passed);
        Assert.Contains("T reads as 1", cmp.Diff);
    }

    [Fact]
    public void Absent_stdout_means_nothing_may_be_written()
    {
        var cmp = Comparer.Compare(Case("1"), Returned(new LispValue(LispValueKind.Fixnum, 1), "oops"), null);
        Assert.Equal("stdout differs", cmp.Reason);
        Assert.Contains("expected \"\"", cmp.Diff);
        Assert.Contains("actual   \"oops\"", cmp.Diff);
    }

    [Fact]
    public void Stdout_diff_escapes_newlines_and_points_at_the_first_difference()
    {
        var cmp = Comparer.Compare(Case(stdout: "ab\ncd\n"), Returned(LispValue.Nil, "ab\nce\n"), null);
        Assert.Contains("\"ab\\ncd\\n\"", cmp.Diff);
        Assert.Contains("first difference at character 4", cmp.Diff);
    }

    [Fact]
    public void Stderr_is_free_when_a_condition_is_expected_and_not_given()
    {
        var run = new InvocationResult { Status = InvocationStatus.Trapped, Stderr = "debugger junk", Condition = new ConditionInfo("DIVISION-BY-ZERO", "x") };
        Assert.True(Comparer.Compare(Case(signals: "arithmetic-error", stderr: null), run, null).Passed);
    }

    [Theory]
    [InlineData("DIVISION-BY-ZERO", "division-by-zero", true)]
    [InlineData("DIVISION-BY-ZERO", "arithmetic-error", true)]
    [InlineData("DIVISION-BY-ZERO", "error", true)]
    [InlineData("DIVISION-BY-ZERO", "serious-condition", true)]
    [InlineData("DIVISION-BY-ZERO", "condition", true)]
    [InlineData("DIVISION-BY-ZERO", "type-error", false)]
    [InlineData("SIMPLE-TYPE-ERROR", "type-error", true)]
    [InlineData("SIMPLE-TYPE-ERROR", "simple-condition", true)]
    [InlineData("READER-ERROR", "stream-error", true)]
    [InlineData("READER-ERROR", "parse-error", true)]
    [InlineData("END-OF-FILE", "stream-error", true)]
    [InlineData("UNBOUND-VARIABLE", "cell-error", true)]
    [InlineData("ERROR", "type-error", false)]
    [InlineData("WARNING", "error", false)]
    [InlineData("SB-INT:SIMPLE-PROGRAM-ERROR", "program-error", false)]
    [InlineData("CL:TYPE-ERROR", "error", true)]
    public void Condition_types_follow_the_standard_hierarchy(string actual, string expected, bool matches)
    {
        Assert.Equal(matches, ConditionTypes.IsSubtype(actual, expected));
        var run = new InvocationResult { Status = InvocationStatus.Trapped, Condition = new ConditionInfo(actual, "m") };
        Assert.Equal(matches, Comparer.Compare(Case(signals: expected, stderr: null), run, null).Passed);
    }

    [Fact]
    public void Expected_condition_not_signalled_is_a_difference()
    {
        var cmp = Comparer.Compare(Case(signals: "type-error", stderr: null), Returned(new LispValue(LispValueKind.Fixnum, 1)), null);
        Assert.Equal("expected condition TYPE-ERROR, none signalled", cmp.Reason);
    }

    [Fact]
    public void Files_after_compare_contents_and_absence()
    {
        using var dir = TestPaths.Temp();
        File.WriteAllText(dir.File("out.txt"), "data\n");
        File.WriteAllText(dir.File("left.txt"), "x");
        var c = Case(filesAfter: [new CaseFile("out.txt", "data\n"), new CaseFile("gone.txt", null)]);
        Assert.True(Comparer.Compare(c, Returned(LispValue.Nil), dir.Path).Passed);

        var wrong = Case(filesAfter: [new CaseFile("out.txt", "other"), new CaseFile("left.txt", null), new CaseFile("missing.txt", "m")]);
        var cmp = Comparer.Compare(wrong, Returned(LispValue.Nil), dir.Path);
        Assert.Equal(3, cmp.Differences.Count);
        Assert.Contains("file left.txt: expected (no file)", cmp.Diff);
        Assert.Contains("file missing.txt: expected \"m\"", cmp.Diff);
        Assert.Equal("file contents differ", cmp.Reason);
    }
}
