using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Engine.Wasmtime;
using Clysm.Runtime.Wasm;
using Clysm.TestSupport;
using Xunit;
using P = Clysm.Runtime.Engine.Wasmtime.WorkerProtocol;

namespace Clysm.Runtime.Tests.Engine.Wasmtime;

/// <summary>
/// The Wasmtime worker process: a native abort loses only the case in flight (a crash naming the
/// engine's last words; the next case gets a fresh worker, hence a fresh engine), the parent's
/// watchdog backs up the epoch, and a worker never outlives its parent.
/// </summary>
public sealed class WorkerTests
{
    private static readonly byte[] Answer = WasmAs.Assemble("""(module (func (export "_start") (result i32) (i32.const 42)))""");
    private static readonly byte[] Spin = WasmAs.Assemble("""(module (func (export "_start") (result i32) (loop $l (br $l)) (i32.const 0)))""");
    private static readonly byte[] Deep = WasmAs.Assemble("""
        (module
          (func $depth (param i32) (result i32)
            (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
              (else (i32.add (i32.const 1) (call $depth (i32.sub (local.get 0) (i32.const 1)))))))
          (func (export "_start") (result i32) (call $depth (i32.const 100000000))))
        """);

    private static WasmtimeSettings Settings => new() { CacheDirectory = null };

