
namespace Clysm.Runtime.Engine.V8;

/// <summary>
/// V8 in a reused Node.js worker process (<see cref="V8Worker"/>), spoken to over
/// <see cref="V8Protocol"/>. A trap leaves the worker usable; a timeout, a crash, a protocol error
/// or a harness bug kills it (failing only the call in flight), and the next store starts a fresh
/// one, on which compiled modules are compiled again when first used.
/// </summary>
internal sealed class V8Engine : IWasmEngine
{
    private static int _nextCore = -1;
    private readonly V8Worker.Launch _launch;
    private readonly int? _core;
    private V8Worker? _worker;
    private int _generation;
    private uint _nextModuleId;
    private readonly List<uint> _unloads = [];

    /// <param name="nodePath">Node.js ≥ 22; default: <see cref="NodeLocator.Find"/>.</param>
    /// <param name="pinned">Run the worker, and the caller's thread while a store is open, on one core
    /// (engines take cores in turn). A synchronous host call then costs ~6 µs instead of
    /// 10-80 µs (bench/: `host`). Off, the scheduler places both.</param>
    public V8Engine(string? nodePath = null, bool pinned = true)
        : this(nodePath is null ? NodeLocator.FindInstall() : NodeLocator.Check(nodePath), pinned, null) { }

    /// <param name="launch">How to start workers instead of the default (tests: a worker that misbehaves,
    /// or one started through another parent).</param>
    internal V8Engine(NodeInstall install, bool pinned, V8Worker.Launch? launch)
    {
        _launch = launch ?? V8Worker.Default(install.Path);
        Version = $"{install.V8Version} (Node {install.NodeVersion})";
        if (pinned) _core = (int)((uint)Interlocked.Increment(ref _nextCore) % (uint)Environment.ProcessorCount);
    }

    public string Name => "v8";
    public string Version { get; }

    /// <summary>The core this engine's worker and its caller share, or null when unpinned.</summary>
    public int? Core => _core;

    /// <summary>Worker processes started so far (a restart after a crash or timeout counts).</summary>
    public int WorkerStarts { get; private set; }

    /// <summary>Modules compiled in workers so far (a recompile on a fresh worker counts).</summary>
    public int WorkerCompiles { get; private set; }

    /// <summary>The worker's process id while one runs (tests kill it to simulate a crash).</summary>
    internal int? WorkerPid => _worker is { HasExited: false } w ? w.Pid : null;

    /// <summary>V8 compiles lazily, so a compile is quick; one that is not (a pathological module)
    /// must still not hang the run: past this the worker is killed and the compile is a crash.</summary>
    private static readonly TimeSpan CompileLimit = TimeSpan.FromSeconds(60);

    public ICompiledModule Compile(CheckedModule module)
    {
        var compiled = new V8Module(this, module, ++_nextModuleId);
        var saved = _core is { } core ? CpuAffinity.PinCurrentThread(core) : null;
        try
        {
            EnsureWorker();
            var worker = Worker;
            var gate = new object();
            bool done = false, killed = false;
            using var watchdog = new Timer(_ => { lock (gate) { if (done) return; killed = true; worker.Kill(); } },
                null, CompileLimit, Timeout.InfiniteTimeSpan);
            try { EnsureCompiled(compiled, store: null); }
            catch (WasmFault f) when (killed)
            {
                throw new WasmFault(WasmFaultKind.Crash, $"compiling the module took more than {CompileLimit.TotalSeconds:0} s: {f.Message}");
            }
            finally { lock (gate) done = true; }
        }
        finally { CpuAffinity.Restore(saved); }
        return compiled;
    }

    public IWasmStore CreateStore(HostContext host, StoreLimits limits) => new V8Store(this, host, limits);

    public void Dispose() => KillWorker();

    // ---- the worker ------------------------------------------------------------------------

