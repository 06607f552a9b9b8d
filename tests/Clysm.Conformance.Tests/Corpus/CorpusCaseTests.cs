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
        Skip.If(r.Outcome == Outcome.Skip, $"{fixture.StageDescription}: {r.Reason}");
        if (r.Outcome != Outcome.Pass)
            Assert.Fail($"{fixture.Location(id)}: {r.Describe()}");
        Assert.Equal((category, module), (r.Category, r.Module));
        _ = features;
    }
}