    private static void AssertAnswers(WasmtimeWorkerRunner engine) =>
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 42), engine.Invoke(new InvocationRequest { Module = Answer }).Value);

    [Fact]
    public void A_native_abort_in_the_worker_is_a_crash_with_its_message_and_the_next_case_gets_a_fresh_worker()
    {
        // The guard rail broken on purpose: the thread running wasm has a smaller stack than the wasm
        // stack budget, so deep recursion overflows the thread before Wasmtime's own check, and the
        // process aborts. This is the abort the real settings prevent.
        using var engine = new WasmtimeWorkerRunner(Settings with { ThreadStackBytes = 256 << 10 });
        AssertAnswers(engine);
        var r = engine.Invoke(new InvocationRequest { Module = Deep });
        Assert.Equal(InvocationStatus.Crashed, r.Status);
        Assert.Contains("the engine process died of signal", r.Message);
        Assert.Contains("Stack overflow", r.Message);                  // the runtime's last words, kept
        AssertAnswers(engine);
        Assert.Equal(2, engine.WorkerStarts);
    }

    [Fact]
    public async Task A_worker_killed_mid_run_is_a_crash_naming_the_signal()
    {
        using var engine = new WasmtimeWorkerRunner(Settings);
        AssertAnswers(engine);
        var pid = engine.WorkerPid!.Value;
        var killer = Task.Run(async () => { await Task.Delay(500); Process.GetProcessById(pid).Kill(); });
        var r = engine.Invoke(new InvocationRequest { Module = Spin, Timeout = TimeSpan.FromSeconds(30) });
        await killer;
        Assert.Equal(InvocationStatus.Crashed, r.Status);
        Assert.Contains("signal 9 (SIGKILL)", r.Message);
        AssertAnswers(engine);
        Assert.Equal(2, engine.WorkerStarts);
    }

    [Fact]
    public void A_panic_while_the_engine_is_made_is_a_crash_with_wasmtimes_message()
    {
        // Above 2 MiB of wasm stack Wasmtime panics when the engine is created (Check() refuses it).
        Assert.Throws<ArgumentOutOfRangeException>(() => new WasmtimeSettings { WasmStackBytes = 4 << 20 }.Check());
        using var engine = new WasmtimeWorkerRunner(Settings with { WasmStackBytes = 4 << 20, ThreadStackBytes = 16 << 20 });
        var r = engine.Invoke(new InvocationRequest { Module = Answer });
        Assert.Equal(InvocationStatus.Crashed, r.Status);
        Assert.Contains("the Wasmtime worker did not start", r.Message);
        Assert.Contains("panicked", r.Message);
        Assert.Contains("max_wasm_stack size cannot exceed", r.Message);    // Wasmtime's own words
    }

    [Fact]
    public void A_worker_that_stops_answering_is_killed_by_the_parents_watchdog()
    {
        // A stopped worker cannot reach its epoch deadline (the way a host call blocked in the kernel
        // could not): only the parent's watchdog ends the run. The module is a Stage's, so the worker
        // keeps it compiled and the second run needs no compile the stop would also block.
        using var engine = new WasmtimeWorkerRunner(Settings);
        var request = new InvocationRequest { Module = Answer, Role = ModuleRole.Stage, Timeout = TimeSpan.FromSeconds(1) };
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 42), engine.Invoke(request).Value);
        var pid = engine.WorkerPid ?? throw new InvalidOperationException("no worker after a run");
        Process.Start("kill", ["-STOP", pid.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
        var r = engine.Invoke(request);
        Assert.Equal(InvocationStatus.TimedOut, r.Status);
        Assert.Contains("killed", r.Message);
        AssertAnswers(engine);
        Assert.Equal(2, engine.WorkerStarts);
    }

    [Fact]
    public void Compiled_code_goes_to_the_cache_folder_and_a_new_worker_reads_it_back()
    {
        var cache = Directory.CreateTempSubdirectory("clysm-wasmtime-cache-").FullName;
        try
        {
            var module = WasmAs.Assemble("(module (func (export \"_start\") (result i32) (i32.const 7)) (func (export \"unique\") (result i32) (i32.const " + Environment.TickCount64 % 100000 + ")))");
            using (var first = new WasmtimeWorkerRunner(Settings with { CacheDirectory = cache }))
                Assert.Equal(new LispValue(LispValueKind.Fixnum, 7), first.Invoke(new InvocationRequest { Module = module }).Value);
            var toml = cache + ".toml";                                 // beside the folder: Wasmtime cleans inside it
            Assert.Contains($"directory = \"{cache}\"", File.ReadAllText(toml));
            Assert.DoesNotContain("enabled", File.ReadAllText(toml));      // rejected by Wasmtime 50
            var code = Directory.GetFiles(Path.Combine(cache, "modules"), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".stats", StringComparison.Ordinal)).ToList();
            var written = File.GetLastWriteTimeUtc(Assert.Single(code));
            using (var second = new WasmtimeWorkerRunner(Settings with { CacheDirectory = cache }))
                Assert.Equal(new LispValue(LispValueKind.Fixnum, 7), second.Invoke(new InvocationRequest { Module = module }).Value);
            // A hit reads the entry; a miss would have compiled and written it again.
            Assert.Equal(written, File.GetLastWriteTimeUtc(code[0]));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
            File.Delete(cache + ".toml");
        }
    }

    // ---- the worker never outlives its parent ---------------------------------------------

    /// <summary>A worker started by hand (as WorkerProcess does), given a spinning case to run.</summary>
    private static Process StartSpinningWorker(string? viaShell)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        var args = new List<string> { WorkerProcess.WorkerPath };
        args.AddRange(Settings.ToArguments());
        // Through a shell that waits for it, the worker's parent is the shell, which the test can kill.
        var psi = viaShell is null ? new ProcessStartInfo(dotnet) : new ProcessStartInfo("sh") { ArgumentList = { "-c", "\"$@\"; :", "sh", dotnet } };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.RedirectStandardInput = psi.RedirectStandardOutput = psi.RedirectStandardError = true;
        var p = Process.Start(psi)!;
        var input = p.StandardInput.BaseStream;
        var output = p.StandardOutput.BaseStream;
        Assert.Equal(P.Hello, P.ReadFrame(output)!.Value.Type);
        P.WriteFrame(input, P.Module, P.U32(1), Spin);
        Assert.Equal(P.ModuleReady, P.ReadFrame(output)!.Value.Type);
        P.WriteFrame(input, P.Run, P.EncodeRun(1, null, new InvocationRequest { Module = Spin, Timeout = TimeSpan.FromMinutes(5) }));
        return p;
    }

    private static int WorkerPid(Process started)
    {
        // The hello frame carries the worker's own pid; through a shell, find the shell's child.
        var children = File.ReadAllText($"/proc/{started.Id}/task/{started.Id}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return children.Length == 1 ? int.Parse(children[0]) : started.Id;
    }

    private static bool GoneWithin(int pid, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (!Directory.Exists($"/proc/{pid}") || File.ReadAllText($"/proc/{pid}/stat").Split(' ')[2] == "Z") return true;
            Thread.Sleep(50);
        }
        return false;
    }

    [Fact]
    public void A_worker_whose_request_pipe_closes_mid_case_exits_at_once()
    {
        using var p = StartSpinningWorker(viaShell: null);
        Thread.Sleep(300);                                             // the case is spinning
        Assert.False(p.HasExited);
        p.StandardInput.Close();                                       // what the parent's death does to the pipe
        Assert.True(GoneWithin(p.Id, TimeSpan.FromSeconds(2)), "the worker outlived its request pipe by 2 s");
    }

    [Fact]
    public void A_worker_whose_parent_is_killed_exits_at_once()
    {
        using var shell = StartSpinningWorker(viaShell: "sh");
        var worker = WorkerPid(shell);
        Assert.NotEqual(shell.Id, worker);
        Thread.Sleep(300);
        shell.Kill();                                                  // SIGKILL: the parent gets no say
        // The test still holds the pipe's write end here, so only the parent-pid watch can notice.
        Assert.True(GoneWithin(worker, TimeSpan.FromSeconds(2)), "the worker outlived its parent by 2 s");
    }

    [Fact]
    public void A_dying_workers_last_words_keep_the_message_and_drop_the_frames()
    {
        const string Panic = """

            thread '<unnamed>' (6581) panicked at crates/c-api/src/engine.rs:37:38:
            called `Result::unwrap()` on an `Err` value: max_wasm_stack size cannot exceed the async_stack_size
            stack backtrace:
               0: __rustc::rust_begin_unwind
               1: core::panicking::panic_fmt
            note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.
            """;
        Assert.Equal("thread '<unnamed>' (6581) panicked at crates/c-api/src/engine.rs:37:38: | called `Result::unwrap()` on an `Err` value: max_wasm_stack size cannot exceed the async_stack_size",
            WorkerProcess.LastWords(Panic));
        const string Overflow = """
            Stack overflow.
            Repeated 2 times:
            --------------------------------
               at Clysm.Runtime.Engine.Wasmtime.WasmtimeStore.CallRaw(Func, Val[])
            --------------------------------
               at Clysm.Runtime.Engine.Wasmtime.WorkerHost.Main(System.String[])
            """;
        Assert.Equal("Stack overflow.", WorkerProcess.LastWords(Overflow));
    }

    // ---- the protocol -----------------------------------------------------------------------

    [Fact]
    public void Requests_and_results_cross_the_pipe_unchanged()
    {
        byte[] stage = [0, 97, 115, 109, 1, 0, 0, 0], support = [0, 97, 115, 109, 1, 0, 0, 0];
        var request = new InvocationRequest
        {
            Module = stage, Support = support, Role = ModuleRole.Stage, Export = "compile_form", Setup = ["_initialize"],
            Argument = "(+ 1 2) ü", ReturnsBytes = true, Stdin = "in\n", StdinFile = "/tmp/x", SandboxRoot = "/tmp",
            Timeout = TimeSpan.FromMilliseconds(1500), OutputLimitBytes = 77,
        };
        var (back, _) = P.DecodeRun(P.EncodeRun(9, 4, request), id => id switch { 9 => stage, 4 => support, _ => null });
        Assert.Same(stage, back!.Module);                              // the worker's own array for the id
        Assert.Same(support, back.Support);
        Assert.Equal(request with { Setup = back.Setup }, back);
        Assert.Equal(request.Setup, back.Setup);
        Assert.Equal((null, 9u), P.DecodeRun(P.EncodeRun(9, null, request), _ => null));

        var result = new InvocationResult
        {
            Status = InvocationStatus.Trapped, Value = new LispValue(LispValueKind.Printed, 0, "\"x\""), Stdout = "out ☺", Stderr = "err",
            Message = "m", WasmStack = "    at func0", HostError = new Clysm.Runtime.Host.HostError("clysm:fs open", 3, "a.txt", "why"),
            Condition = new ConditionInfo("ERROR", "boom"), ImportCalls = new Dictionary<string, int> { ["clysm:fs open"] = 2 },
            Duration = TimeSpan.FromMilliseconds(12.5), ReturnedBytes = [0, 97, 115, 109],
            ExportsCalled = ["_initialize", "compile_form"], Engine = "wasmtime 50.0.1 (Cranelift)",
        };
        var json = P.EncodeResult(result, compiles: 3);
        var (decoded, compiles) = P.DecodeResult([.. P.U32((uint)json.Length), .. json, .. result.ReturnedBytes]);
        Assert.Equal(3, compiles);
        Assert.Equal(JsonSerializer.Serialize(result), JsonSerializer.Serialize(decoded));
    }
}
