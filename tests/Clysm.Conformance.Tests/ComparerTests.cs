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

    private static LispValue Fixnum(long n) => new(LispValueKind.Fixnum, n);

    [Theory]
    [InlineData("T", 1)]              // T reads as 1 through the i32 channel
    [InlineData("#\\Q", 81)]          // a character as its code point
    [InlineData("#\\Space", 32)]
    public void What_the_numeric_channel_cannot_tell_from_the_answer_is_inconclusive(string expected, long raw)
    {
        var cmp = Comparer.Compare(Case(expected), Returned(Fixnum(raw)), null);
        Assert.False(cmp.Passed);
        Assert.Empty(cmp.Differences);
        Assert.Contains("cannot tell", cmp.Inconclusive);
    }

    [Theory]
    [InlineData("T", 0)]
    [InlineData("#\\Q", 82)]
    [InlineData("3", 4)]
    public void A_wrong_value_through_the_same_channel_is_a_difference(string expected, long raw)
    {
        var cmp = Comparer.Compare(Case(expected), Returned(Fixnum(raw)), null);
        Assert.Null(cmp.Inconclusive);
        Assert.Equal("value differs", cmp.Reason);
    }

    [Fact]
    public void The_sentinels_are_inconclusive_only_for_values_the_channel_cannot_carry()
    {
        // INT32_MIN+1 ("not a fixnum") cannot show a list or a float: inconclusive.
        Assert.Contains("not-a-fixnum sentinel", Comparer.Compare(Case("(1 2)"), Returned(LispValue.NotFixnum), null).Inconclusive);
        Assert.NotNull(Comparer.Compare(Case("1.5"), Returned(LispValue.NotFixnum), null).Inconclusive);
        // A fixnum, NIL, T or a character would have come back as itself: a difference.
        foreach (var carried in new[] { "42", "NIL", "T", "#\\a" })
        {
            var cmp = Comparer.Compare(Case(carried), Returned(LispValue.NotFixnum), null);
            Assert.True(cmp.Differences.Count == 1 && cmp.Inconclusive is null, carried);
        }
        // An opaque reference (no clysm:prin1) is the same: a list cannot be shown, a fixnum or string could.
        Assert.NotNull(Comparer.Compare(Case("(1 2)"), Returned(LispValue.Opaque), null).Inconclusive);
        var opaque = Comparer.Compare(Case("\"ab\""), Returned(LispValue.Opaque), null);
        Assert.Contains("no printable value", opaque.Diff);
        // A real difference elsewhere is never hidden by what the channel could not show.
        var both = Comparer.Compare(Case("T", stdout: "x"), Returned(Fixnum(1), "y"), null);
        Assert.Equal("stdout differs", both.Reason);
        Assert.NotNull(both.Inconclusive);
    }

    [Fact]
    public void Values_compare_every_value_of_the_last_form_as_a_list()
    {
        var c = Case() with { Values = ["3", "1"] };
        Assert.Equal("(3 1)", c.ExpectedPrinted);
        Assert.True(Comparer.Compare(c, Returned(new LispValue(LispValueKind.Printed, Text: "(3 1)")), null).Passed);
        var wrong = Comparer.Compare(c, Returned(new LispValue(LispValueKind.Printed, Text: "(3 2)")), null);
        Assert.Equal("values differs", wrong.Reason);
        Assert.Contains("values: expected (3 1)", wrong.Diff);
        Assert.Equal("NIL", (Case() with { Values = [] }).ExpectedPrinted);   // (values): no value at all
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
