using Clysm.Runtime.Engine;
using Clysm.TestSupport;
using Xunit;

namespace Clysm.Runtime.Tests.Engine;

/// <summary>Modules every engine must refuse, each with a clear outcome, never a harness crash.</summary>
public sealed class EngineBoundaryTests(EngineRunnerFixture fx) : IClassFixture<EngineRunnerFixture>
{
    private InvocationResult Run(string engine, byte[] module) => fx.Runner(engine).Invoke(new InvocationRequest { Module = module });

    [Theory]
    [EngineData]
    public void Bad_magic_is_an_invalid_module_saying_what_was_found(string engine)
    {
        var r = Run(engine, [0x7f, 0x45, 0x4c, 0x46, 1, 0, 0, 0]);
        Assert.Equal(InvocationStatus.InvalidModule, r.Status);
        Assert.Contains("7f 45 4c 46", r.Message!.ToLowerInvariant());
    }

    [Theory]
    [EngineData]
    public void Engine_validation_failure_carries_the_engines_message(string engine)
    {
        // Well-formed sections, ill-typed body: only the engine's validator can say what is wrong.
        var r = Run(engine, BreakBody(WasmAs.Assemble("""(module (func (export "_start") (result i32) (i32.const 1)))""")));
        Assert.Equal(InvocationStatus.InvalidModule, r.Status);
        Assert.Contains(engine == "v8" ? "Compiling function" : "type mismatch", r.Message);
        Assert.Equal(ExitCode.EXIT_FAILURE, r.ExitCode);
    }

    // Turn the type `(func (result i32))` into `(func (result f64))`: the sections stay
    // well-formed, but the body (i32.const 1) no longer matches its type.
    private static byte[] BreakBody(byte[] module)
    {
        var m = (byte[])module.Clone();
        var i = m.AsSpan().IndexOf(new byte[] { 0x60, 0x00, 0x01, 0x7f });
        Assert.True(i > 0, "fixture has no (func (result i32)) type");
        m[i + 3] = 0x7c;
        return m;
    }

    [Theory]
    [EngineData]
    public void Wrong_import_signature_is_named_with_expected_and_declared(string engine)
    {
        var r = Run(engine, WasmAs.Assemble("""
            (module
              (import "clysm:io" "write-char" (func $w (param i32 f64)))
              (func (export "_start") (result i32) (call $w (i32.const 1) (f64.const 65)) (i32.const 0)))
            """));
        Assert.Equal(InvocationStatus.LinkError, r.Status);
        Assert.Contains("clysm:io", r.Message);
        Assert.Contains("write-char", r.Message);
        Assert.Contains("f64", r.Message);
        Assert.Empty(r.ImportCalls);                           // never ran
    }

    [Theory]
    [EngineData]
    public void Unknown_import_is_named(string engine)
    {
        var r = Run(engine, WasmAs.Assemble("""
            (module
              (import "clysm:runtime" "$dynamic-call" (func $d (param anyref) (result anyref)))
              (func (export "_start") (result i32) (i32.const 0)))
            """));
        Assert.Equal(InvocationStatus.LinkError, r.Status);
        Assert.Contains("$dynamic-call", r.Message);
    }

    [Theory]
    [EngineData]
    public void Missing_start_export_is_named(string engine)
    {
        var r = Run(engine, WasmAs.Assemble("""(module (func (export "main") (result i32) (i32.const 0)))"""));
        Assert.Equal(InvocationStatus.LinkError, r.Status);
        Assert.Contains("_start", r.Message);
    }

    [Theory]
    [EngineData]
    public void A_module_with_i31_descriptors_runs_against_the_same_host(string engine)
    {
        // Clysm's compiler declares fd and code point as i31ref; the contract accepts it.
        var r = Run(engine, WasmAs.Assemble("""
            (module
              (import "clysm:io" "write-char" (func $w (param (ref null i31) (ref null i31))))
              (func (export "_start") (result i32)
                (call $w (ref.i31 (i32.const 1)) (ref.i31 (i32.const 0x263A))) (i32.const 7)))
            """));
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Equal("☺", r.Stdout);
    }

    [Theory]
    [EngineData]
    public void Host_strings_as_externref_cross_both_ways(string engine)
    {
        var r = fx.Runner(engine).Invoke(new InvocationRequest
        {
            Stdin = "ünïcode 😀\n",
            Module = WasmAs.Assemble("""
                (module
                  (import "clysm:io" "read-line" (func $r (param i32) (result externref)))
                  (import "clysm:io" "write-string" (func $w (param i32 externref)))
                  (func (export "_start") (result i32) (call $w (i32.const 2) (call $r (i32.const 0))) (i32.const 0)))
                """),
        });
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Equal("ünïcode 😀", r.Stderr);
    }

    [Theory]
    [EngineData]
    public void Setup_exports_run_first_on_the_same_instance(string engine)
    {
        var module = WasmAs.Assemble("""
            (module
              (global $g (mut i32) (i32.const 0))
              (func (export "_initialize") (global.set $g (i32.const 41)))
              (func (export "_start") (result i32) (i32.add (global.get $g) (i32.const 1))))
            """);
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 1), Run(engine, module).Value);
        var r = fx.Runner(engine).Invoke(new InvocationRequest { Module = module, Setup = ["_initialize"] });
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 42), r.Value);
        var missing = fx.Runner(engine).Invoke(new InvocationRequest { Module = module, Setup = ["_init"] });
        Assert.Equal(InvocationStatus.LinkError, missing.Status);
        Assert.Contains("\"_init\" (setup)", missing.Message);
    }

    [Theory]
    [EngineData]
    public void Validate_answers_null_for_a_good_module_and_the_message_for_a_bad_one(string engine)
    {
        var good = WasmAs.Assemble("""(module (func (export "_start") (result i32) (i32.const 1)))""");
        Assert.Null(fx.Runner(engine).Validate(good));
        Assert.NotNull(fx.Runner(engine).Validate(BreakBody(good)));
    }

    [Theory]
    [EngineData]
    public void Results_name_the_engine_and_its_version(string engine)
    {
        var r = Run(engine, WasmAs.Assemble("""(module (func (export "_start") (result i32) (i32.const 1)))"""));
        Assert.Equal(fx.Runner(engine).EngineVersion, r.Engine);
        Assert.StartsWith(engine + " ", r.Engine);
        Assert.Matches(@"\d+\.\d+", r.Engine);
    }

    [Theory]
    [EngineData(10_000, true)]
    [EngineData(1_000_000, false)]
    public void The_stack_budget_holds_10000_deep_non_tail_recursion_and_traps_deeper(string engine, int depth, bool fits)
    {
        // The budget is bytes, not frames (docs/stage-abi.md §10): a small frame, as a simple
        // function's, fits 10,000 deep on every engine; a million never does.
        var r = Run(engine, WasmAs.Assemble($$"""
            (module
              (func $f (param $n i32) (result i32)
                (if (result i32) (i32.eqz (local.get $n)) (then (i32.const 0))
                  (else (i32.add (i32.const 1) (call $f (i32.sub (local.get $n) (i32.const 1)))))))
              (func (export "_start") (result i32) (call $f (i32.const {{depth}}))))
            """));
        if (fits)
        {
            Assert.Equal(InvocationStatus.Returned, r.Status);
            Assert.Equal(new LispValue(LispValueKind.Fixnum, depth), r.Value);
        }
        else
        {
            Assert.Equal(InvocationStatus.Trapped, r.Status);
            Assert.Matches("call stack", r.Message!.ToLowerInvariant());
        }
    }
}
