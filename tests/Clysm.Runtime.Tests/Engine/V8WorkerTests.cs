using System.Diagnostics;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Engine.V8;
using Clysm.TestSupport;
using Xunit;

namespace Clysm.Runtime.Tests.Engine;

/// <summary>What only the V8 engine has: a worker process, its restarts and its protocol.</summary>
public sealed class V8WorkerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("clysm-v8-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly byte[] HostPaths = WasmAs.Fixture("host-paths.wat");
    private static readonly byte[] Answer = WasmAs.Assemble("""(module (func (export "_start") (result i32) (i32.const 42)))""");

    private static InvocationRequest Request(byte[] module, string export = "_start", string? sandbox = null, double seconds = 10) =>
        new() { Module = module, Export = export, SandboxRoot = sandbox, Timeout = TimeSpan.FromSeconds(seconds) };

    [Fact]
    public async Task A_worker_that_dies_mid_run_is_a_crash_and_the_next_invocation_gets_a_fresh_one()
    {
        using var runner = new WasmRunner(new V8Engine());
        var v8 = (V8Engine)runner.Engine;
        Assert.Equal(InvocationStatus.Returned, runner.Invoke(Request(Answer)).Status);   // the worker is up
        var pid = v8.WorkerPid!.Value;
        var starts = v8.WorkerStarts;
        var outFile = Path.Combine(_dir, "out.txt");
        // Kill only once the module has opened out.txt (it then writes and spins): a fixed delay
        // could fire before the run starts on a loaded machine, and then nothing would be tested.
        var killer = Task.Run(async () =>
        {
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (!File.Exists(outFile) && DateTime.UtcNow < deadline)
                await Task.Delay(20);
            await Task.Delay(300);                                 // let write-all reach the host
            Process.GetProcessById(pid).Kill();
        });
        var r = runner.Invoke(Request(HostPaths, "leave-open-hang", _dir, 20));
        await killer;
        Assert.Equal(InvocationStatus.Crashed, r.Status);
        Assert.Contains("engine process died", r.Message);
        Assert.Equal("hello", File.ReadAllText(outFile));   // flushed and closed all the same
        Assert.Equal(InvocationStatus.Returned, runner.Invoke(Request(Answer)).Status);
        Assert.Equal(starts + 1, v8.WorkerStarts);
    }

    [Fact]
    public void A_stage_module_is_compiled_again_only_on_a_fresh_worker()
    {
        var stage = WasmAs.Assemble("""(module (func (export "_start") (result i32) (i32.const 1)) (func (export "hang") (loop $l (br $l))))""");
        using var runner = new WasmRunner(new V8Engine());
        var v8 = (V8Engine)runner.Engine;
        for (var i = 0; i < 3; i++)
            Assert.Equal(InvocationStatus.Returned, runner.Invoke(Request(stage) with { Role = ModuleRole.Stage }).Status);
        Assert.Equal((1, 1), (runner.Compiles, v8.WorkerCompiles));
        // A timeout kills the worker; the handle is compiled again on the next one, not read again.
        Assert.Equal(InvocationStatus.TimedOut, runner.Invoke(Request(stage, "hang", seconds: 0.5) with { Role = ModuleRole.Stage }).Status);
        Assert.Equal(InvocationStatus.Returned, runner.Invoke(Request(stage) with { Role = ModuleRole.Stage }).Status);
        Assert.Equal((1, 2, 2), (runner.Compiles, v8.WorkerCompiles, v8.WorkerStarts));
    }

    [Fact]
    public void A_frame_the_protocol_does_not_allow_kills_the_worker_and_fails_only_the_call_in_flight()
    {
        // A worker that answers its first request with the frame header of issue 15 (1886220130
        // bytes: "bomp" read as a length), then behaves. The flag file makes it do so once.
        var flag = Path.Combine(_dir, "corrupt-once");
        File.WriteAllText(flag, "");
        var script = Path.Combine(_dir, "bad-worker.mjs");
        File.WriteAllText(script, $$"""
            import fs from 'node:fs';
            const flag = process.argv[2];
            if (fs.existsSync(flag)) {
              fs.unlinkSync(flag);
              const hello = Buffer.from(JSON.stringify({ node: process.version, v8: process.versions.v8 }));
              const head = Buffer.alloc(5); head.writeUInt32LE(hello.length + 1, 0); head[4] = 0x52;
              fs.writeSync(1, Buffer.concat([head, hello]));
              const b = Buffer.alloc(1 << 16); fs.readSync(0, b, 0, b.length, null);   // the first request
              fs.writeSync(1, Buffer.from('bomp, not a frame'));
              setInterval(() => {}, 1000);
            } else {
              await import({{System.Text.Json.JsonSerializer.Serialize(new Uri(V8Worker.WasmThreadScript).AbsoluteUri)}});
            }
            """);
        var install = NodeLocator.FindInstall();
        using var runner = new WasmRunner(new V8Engine(install, pinned: true, new V8Worker.Launch(install.Path, [script, flag])));
        var r = runner.Invoke(Request(Answer));
        Assert.Equal(InvocationStatus.Crashed, r.Status);
        Assert.Equal("protocol: the engine sent a frame of 1886220130 bytes (frames hold 1 to 536870912 bytes)", r.Message);
        var next = runner.Invoke(Request(Answer));
        Assert.Equal(InvocationStatus.Returned, next.Status);
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 42), next.Value);
        Assert.Equal(2, ((V8Engine)runner.Engine).WorkerStarts);
    }

    [Fact]
    public async Task The_worker_exits_after_its_parents_kill_9_even_while_wasm_loops()
    {
        // The worker's parent is a shell here (it stands for the suite's process), so the test
        // can kill -9 it and live; the pipes stay open on this side, so only the worker's watch of
        // its parent can end it while its wasm thread spins in a loop.
        var install = NodeLocator.FindInstall();
        var node = V8Worker.Default(install.Path);
        var launch = new V8Worker.Launch("/bin/sh", ["-c", "\"$0\" \"$@\"; exit $?", node.Program, .. node.Arguments]);
        using var runner = new WasmRunner(new V8Engine(install, pinned: true, launch));
        var spin = WasmAs.Assemble("""
            (module (import "clysm:io" "write-char" (func $w (param i32 i32)))
              (func (export "_start") (result i32) (call $w (i32.const 1) (i32.const 33)) (loop $l (br $l)) (i32.const 0)))
            """);
        Assert.Equal(InvocationStatus.Returned, runner.Invoke(Request(Answer)).Status);
        var shell = ((V8Engine)runner.Engine).WorkerPid!.Value;
        var worker = ChildOf(shell);
        var run = Task.Run(() => runner.Invoke(Request(spin, seconds: 60)));
        await Task.Delay(1000);                                   // the wasm thread is spinning by now
        Assert.False(run.IsCompleted);
        Process.GetProcessById(shell).Kill();                     // SIGKILL
        // Whether it exits, not how fast: the bound only keeps a broken watch from hanging the test
        // (how soon workers go after kills is measured by tools/hardening/attack.sh).
        var clock = Stopwatch.StartNew();
        while (Exists(worker) && clock.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(50);
        Assert.False(Exists(worker), $"worker {worker} still runs {clock.Elapsed.TotalSeconds:0.0} s after its parent's kill -9");
        Assert.Equal(InvocationStatus.Crashed, (await run.WaitAsync(TimeSpan.FromSeconds(10))).Status);
    }

    [Fact]
    public void The_workers_pipes_stay_blocking_so_its_synchronous_io_never_spins()
    {
        // Node sets a pipe non-blocking when it opens it as a stream (process.stdout): the wasm
        // thread's synchronous writes would then spin on EAGAIN whenever the host is slower.
        using var runner = new WasmRunner(new V8Engine());
        Assert.Equal(InvocationStatus.Returned, runner.Invoke(Request(HostPaths, "interleave") with { Stdin = "x" }).Status);
        var pid = ((V8Engine)runner.Engine).WorkerPid!.Value;
        foreach (var fd in new[] { 0, 1, 2 })
        {
            var flags = File.ReadLines($"/proc/{pid}/fdinfo/{fd}").First(l => l.StartsWith("flags:")).Split('\t')[1];
            Assert.True((Convert.ToInt32(flags, 8) & 0x800) == 0, $"fd {fd} of the worker is non-blocking (flags {flags})");
        }
    }

    private static int ChildOf(int pid)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var children = File.ReadAllText($"/proc/{pid}/task/{pid}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (children.Length > 0) return int.Parse(children[0]);
            Thread.Sleep(20);
        }
        throw new InvalidOperationException($"process {pid} started no worker");
    }

    // A zombie (dead, not yet reaped by its new parent) counts as gone.
    private static bool Exists(int pid)
    {
        try { return !File.ReadAllText($"/proc/{pid}/stat").Split(") ")[1].StartsWith('Z'); }
        catch (IOException) { return false; }
    }
}
