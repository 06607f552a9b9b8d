using Clysm.Conformance.Gate;
using Clysm.Conformance.Running;
using Clysm.Runtime;
using Xunit;
using static Clysm.Conformance.Tests.Gate.Synthetic;

namespace Clysm.Conformance.Tests.Gate;

public class ExpectationGateTests
{
    private static GateStatus StatusOf(GateResult g, string id) => g.Cases.Single(c => c.Id == id).Status;

    [Fact]
    public void Every_case_is_classified()
    {
        var report = Report(
        [
            Case("a.pass", Outcome.Pass),
            Case("a.new-fail", Outcome.Trap),
            Case("a.xfail", Outcome.Fail),
            Case("a.xfail-any", Outcome.Timeout),
            Case("a.xpass", Outcome.Pass),
            Case("a.xskip", Outcome.Skip),
            Case("a.new-skip", Outcome.Skip),
            Case("a.skip-now-fails", Outcome.CompileError),
            Case("a.fail-now-skips", Outcome.Skip),
            Case("a.changed", Outcome.Trap),
            Case("a.now-crashes", Outcome.Crash),
            Case("a.crash-known", Outcome.Crash),
        ]);
        var file = ExpFile(Entry("a.xfail", "fail"), Entry("a.xfail-any", "fail"), Entry("a.xpass", "trap"), Entry("a.xskip", "skip"),
            Entry("a.skip-now-fails", "skip"), Entry("a.fail-now-skips", "compile-error"), Entry("a.changed", "compile-error"), Entry("a.gone", "fail"),
            Entry("a.now-crashes", "fail"), Entry("a.crash-known", "crash"));
        var g = ExpectationGate.Apply(report, file);

        Assert.Equal(GateStatus.Pass, StatusOf(g, "a.pass"));
        Assert.Equal(GateStatus.NewFailure, StatusOf(g, "a.new-fail"));
        Assert.Equal(GateStatus.ExpectedFailure, StatusOf(g, "a.xfail"));
        Assert.Equal(GateStatus.NewFailure, StatusOf(g, "a.xfail-any"));        // a timeout is covered only by "timeout"
        Assert.Equal(GateStatus.NewFailure, StatusOf(g, "a.now-crashes"));      // a known wrong value now crashes: news
        Assert.Equal(GateStatus.ExpectedFailure, StatusOf(g, "a.crash-known"));
        Assert.Equal(GateStatus.UnexpectedPass, StatusOf(g, "a.xpass"));
        Assert.Equal(GateStatus.ExpectedNotScored, StatusOf(g, "a.xskip"));
        Assert.Equal(GateStatus.NewNotScored, StatusOf(g, "a.new-skip"));
        Assert.Equal(GateStatus.NewFailure, StatusOf(g, "a.skip-now-fails"));  // it runs now: its failure is news
        Assert.Equal(GateStatus.NewNotScored, StatusOf(g, "a.fail-now-skips"));
        var changed = g.Cases.Single(c => c.Id == "a.changed");
        Assert.Equal(GateStatus.ExpectedFailure, changed.Status);
        Assert.Contains("expected compile-error, got trap", changed.Note);
        Assert.Equal(["a.gone"], g.Stale.Select(e => e.Id));
        Assert.Equal(4, g.Count(GateStatus.NewFailure));
    }

    [Fact]
    public void New_failures_fail_the_gate_and_expected_ones_do_not()
    {
        var report = Report([Case("a.1", Outcome.Pass), Case("a.2", Outcome.Fail)]);
        Assert.Equal(ExitCode.EXIT_PARTIAL, ExpectationGate.Apply(report, null).ExitCode);
        Assert.Equal(ExitCode.EXIT_PARTIAL, ExpectationGate.Apply(report, ExpFile()).ExitCode);
        var ok = ExpectationGate.Apply(report, ExpFile(Entry("a.2", "fail")));
        Assert.Equal(ExitCode.EXIT_SUCCESS, ok.ExitCode);
        Assert.Empty(ok.FailureReasons());
    }

