using Clysm.Conformance.Gate;
using Clysm.Conformance.Running;
using Clysm.Runtime;
using Xunit;
using static Clysm.Conformance.Tests.Gate.Synthetic;

namespace Clysm.Conformance.Tests.Gate;

public class BlessTests
{
    [Fact]
    public void Bless_adds_failures_keeps_reasons_and_removes_entries_that_no_longer_apply()
    {
        var report = Report(
        [
            Case("a.fixed", Outcome.Pass),
            Case("a.still", Outcome.Trap, "new wording of the reason"),
            Case("a.generic", Outcome.CompileError),
            Case("a.changed", Outcome.LinkError, "missing import"),
            Case("a.new", Outcome.Fail, "value differs\nexpected 1, got 2"),
            Case("a.skipped", Outcome.Skip, "stage declined"),
        ]);
        var existing = ExpFile(
            Entry("a.fixed", "fail", "was broken"),
            Entry("a.still", "trap", "kept reason", "https://example.org/1"),
            Entry("a.generic", "fail", "generic"),
            Entry("a.changed", "compile-error", "old"),
            Entry("a.removed-from-corpus", "skip", "gone"));
        var r = Blesser.Bless(report, existing);

        Assert.Equal(["a.changed", "a.generic", "a.new", "a.skipped", "a.still"], r.File.Entries.Select(e => e.Id));
        var still = r.File.Entries.Single(e => e.Id == "a.still");
        Assert.Equal((Outcome.Trap, "kept reason", "https://example.org/1"), (still.Expect, still.Reason, still.Link));
        Assert.Equal(Outcome.Fail, r.File.Entries.Single(e => e.Id == "a.generic").Expect);       // "fail" still covers it
        Assert.Equal((Outcome.LinkError, "old"), r.File.Entries.Single(e => e.Id == "a.changed") is var c ? (c.Expect, c.Reason) : default);
        var added = r.Added.Single(e => e.Id == "a.new");
        // A new entry asks for a reason: the placeholder, with the first line of what the run said.
        Assert.Equal((Outcome.Fail, ExpectationKind.NotYet), (added.Expect, added.Kind));
        Assert.Equal(Expectation.ReasonPlaceholder + " (the run said: value differs)", added.Reason);
        Assert.True(added.Unexplained);
        Assert.Equal(Outcome.Skip, r.Added.Single(e => e.Id == "a.skipped").Expect);
        Assert.Equal([("a.fixed", "passes now"), ("a.removed-from-corpus", "no longer in the corpus")], r.Removed.Select(x => (x.Entry.Id, x.Why)));
        Assert.Equal(["a.changed"], r.Updated.Select(x => x.After.Id));

        // The blessed file makes the same run pass the gate; the strict gate until the new reasons are written.
        Assert.Equal(ExitCode.EXIT_SUCCESS, ExpectationGate.Apply(report, r.File).ExitCode);
        var strict = ExpectationGate.Apply(report, r.File, strict: true);
        Assert.Equal(ExitCode.EXIT_PARTIAL, strict.ExitCode);
        Assert.Equal(["a.new", "a.skipped"], strict.Unexplained.Select(e => e.Id));
        var written = r.File with { Entries = r.File.Entries.Select(e => e.Unexplained ? e with { Reason = "why, in words" } : e).ToList() };
        Assert.Equal(ExitCode.EXIT_SUCCESS, ExpectationGate.Apply(report, written, strict: true).ExitCode);
        using var dir = Support.TestPaths.Temp();
        Expectations.Save(dir.File("e.json"), r.File);          // checked against the schema before it is written
        Assert.Equal(r.File.Entries, Expectations.Load(dir.File("e.json")).Entries);
    }

    [Fact]
    public void Bless_takes_a_reason_and_a_kind_for_new_entries_and_keeps_old_ones()
    {
        var report = Report([Case("a.old", Outcome.Trap), Case("a.new", Outcome.Trap)]);
        var existing = ExpFile(Entry("a.old", "trap", "written long ago", kind: ExpectationKind.Never));
        var r = Blesser.Bless(report, existing, reason: "floats are not compiled yet", kind: ExpectationKind.NotYet);
        Assert.Equal(("written long ago", ExpectationKind.Never), r.File.Entries.Single(e => e.Id == "a.old") is var o ? (o.Reason, o.Kind) : default);
        Assert.Equal(("floats are not compiled yet", ExpectationKind.NotYet), r.File.Entries.Single(e => e.Id == "a.new") is var n ? (n.Reason, n.Kind) : default);
        Assert.Empty(ExpectationGate.Apply(report, r.File).Unexplained);

        // An entry written before kinds existed keeps its reason and becomes not-yet.
        var old = Blesser.Bless(report, ExpFile(Entry("a.old", "trap", "written long ago", kind: null)), reason: "x");
        Assert.Equal(ExpectationKind.NotYet, old.File.Entries.Single(e => e.Id == "a.old").Kind);
    }

    [Fact]
    public void Bless_without_a_file_names_the_stage_and_keeps_filtered_out_entries()
    {
        var fresh = Blesser.Bless(Report([Case("a.1", Outcome.Fail)], stageVersion: "stage2-v1.0"), null);
        Assert.Equal("stage2", fresh.File.Stage);
        var filtered = Blesser.Bless(Report([Case("a.1", Outcome.Pass)], filters: ["include=a.*"]), ExpFile(Entry("b.1", "fail")));
        Assert.Equal(["b.1"], filtered.File.Entries.Select(e => e.Id));
        Assert.Empty(filtered.Removed);
    }

    [Fact]
    public void Bless_refuses_a_run_that_tested_nothing()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Blesser.Bless(Report([Case("a.1", Outcome.Skip)]), null));
        Assert.Contains("NOTHING WAS TESTED", e.Message);
    }
}
