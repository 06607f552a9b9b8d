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
        Assert.Equal(("trap", "kept reason", "https://example.org/1"), (still.Expect, still.Reason, still.Link));
        Assert.Equal("fail", r.File.Entries.Single(e => e.Id == "a.generic").Expect);       // "fail" still covers it
        Assert.Equal(("link-error", "old"), r.File.Entries.Single(e => e.Id == "a.changed") is var c ? (c.Expect, c.Reason) : default);
        var added = r.Added.Single(e => e.Id == "a.new");
        Assert.Equal(("fail", "value differs"), (added.Expect, added.Reason));             // first line of the run's reason
        Assert.Equal("skip", r.Added.Single(e => e.Id == "a.skipped").Expect);
        Assert.Equal([("a.fixed", "passes now"), ("a.removed-from-corpus", "no longer in the corpus")], r.Removed.Select(x => (x.Entry.Id, x.Why)));
        Assert.Equal(["a.changed"], r.Updated.Select(x => x.After.Id));

        // The blessed file makes the same run pass even the strict gate.
        Assert.Equal(ExitCode.EXIT_SUCCESS, ExpectationGate.Apply(report, r.File, strict: true).ExitCode);
        Assert.Empty(ExpectationsSchema.Validator.Validate(Expectations.Serialize(r.File)));
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
