using System.Text;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Wasm;
using Clysm.TestSupport;
using Xunit;

namespace Clysm.Runtime.Tests.Engine;

/// <summary>Stage modules on every engine: the role the caller states, one compile per runner, and
/// the GC bridge that passes strings to a Stage that exports no string channel.</summary>
public sealed class StageModuleTests(EngineRunnerFixture fx) : IClassFixture<EngineRunnerFixture>
{
    private static readonly byte[] Stage1Shape = WasmAs.Fixture("stage1-shape.wat");
    private static readonly byte[] Bridged = WasmAs.Fixture("stage-bridged.wat");
    private static readonly byte[] Answer42 = Convert.FromHexString("0061736d01000000010501600001" + "7f03020100070a01065f737461727400000a06010400412a0b");

    private static InvocationRequest CompileForm(byte[] stage, string source, string? init = "_start") => new()
    {
        Module = stage, Role = ModuleRole.Stage, Setup = init is null ? [] : [init], Export = "compile_form",
        Argument = source, ReturnsBytes = true,
    };

    [Theory]
    [EngineData]
    public void A_stage_whose_start_returns_nothing_runs_as_a_stage_and_is_refused_as_a_case(string engine)
    {
        var runner = fx.Runner(engine);
        var asStage = runner.Invoke(new InvocationRequest { Module = Bridged, Role = ModuleRole.Stage });
        Assert.Equal(InvocationStatus.Returned, asStage.Status);
        Assert.Equal(LispValueKind.None, asStage.Value.Kind);
        var asCase = runner.Invoke(new InvocationRequest { Module = Bridged, Role = ModuleRole.Case });
        Assert.Equal(InvocationStatus.LinkError, asCase.Status);
        Assert.Contains("bad export signature: _start", asCase.Message);
    }

    [Theory]
    [EngineData]
    public void The_stage1_shape_gets_its_source_through_the_bridge_and_its_null_back(string engine)
    {
        var m = WasmModule.Parse(Stage1Shape);
        Assert.Contains(m.RecGroups, g => g.Types.Count > 1 && g.Types.Any(t => t.Index == m.FindStringType()));
        Assert.False(ContractChecker.HasStringChannel(m));
        var r = fx.Runner(engine).Invoke(CompileForm(Stage1Shape, "(+ 1 2)"));
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Equal(LispValueKind.Nil, r.Value.Kind);
        Assert.Null(r.ReturnedBytes);
        Assert.Equal(["_start", "compile_form"], r.ExportsCalled);
    }

    [Theory]
    [EngineData]
    public void A_bridged_stage_reads_the_source_of_its_own_type_and_returns_module_bytes(string engine)
    {
        var runner = fx.Runner(engine);
        var r = runner.Invoke(CompileForm(Bridged, "(+ 40 2)", init: null));
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Equal(Answer42, r.ReturnedBytes);
        // Another source: the stage saw the difference, so the bytes it read were the source's.
        Assert.Equal(LispValueKind.Nil, runner.Invoke(CompileForm(Bridged, "(+ 40 3)", init: null)).Value.Kind);
        Assert.Equal(LispValueKind.Nil, runner.Invoke(CompileForm(Bridged, "(+ 40 2) ", init: null)).Value.Kind);
    }

    [Theory]
    [EngineData]
    public void A_result_that_is_not_a_byte_array_is_named(string engine)
    {
        var r = fx.Runner(engine).Invoke(CompileForm(Bridged, "x", init: null) with { Export = "struct-result" });
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Null(r.ReturnedBytes);
        Assert.Equal("#<a reference that is not a byte array of the module's string type>", r.Value.ToString());
    }

    [Theory]
    [EngineData]
    public void A_stage_module_is_compiled_once_per_runner_however_many_cases(string engine)
    {
        using var runner = EngineFactory.CreateRunner(engine);
        var sources = Enumerable.Range(0, 5).Select(i => $"(+ 40 {i})").Append("(+ 40 2)").ToList();
        var results = sources.Select(s => runner.Invoke(CompileForm(Bridged, s, init: null))).ToList();
        Assert.All(results, r => Assert.Equal(InvocationStatus.Returned, r.Status));
        Assert.Equal(Answer42, results[^1].ReturnedBytes);
        Assert.Equal(2, EngineRunnerFixture.Compiles(runner));                           // the stage and its bridge, once each
        // A copy of the bytes is another module to the runner: compiled again (what reuse saves).
        runner.Invoke(CompileForm((byte[])Bridged.Clone(), "x", init: null));
        Assert.Equal(4, EngineRunnerFixture.Compiles(runner));
    }

    [Fact]
    public void The_bridge_repeats_the_type_section_verbatim_and_validates()
    {
        var stage = CheckedModule.Load(Stage1Shape, ModuleRole.Stage);
        var bridge = stage.StringBridge!;
        var sm = stage.Module;
        var bm = bridge.Module;
        Assert.Equal(sm.Types.Count + 4, bm.Types.Count);
        Assert.Equal(sm.RecGroups.Count + 4, bm.RecGroups.Count);
        for (var i = 0; i < sm.Types.Count; i++)
            Assert.Equal(sm.Types[i].ToString(), bm.Types[i].ToString());
        var te = sm.TypeEntries!;
        Assert.Equal(stage.Bytes.AsSpan(te.Offset, te.Length).ToArray(), bridge.Bytes.AsSpan(bm.TypeEntries!.Offset, te.Length).ToArray());
        Assert.True(ContractChecker.HasStringChannel(bm));
        Assert.True(ContractChecker.Check(bm, role: ModuleRole.Support).Ok);
        Assert.Equal(stage.StringType, bm.FindStringType());
        Assert.Same(bridge, stage.StringBridge);                    // generated once
        Assert.Null(CheckedModule.Load(WasmAs.Assemble("""(module (func (export "_start") (result i32) (i32.const 0)))"""), ModuleRole.Stage).StringBridge);
    }

    [Theory]
    [EngineData]
    public void The_engine_accepts_the_bridge(string engine) =>
        Assert.Null(fx.Runner(engine).Validate(CheckedModule.Load(Stage1Shape, ModuleRole.Stage).StringBridge!.Bytes));
}
