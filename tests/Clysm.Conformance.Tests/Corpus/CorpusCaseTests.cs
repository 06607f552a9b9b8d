using Clysm.Conformance.Gate;
using Clysm.Conformance.Running;
using Clysm.Conformance.Stages;
using Xunit;

namespace Clysm.Conformance.Tests.Corpus;

/// <summary>
/// Every corpus case as its own test, through the stage named by CLYSM_STAGE / CLYSM_STAGE_MODULE /
/// CLYSM_STAGE_COMMAND (default: the reference stage). Select with
/// `dotnet test --filter "category=conses"`, `--filter "feature=car"` or `--filter "DisplayName=conses.car-of-list"`.
/// </summary>
public sealed class CorpusCaseTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    [CorpusCases]
    public void Case(string id, string category, string features, string module)
    {
        var prep = fixture.Preparation;
        if (prep.Status == StageStatus.Missing)
            Assert.Fail($"stage missing (exit 3): {prep.Message}");
        var r = fixture.Result(id);
        // The stage's checked-in expectations (expectations/reference.json for the reference
        // stage) turn a known failure into a skip that says so; any other change fails. What
        // the outcome table does not score (skip, unverified, inconclusive) is a skip naming it.
        var g = ExpectationGate.Classify(r, fixture.Expectation(id));
        switch (g.Status)
        {
            case GateStatus.ExpectedNotScored or GateStatus.NewNotScored:
                // The first words are what the summary logger counts skips by.
                Skip.If(true, r.Outcome == Outcome.Skip
                    ? $"stage skip: {r.Reason} [{fixture.StageDescription}]"
                    : $"{r.Outcome.Name().ToUpperInvariant()} (not scored): {r.Reason}");
                break;
            case GateStatus.ExpectedFailure:
                Skip.If(true, $"KNOWN FAILURE ({fixture.ExpectationsPath}): {g.Expectation!.Reason}" + (g.Note is null ? "" : $" [{g.Note}]"));
                break;
            case GateStatus.UnexpectedPass:
                Assert.Fail($"{fixture.Location(id)}: {id} passes but {fixture.ExpectationsPath} lists it as a known failure: {g.Note}");
                break;
            case GateStatus.NewFailure:
                Assert.Fail($"{fixture.Location(id)}: {r.Describe()}" + (g.Note is null ? "" : $"\n{g.Note}"));
                break;
        }
        Assert.Equal((category, module), (r.Category, r.Module));
        _ = features;
    }

    /// <summary>A run in which every case was skipped, unverified or inconclusive tested nothing:
    /// not green, whatever the per-case tests say (the CLI exits 77 for the same run).</summary>
    [Fact]
    public void The_run_scores_at_least_one_case()
    {
        var results = fixture.AllResults().ToList();
        Assert.False(RunStatus.NothingScored(results),
            $"{RunStatus.LoudMessage(results)}\nstage: {fixture.StageDescription}" + (fixture.Preparation.Message is { } m ? $" ({m})" : ""));
    }

    [SkippableFact]
    public void Reference_stage_emits_only_valid_modules_and_never_crashes()
    {
        Skip.If(fixture.StageKind != "reference", $"a bar of the reference stage; this run tests {fixture.StageDescription}");
        var bad = fixture.AllResults()
            .Where(r => r.Outcome is Outcome.InvalidModule or Outcome.Crash)
            .Select(r => r.Describe()).ToList();
        Assert.True(bad.Count == 0, $"{bad.Count} case(s):\n" + string.Join("\n\n", bad.Take(20)));
    }

    [Fact]
    public void Expectations_name_only_cases_of_the_corpus()
    {
        var stale = fixture.StaleExpectations();
        Assert.True(stale.Count == 0, $"{fixture.ExpectationsPath} names cases not in the corpus: {string.Join(", ", stale)} (run bless)");
    }
}
