using Clysm.Conformance.Gate;
using Clysm.Conformance.Running;
using Clysm.Runtime;
using Xunit;
using static Clysm.Conformance.Tests.Gate.Synthetic;

namespace Clysm.Conformance.Tests.Gate;

public class CompareTests
{
    private static readonly List<CaseResult> Before =
    [
        Case("conses.car", Outcome.Pass),
        Case("conses.cdr", Outcome.Pass),
        Case("conses.nth", Outcome.CompileError),
        Case("strings.a", Outcome.Trap, category: "strings"),
        Case("strings.b", Outcome.Fail, category: "strings"),
        Case("strings.old", Outcome.Pass, category: "strings"),
    ];

    private static readonly List<CaseResult> After =
    [
        Case("conses.car", Outcome.Pass),
        Case("conses.cdr", Outcome.Trap, "unreachable"),  // regression
        Case("conses.nth", Outcome.Pass),                 // newly passing
        Case("strings.a", Outcome.Fail, category: "strings"),
        Case("strings.b", Outcome.Skip, category: "strings"),
        Case("strings.new", Outcome.Fail, category: "strings"),
    ];

    [Fact]
    public void Regressions_newly_passing_and_coverage_changes_are_found()
    {
        var c = ReportComparison.Compare(Loaded(Report(Before)), Loaded(Report(After)));
        Assert.Empty(c.Incompatible);
        Assert.Equal(["conses.cdr"], c.Regressions.Select(x => x.Id));
        Assert.Equal(["conses.nth"], c.NewlyPassing.Select(x => x.Id));
        Assert.Equal(["strings.a", "strings.b"], c.OutcomeChanged.Select(x => x.Id));
        Assert.Equal(["strings.old"], c.OnlyInBaseline);                  // listed, not a regression
        Assert.Equal(["strings.new"], c.OnlyInCurrent);
        Assert.Contains(c.Warnings, w => w.Contains("1 case(s) appeared, 1 disappeared"));
        // conses: 2/3 compiled -> 3/3; strings: 3/3 -> 2/3 (the skip did not compile).
        // The report rounds percentages to two decimals.
        Assert.Equal(33.33, c.Categories.Single(x => x.Category == "conses").Delta!.Value, 6);
        Assert.Equal(-33.33, c.Categories.Single(x => x.Category == "strings").Delta!.Value, 6);
        Assert.Equal(0.0, c.Overall.Delta!.Value, 6);
        Assert.Equal(ExitCode.EXIT_PARTIAL, c.ExitCode);
    }

    [Fact]
    public void No_regression_is_exit_0_even_with_fewer_passes_elsewhere()
    {
        var c = ReportComparison.Compare(Loaded(Report(Before)), Loaded(Report(Before)));
        Assert.Empty(c.Regressions);
        Assert.Equal(ExitCode.EXIT_SUCCESS, c.ExitCode);
    }

    [Fact]
    public void Different_suite_major_minor_versions_are_refused()
    {
        var c = ReportComparison.Compare(Loaded(Report(Before, suiteVersion: "1.2.0")), Loaded(Report(After, suiteVersion: "1.3.0")));
        Assert.Equal(ExitCode.EXIT_FAILURE, c.ExitCode);
        Assert.Contains("suite versions differ", Assert.Single(c.Incompatible));
        Assert.Empty(ReportComparison.Compare(Loaded(Report(Before, suiteVersion: "1.2.0")), Loaded(Report(After, suiteVersion: "1.2.7"))).Incompatible);
    }

    [Fact]
    public void Different_corpus_fingerprints_are_refused_unless_ignored()
    {
        var c = ReportComparison.Compare(Fp(Before, 'a'), Fp(After, 'b'));
        Assert.Contains("corpora differ", Assert.Single(c.Incompatible));
        Assert.Equal(ExitCode.EXIT_FAILURE, c.ExitCode);
        var forced = ReportComparison.Compare(Fp(Before, 'a'), Fp(After, 'b'), ignoreCorpusFingerprint: true);
        Assert.Empty(forced.Incompatible);
        Assert.Equal(["conses.cdr"], forced.Regressions.Select(x => x.Id));
        Assert.Empty(ReportComparison.Compare(Fp(Before, 'a'), Fp(After, 'a')).Incompatible);
    }

    private static Clysm.Conformance.Gate.LoadedReport Fp(List<CaseResult> cases, char fill) =>
        Loaded(Report(cases) with { CorpusFingerprint = new string(fill, 64) });

    [Fact]
    public void Reports_with_too_few_cases_in_common_are_refused()
    {
        var other = Enumerable.Range(0, 6).Select(i => Case($"other.{i}", Outcome.Pass)).Append(Case("conses.car", Outcome.Pass)).ToList();
        var c = ReportComparison.Compare(Loaded(Report(Before)), Loaded(Report(other)));
        Assert.Contains("share only 1 case(s)", Assert.Single(c.Incompatible));
        var none = ReportComparison.Compare(Loaded(Report(Before)), Loaded(Report([Case("x.1", Outcome.Pass)])));
        Assert.Contains("no case in common", Assert.Single(none.Incompatible));
    }

    [Fact]
    public void A_current_run_that_tested_nothing_is_77()
    {
        var skipped = Before.Select(r => r with { Outcome = Outcome.Skip }).ToList();
        var c = ReportComparison.Compare(Loaded(Report(Before)), Loaded(Report(skipped)));
        Assert.Equal(ExitCode.EXIT_SKIP, c.ExitCode);
        Assert.Equal(3, c.Regressions.Count);   // still listed
    }

    [Fact]
    public void Major_minor_is_read_from_common_version_shapes()
    {
        Assert.Equal("1.4", ReportComparison.MajorMinor("1.4.2"));
        Assert.Equal("1.4", ReportComparison.MajorMinor("v1.4.0-beta"));
        Assert.Null(ReportComparison.MajorMinor(null));
    }
}
