using Clysm.Runtime.Engine;
using Clysm.Runtime.Engine.Wasmtime;
using Clysm.TestSupport;
using Xunit;

namespace Clysm.Runtime.Tests.Engine.Wasmtime;

/// <summary>One Wasmtime engine (one worker process) for a whole test class.</summary>
public sealed class WasmtimeFixture : IDisposable
{
    internal WasmtimeWorkerRunner Runner { get; } = new(new WasmtimeSettings { CacheDirectory = null }.Check());
    public void Dispose() => Runner.Dispose();
}

/// <summary>
/// What a module can do wrong on Wasmtime, each an outcome of its own case and never the death of
/// the worker (the worker's start count does not move), nor of this process.
/// </summary>
public sealed class WasmtimeFaultTests(WasmtimeFixture fx) : IClassFixture<WasmtimeFixture>
{
    private InvocationResult Run(string wat, string export = "_start", TimeSpan? timeout = null) =>
        fx.Runner.Invoke(new InvocationRequest { Module = WasmAs.Assemble(wat), Export = export, Timeout = timeout ?? TimeSpan.FromSeconds(20) });

    /// <summary>Runs <paramref name="fault"/>, then checks the same worker still answers.</summary>
    private InvocationResult RunAndSurvive(string wat, TimeSpan? timeout = null)
    {
        Run("""(module (func (export "_start") (result i32) (i32.const 1)))""");
        var starts = fx.Runner.WorkerStarts;
        var r = Run(wat, timeout: timeout);
        var after = Run("""(module (func (export "_start") (result i32) (i32.const 2)))""");
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 2), after.Value);
        Assert.Equal(starts, fx.Runner.WorkerStarts);
        return r;
    }

    [Fact]
    public void A_trap_keeps_the_engines_message_and_a_readable_wasm_backtrace()
    {
        var r = RunAndSurvive("""
            (module
              (func $inner (unreachable))
              (func $middle (call $inner))
              (func (export "_start") (result i32) (call $middle) (i32.const 0)))
            """);
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.Contains("unreachable", r.Message);
        Assert.DoesNotContain("\n", r.Message);                       // one line: frames are apart
        var frames = r.WasmStack!.Split('\n');
        Assert.Equal(3, frames.Length);
        // No name section (wasm-as writes none without -g): frames are named by index, innermost first.
        Assert.Matches(@"^    at func0 \(wasm-function\[0\]:0x[0-9a-f]+\)$", frames[0]);
        Assert.StartsWith("    at func1 (wasm-function[1]:0x", frames[1]);
        Assert.StartsWith("    at func2 (wasm-function[2]:0x", frames[2]);
    }

    [Fact]
    public void A_deep_backtrace_is_trimmed_to_its_innermost_frames()
    {
        var r = RunAndSurvive("""
            (module
              (func $down (param i32) (if (i32.eqz (local.get 0)) (then (unreachable))) (call $down (i32.sub (local.get 0) (i32.const 1))))
              (func (export "_start") (result i32) (call $down (i32.const 100)) (i32.const 0)))
            """);
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        var frames = r.WasmStack!.Split('\n');
        Assert.Equal(17, frames.Length);
        Assert.All(frames[..16], f => Assert.StartsWith("    at func0 (wasm-function[0]:0x", f));
        Assert.Equal("    ... 4 more frames (the engine records at most 20)", frames[^1]);
    }

    [Fact]
    public void An_endless_loop_stops_at_the_deadline_through_the_epoch_and_the_worker_survives()
    {
        var r = RunAndSurvive("""(module (func (export "_start") (result i32) (loop $l (br $l)) (i32.const 0)))""", TimeSpan.FromSeconds(1));
        Assert.Equal(InvocationStatus.TimedOut, r.Status);
        Assert.Equal("timed out after 1 s", r.Message);              // the epoch, not the parent's watchdog
    }

    [Fact]
    public void An_endless_start_function_times_out_too()
    {
        var r = RunAndSurvive("""
            (module
              (func $forever (loop $l (br $l)))
              (start $forever)
              (func (export "_start") (result i32) (i32.const 0)))
            """, TimeSpan.FromSeconds(1));
        Assert.Equal(InvocationStatus.TimedOut, r.Status);
    }

    [Fact]
    public void Retained_allocation_ends_at_the_store_limit_as_a_named_out_of_memory()
    {
        var r = RunAndSurvive("""
            (module
              (type $big (array (mut i8)))
              (type $list (struct (field (ref $big)) (field (ref null $list))))
              (func (export "_start") (result i32) (local $keep (ref null $list))
                (loop $l
                  (local.set $keep (struct.new $list (array.new_default $big (i32.const 1048576)) (local.get $keep)))
                  (br $l))
                (i32.const 0)))
            """, TimeSpan.FromSeconds(60));
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.Contains("out of memory", r.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_array_of_two_billion_elements_is_a_trap()
    {
        var r = RunAndSurvive("""
            (module
              (type $big (array (mut i32)))
              (func (export "_start") (result i32) (drop (array.new_default $big (i32.const 0x7fffffff))) (i32.const 0)))
            """);
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.False(string.IsNullOrEmpty(r.Message));
    }

    private const string Recursion = """
        (module
          (func $depth (param i32) (result i32)
            (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
              (else (i32.add (i32.const 1) (call $depth (i32.sub (local.get 0) (i32.const 1)))))))
          (func (export "_start") (result i32) (call $depth (i32.const DEPTH))))
        """;

    [Fact]
    public void Ten_thousand_deep_non_tail_recursion_fits_the_stack_budget()
    {
        var r = RunAndSurvive(Recursion.Replace("DEPTH", "10000"));
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 10000), r.Value);
    }

    [Fact]
    public void Endless_recursion_is_a_stack_exhaustion_trap_not_a_dead_process()
    {
        var r = RunAndSurvive(Recursion.Replace("DEPTH", "100000000"));
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.Contains("stack", r.Message);
    }

    [Fact]
    public void Tail_calls_run_ten_million_deep()
    {
        var r = RunAndSurvive("""
            (module
              (func $loop (param i32 i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0)) (then (local.get 1))
                  (else (return_call $loop (i32.sub (local.get 0) (i32.const 1)) (i32.add (local.get 1) (i32.const 1))))))
              (func (export "_start") (result i32) (call $loop (i32.const 10000000) (i32.const 0))))
            """);
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 10_000_000), r.Value);
    }

    [Fact]
    public void An_uncaught_exception_is_a_trap_and_a_caught_one_is_not()
    {
        const string Module = """
            (module
              (tag $oops (param anyref anyref))
              (func $throw (throw $oops (ref.i31 (i32.const 1)) (ref.null any)))
              (func (export "uncaught") (result i32) (call $throw) (i32.const 0))
              (func (export "_start") (result i32)
                (block $caught (result anyref anyref)
                  (try_table (catch $oops $caught) (call $throw))
                  (return (i32.const 0)))
                (drop) (i31.get_s (ref.cast (ref i31))) (i32.const 41) (i32.add)))
            """;
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 42), RunAndSurvive(Module).Value);
        var r = Run(Module, "uncaught");
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.Contains("uncaught WebAssembly exception", r.Message);
    }

    [Fact]
    public void Linear_memory_growth_stops_at_the_store_limit()
    {
        // 2 GiB limit: growing by 40,000 pages (2.5 GiB) fails with -1 instead of taking the memory;
        // 16 pages more is fine.
        var r = RunAndSurvive("""
            (module (memory 1)
              (func (export "_start") (result i32)
                (i32.add (i32.mul (memory.grow (i32.const 40000)) (i32.const 100)) (memory.grow (i32.const 16)))))
            """);
        Assert.Equal(new LispValue(LispValueKind.Fixnum, -100 + 1), r.Value);
    }

    [Fact]
    public void Results_decode_as_on_v8_nil_fixnum_i31_and_opaque()
    {
        Assert.Equal(LispValue.Nil, Run("""(module (func (export "_start") (result i32) (i32.const -2147483648)))""").Value);
        Assert.Equal(LispValue.NotFixnum, Run("""(module (func (export "_start") (result i32) (i32.const -2147483647)))""").Value);
        Assert.Equal(LispValue.Nil, Run("""(module (func (export "_start") (result anyref) (ref.null any)))""").Value);
        Assert.Equal(new LispValue(LispValueKind.Fixnum, -5), Run("""(module (func (export "_start") (result anyref) (ref.i31 (i32.const -5))))""").Value);
        Assert.Equal(LispValue.Opaque, Run("""
            (module (type $p (struct (field i32)))
              (func (export "_start") (result anyref) (struct.new $p (i32.const 1))))
            """).Value);
    }

    [Fact]
    public void An_import_declared_twice_with_two_types_links_as_on_v8()
    {
        var r = fx.Runner.Invoke(new InvocationRequest
        {
            Module = WasmAs.Assemble("""
                (module
                  (import "clysm:io" "write-char" (func $w32 (param i32 i32)))
                  (import "clysm:io" "write-char" (func $w31 (param (ref null i31) (ref null i31))))
                  (func (export "_start") (result i32)
                    (call $w32 (i32.const 1) (i32.const 79))
                    (call $w31 (ref.i31 (i32.const 1)) (ref.i31 (i32.const 75))) (i32.const 0)))
                """),
        });
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Equal("OK", r.Stdout);
        Assert.Equal(2, r.ImportCalls["clysm:io write-char"]);
    }

    [Fact]
    public void A_string_result_of_an_anyref_import_is_built_through_the_module_channel()
    {
        var r = fx.Runner.Invoke(new InvocationRequest
        {
            Stdin = "line\n",
            Module = WasmAs.Assemble("""
                (module
                  (type $bytes (array (mut i8)))
                  (import "clysm:io" "read-line" (func $rl (param i32) (result anyref)))
                  (import "clysm:io" "write-string" (func $ws (param i32 anyref)))
                  (func (export "clysm:string-length") (param anyref) (result i32)
                    (if (result i32) (ref.test (ref $bytes) (local.get 0))
                      (then (array.len (ref.cast (ref $bytes) (local.get 0)))) (else (i32.const -1))))
                  (func (export "clysm:string-byte") (param anyref i32) (result i32) (array.get_u $bytes (ref.cast (ref $bytes) (local.get 0)) (local.get 1)))
                  (func (export "clysm:string-new") (param i32) (result anyref) (array.new_default $bytes (local.get 0)))
                  (func (export "clysm:string-set-byte") (param anyref i32 i32) (array.set $bytes (ref.cast (ref $bytes) (local.get 0)) (local.get 1) (local.get 2)))
                  (func (export "_start") (result i32)
                    (call $ws (i32.const 1) (ref.cast (ref $bytes) (call $rl (i32.const 0)))) (i32.const 0)))
                """),
        });
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Equal("line", r.Stdout);
    }
}
