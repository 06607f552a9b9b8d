using Clysm.Runtime.Engine;
using Clysm.TestSupport;
using Xunit;

namespace Clysm.Runtime.Tests.Engine;

/// <summary>Support modules on every engine (docs/stage-abi.md §5): handed over once, compiled
/// once per runner, instantiated fresh for each case, resolving the case's clysm:support imports.</summary>
public sealed class SupportModuleTests(EngineRunnerFixture fx) : IClassFixture<EngineRunnerFixture>
{
    private static readonly byte[] Support = WasmAs.Fixture("support.wat");
    private static readonly byte[] Case = WasmAs.Fixture("support-case.wat");

    private static InvocationRequest WithSupport(byte[] module, byte[]? support = null) => new() { Module = module, Support = support ?? Support };

    [Theory]
    [EngineData]
    public void A_case_uses_its_support_instances_functions_globals_channel_and_printer(string engine)
    {
        var r = fx.Runner(engine).Invoke(WithSupport(Case));
        Assert.True(r.Status == InvocationStatus.Returned, r.Message);
        Assert.Equal(new LispValue(LispValueKind.Printed, Text: "(1 . 3)"), r.Value);   // support's clysm:prin1
        Assert.Equal("hi from support", r.Stdout);                                       // support's own host call
        Assert.Equal("ok", r.Stderr);                                                    // the case's, through support's channel
        Assert.Equal(2, r.ImportCalls["clysm:io write-string"]);
        Assert.Equal(["_start", "clysm:prin1"], r.ExportsCalled);
    }

    [Theory]
    [EngineData]
    public void Each_case_gets_a_fresh_support_instance_from_one_compile(string engine)
    {
        using var runner = EngineFactory.CreateRunner(engine);
        for (var i = 0; i < 4; i++)
        {
            // A new case module each time (as a stage makes them), the same support bytes.
            var r = runner.Invoke(WithSupport((byte[])Case.Clone()));
            Assert.Equal("(1 . 3)", r.Value.Printed);                  // its counter started again from 0
        }
        Assert.Equal(4 + 1, EngineRunnerFixture.Compiles(runner));                          // four cases, the support module once
    }

    [Theory]
    [EngineData]
    public void A_case_import_the_support_module_lacks_or_types_differently_is_named_before_anything_runs(string engine)
    {
        var r = fx.Runner(engine).Invoke(WithSupport(WasmAs.Assemble("""
            (module
              (import "clysm:support" "bump" (func $bump (param i32) (result i32)))
              (import "clysm:support" "cdr" (func $cdr (param anyref) (result anyref)))
              (import "clysm:support" "greet" (global $g i32))
              (func (export "_start") (result i32) (i32.const 0)))
            """)));
        Assert.Equal(InvocationStatus.LinkError, r.Status);
        Assert.Contains("signature mismatch: clysm:support bump: the support module exports function (func (result i32)); declared (func (param i32) (result i32))", r.Message);
        Assert.Contains("unknown import: clysm:support cdr: the support module does not export cdr", r.Message);
        Assert.Contains("signature mismatch: clysm:support greet: imported as a global, but the support module exports a function", r.Message);
        Assert.Empty(r.ExportsCalled);
    }

    [Theory]
    [EngineData]
    public void A_support_module_is_held_to_the_host_contract_too(string engine)
    {
        var badSupport = WasmAs.Assemble("""
            (module (import "clysm:io" "write-char" (func $w (param f64)))
              (func (export "bump") (result i32) (i32.const 1)))
            """);
        var r = fx.Runner(engine).Invoke(WithSupport(WasmAs.Assemble("""
            (module (import "clysm:support" "bump" (func $b (result i32))) (func (export "_start") (result i32) (call $b)))
            """), badSupport));
        Assert.Equal(InvocationStatus.LinkError, r.Status);
        Assert.StartsWith("support module: signature mismatch: clysm:io write-char", r.Message);
    }

    [Theory]
    [EngineData]
    public void An_invalid_support_module_is_named_as_the_support_module(string engine)
    {
        var r = fx.Runner(engine).Invoke(WithSupport(Case, [0, 0x61, 0x73, 0x6d, 2, 0, 0, 0]));
        Assert.Equal(InvocationStatus.InvalidModule, r.Status);
        Assert.StartsWith("support module: ", r.Message);
    }
}
