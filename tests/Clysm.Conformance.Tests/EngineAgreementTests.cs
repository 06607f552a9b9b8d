using Clysm.Conformance.Corpus;
using Clysm.Conformance.Running;
using Clysm.Conformance.Stages;
using Clysm.Conformance.Tests.Support;
using Clysm.Runtime.Engine;
using Xunit;

namespace Clysm.Conformance.Tests;

/// <summary>
/// A fixed sample of the corpus through the reference stage on V8 and on Wasmtime (in its worker
/// process): every case must have the same outcome on both, and a failure the same wrong value, so a
/// case means the same on either engine. Trap messages are the engines' own words and may differ.
/// </summary>
public sealed class EngineAgreementTests
{
    /// <summary>Cases spread evenly over the corpus, plus the one that once differed: 10,000-deep
    /// recursion (both engines now share a 1 MiB wasm stack).</summary>
    private static IReadOnlyList<CorpusCase> Sample()
    {
        var all = CorpusLoader.Load(TestPaths.Corpus).Cases;
        var step = all.Count / 24;
        return all.Where((c, i) => i % step == 0 || c.Id == "functions.deep-tail-recursion").ToList();
    }

    [Fact]
    public void A_sample_of_the_corpus_gives_the_same_results_on_v8_and_wasmtime()
    {
        var sample = Sample();
        Assert.Contains(sample, c => c.Id == "functions.deep-tail-recursion");
        IReadOnlyList<CaseResult> Run(string engine)
        {
            using var session = new ConformanceSession(new ReferenceStage(), () => EngineFactory.CreateRunner(engine), TimeSpan.FromSeconds(30));
            var outcome = ConformanceRun.Run(sample, session, new RunOptions { Jobs = 2 });
            Assert.StartsWith(engine + " ", outcome.EngineVersion);
            return outcome.Results;
        }
        var v8 = Run("v8");
        var wasmtime = Run("wasmtime").ToDictionary(r => r.Id);
        var differing = v8.Where(a => wasmtime[a.Id] is var b && (a.Outcome != b.Outcome || (a.Outcome == Outcome.Fail && a.Diff != b.Diff)))
            .Select(a => $"{a.Id}: v8 {a.Outcome} {a.Reason} / wasmtime {wasmtime[a.Id].Outcome} {wasmtime[a.Id].Reason}").ToList();
        Assert.True(differing.Count == 0, "results differ between engines:\n" + string.Join("\n", differing));
        Assert.Contains(v8, r => r.Outcome == Outcome.Pass);             // the sample ran for real
        Assert.Equal(Outcome.Pass, wasmtime["functions.deep-tail-recursion"].Outcome);
    }
}