    [Fact]
    public void Strict_mode_also_fails_on_unexpected_passes_new_skips_and_stale_entries()
    {
        var xpass = Report([Case("a.1", Outcome.Pass), Case("a.2", Outcome.Fail)]);
        var f = ExpFile(Entry("a.1", "fail"), Entry("a.2", "fail"));
        Assert.Equal(ExitCode.EXIT_SUCCESS, ExpectationGate.Apply(xpass, f).ExitCode);
        var strict = ExpectationGate.Apply(xpass, f, strict: true);
        Assert.Equal(ExitCode.EXIT_PARTIAL, strict.ExitCode);
        Assert.Contains("1 unexpected pass(es) (--strict)", strict.FailureReasons());

        var stale = ExpectationGate.Apply(Report([Case("a.1", Outcome.Pass)]), ExpFile(Entry("a.old", "fail")), strict: true);
        Assert.Contains("1 stale expectation(s) (--strict)", stale.FailureReasons());

        var newSkip = ExpectationGate.Apply(Report([Case("a.1", Outcome.Pass), Case("a.2", Outcome.Skip)]), ExpFile(), strict: true);
        Assert.Contains("1 new skip(s) or unverified/inconclusive case(s) (--strict)", newSkip.FailureReasons());
        Assert.Equal(ExitCode.EXIT_SUCCESS, ExpectationGate.Apply(Report([Case("a.1", Outcome.Pass), Case("a.2", Outcome.Skip)]), ExpFile()).ExitCode);
    }

    [Fact]
    public void With_filters_absent_cases_are_not_stale()
    {
        var report = Report([Case("a.1", Outcome.Pass)], filters: ["category=conses"]);
        var g = ExpectationGate.Apply(report, ExpFile(Entry("b.1", "fail")), strict: true);
        Assert.Empty(g.Stale);
        Assert.Equal(["b.1"], g.NotSelected.Select(e => e.Id));
        Assert.Equal(ExitCode.EXIT_SUCCESS, g.ExitCode);
    }

    [Fact]
    public void Nothing_run_or_everything_skipped_is_77_never_0()
    {
        Assert.Equal(ExitCode.EXIT_SKIP, ExpectationGate.Apply(Report([]), ExpFile()).ExitCode);
        var allSkipped = Report([Case("a.1", Outcome.Skip), Case("a.2", Outcome.Skip)]);
        // Even when every skip is expected: nothing was tested.
        Assert.Equal(ExitCode.EXIT_SKIP, ExpectationGate.Apply(allSkipped, ExpFile(Entry("a.1", "skip"), Entry("a.2", "skip"))).ExitCode);
        Assert.Contains("none of the 2 case(s) was scored (2 skip)", RunStatus.LoudMessage(allSkipped));
    }

    [Fact]
    public void Unverified_and_inconclusive_are_not_scored_and_a_run_of_only_those_tested_nothing()
    {
        var notScored = Report([Case("a.1", Outcome.Skip), Case("a.2", Outcome.Unverified), Case("a.3", Outcome.Inconclusive)]);
        var g = ExpectationGate.Apply(notScored, ExpFile(Entry("a.2", "unverified")));
        Assert.Equal(ExitCode.EXIT_SKIP, g.ExitCode);
        Assert.Equal(GateStatus.ExpectedNotScored, StatusOf(g, "a.2"));
        Assert.Equal(GateStatus.NewNotScored, StatusOf(g, "a.3"));
        Assert.Contains("1 unverified", RunStatus.LoudMessage(notScored));
        Assert.Contains("1 inconclusive", RunStatus.LoudMessage(notScored));

        // An entry that expects a case not to be scored does not cover a failure: it runs and fails now.
        var failing = ExpectationGate.Apply(Report([Case("a.1", Outcome.Pass), Case("a.2", Outcome.Trap)]), ExpFile(Entry("a.2", "unverified")));
        Assert.Equal(GateStatus.NewFailure, StatusOf(failing, "a.2"));
        // A disagreement between engines is news unless its entry names it.
        var disagree = ExpectationGate.Apply(Report([Case("a.1", Outcome.Pass), Case("a.2", Outcome.Disagreement)]), ExpFile(Entry("a.2", "fail")));
        Assert.Equal(GateStatus.NewFailure, StatusOf(disagree, "a.2"));
    }

    [Fact]
    public void Entries_without_a_written_reason_or_kind_are_listed_and_fail_only_the_strict_gate()
    {
        var report = Report([Case("a.1", Outcome.Pass), Case("a.2", Outcome.Fail), Case("a.3", Outcome.Fail)]);
        var file = ExpFile(Entry("a.2", "fail", Expectation.ReasonPlaceholder), Entry("a.3", "fail", "written", kind: null));
        var g = ExpectationGate.Apply(report, file);
        Assert.Equal(["a.2", "a.3"], g.Unexplained.Select(e => e.Id));
        Assert.Equal(ExitCode.EXIT_SUCCESS, g.ExitCode);
        Assert.Contains("2 expectation(s) without a written reason or a not-yet/never kind (--strict)", ExpectationGate.Apply(report, file, strict: true).FailureReasons());
    }

    [Fact]
    public void Expectations_for_another_stage_are_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => ExpectationGate.Apply(Report([Case("a.1", Outcome.Pass)], stageVersion: "stage2-v0.1"), ExpFile()));
        Assert.Contains("stage1", e.Message);
        Assert.Contains("stage2-v0.1", e.Message);
    }
}