    internal V8Worker Worker => _worker ?? throw new WasmFault(WasmFaultKind.Crash, "the engine process is not running");
    internal int Generation => _generation;

    internal void EnsureWorker()
    {
        if (_worker is { HasExited: false }) return;
        KillWorker();
        try
        {
            _worker = new V8Worker(_launch, _core);
            _generation++;
            WorkerStarts++;
            _worker.ReadHello();
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ProtocolException or System.Text.Json.JsonException)
        {
            var why = Why(e);
            KillWorker();
            throw new WasmFault(WasmFaultKind.Crash, "the engine process did not start: " + why);
        }
    }

    internal void KillWorker()
    {
        var w = _worker;
        _worker = null;
        _unloads.Clear();                                      // the worker's modules die with it
        w?.Dispose();
    }

    /// <summary>Why a worker failed: the protocol error, or that it died, with its stderr.</summary>
    internal string Why(Exception e)
    {
        var stderr = _worker?.StderrTail() ?? "";
        var why = e is ProtocolException ? e.Message : "the engine process died";
        return why + (stderr.Length > 0 ? ": " + stderr : "");
    }

    /// <summary>Compiles the module on the current worker if it is not compiled there yet.</summary>
    internal void EnsureCompiled(V8Module m, V8Store? store)
    {
        if (m.Generation == _generation && _worker is { HasExited: false }) return;
        if (store is null) EnsureWorker();
        var c = Worker.Channel;
        SendUnloads(c);
        c.Begin(V8Protocol.Compile);
        c.U32(m.Id);
        var json = V8Protocol.ImportsJson(m.Module.Imports);
        c.U32((uint)json.Length);
        c.Raw(json);
        c.Raw(m.Module.Bytes);
        c.End();
        WorkerCompiles++;
        var reply = store is null ? Exchange() : store.Exchange();
        if (reply.Type == V8Protocol.Fault) throw reply.Fault!;
        if (reply.Type != V8Protocol.Ok) throw Broken($"protocol: unexpected {V8Protocol.FrameName(reply.Type)} frame after a compile");
        m.Generation = _generation;
    }

    internal void Unload(V8Module m)
    {
        if (m.Generation == _generation && _worker is not null) _unloads.Add(m.Id);
    }

    /// <summary>Unloads are sent before the next request, not on their own.</summary>
    internal void SendUnloads(FrameChannel c)
    {
        foreach (var id in _unloads) { c.Begin(V8Protocol.Unload); c.U32(id); c.End(); }
        _unloads.Clear();
    }

    /// <summary>Sends what is queued and reads the reply of a request that makes no host calls.</summary>
    private Reply Exchange()
    {
        try
        {
            var c = Worker.Channel;
            c.Flush();
            var (type, payload) = c.Read();
            return Reply.From(type, payload.Span);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException or InvalidOperationException or ProtocolException)
        {
            throw Broken(Why(e));
        }
    }

    internal WasmFault Broken(string why)
    {
        KillWorker();
        return new WasmFault(WasmFaultKind.Crash, why);
    }

    /// <summary>A reply frame, decoded far enough to tell a fault from a result.</summary>
    internal readonly record struct Reply(byte Type, ReadOnlyMemory<byte> Payload, WasmFault? Fault)
    {
        public static Reply From(byte type, ReadOnlySpan<byte> payload)
        {
            if (type != V8Protocol.Fault) return new Reply(type, payload.ToArray(), null);
            var r = new PayloadReader(payload, "fault");
            var kind = r.U8() switch
            {
                1 => WasmFaultKind.Invalid,
                2 => WasmFaultKind.Link,
                3 => WasmFaultKind.Trap,
                var k => throw new ProtocolException($"protocol: unknown fault kind {k}"),
            };
            var fromHost = r.U8() == 1;
            var message = r.Text() ?? "";
            var stack = r.Text();
            return new Reply(type, default, new WasmFault(kind, message, stack, fromHost));
        }
    }
}
