using Clysm.Conformance.Corpus;
using Clysm.Conformance.Running;
using Clysm.Conformance.Stages;
using Clysm.Conformance.Tests.Support;
using Clysm.Runtime;
using Clysm.Runtime.Engine;
using Xunit;

namespace Clysm.Conformance.Tests;

/// <summary>The wasm stage drives a Stage module that exports no string channel, as Clysm's Stage 1
/// is today, through the suite's GC bridge (docs/stage-abi.md §3-4).</summary>
public sealed class WasmStageBridgeTests : IDisposable
{
    private readonly TempDir _dir = TestPaths.Temp();
    public void Dispose() => _dir.Dispose();

    private static readonly IReadOnlyList<CorpusCase> Cases = CorpusLoader.LoadText("""
        (defcase t.answer :category numbers :features (+) :forms ((+ 40 2)) :value "42")
        (defcase t.other :category numbers :features (+) :forms ((+ 1 0)) :value "1")
        (defcase t.third :category numbers :features (+) :forms ((* 2 3)) :value "6")
        """, "corpus/t.lisp");

    /// <summary>Counts the invocations that really called compile_form and saw it return.</summary>
    private sealed class CountingRunner(IWasmRunner inner) : IWasmRunner
    {
        public static int Calls;
        public string EngineVersion => inner.EngineVersion;
        public string? Validate(byte[] module) => inner.Validate(module);
        public void Dispose() => inner.Dispose();
        public InvocationResult Invoke(InvocationRequest request)
        {
            var r = inner.Invoke(request);
            if (r.Status == InvocationStatus.Returned && r.ExportsCalled.Contains("compile_form")) Interlocked.Increment(ref Calls);
            return r;
        }
    }

    private RunOutcome Run(string fixture)
    {
        var path = _dir.File(fixture.Replace(".wat", ".wasm"));
        File.WriteAllBytes(path, WasmAs.Fixture(fixture));
        using var session = new ConformanceSession(new WasmStage(path), () => new CountingRunner(EngineFactory.CreateRunner()), TimeSpan.FromSeconds(10));
        return ConformanceRun.Run(Cases, session, new RunOptions { Jobs = 2 });
    }

    [Fact]
    public void A_stage_of_clysm_stage1s_shape_skips_every_case_with_compile_form_returned_null_after_calling_it()
    {
        CountingRunner.Calls = 0;
        var o = Run("stage1-shape.wat");
        Assert.Equal(StageStatus.Compiled, o.Preparation.Status);
        Assert.Equal(Cases.Count, o.Results.Count);
        Assert.All(o.Results, r => Assert.Equal((Outcome.Skip, "compile_form returned null"), (r.Outcome, r.Reason)));
        Assert.Equal(Cases.Count, CountingRunner.Calls);          // each case's compile_form was called
        Assert.Equal(ExitCode.EXIT_SKIP, o.ExitCode);
    }

    [Fact]
    public void A_stage_without_a_channel_gets_the_source_and_returns_a_module_that_runs()
    {
        var o = Run("stage-bridged.wat");
        Assert.Equal((Outcome.Pass, Outcome.Skip, Outcome.Skip), (o.Results[0].Outcome, o.Results[1].Outcome, o.Results[2].Outcome));
        Assert.Equal("compile_form returned null", o.Results[1].Reason);
    }
}
