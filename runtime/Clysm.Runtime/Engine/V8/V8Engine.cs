using System.Text;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Host;
using Clysm.Runtime.Wasm;

namespace Clysm.Runtime.Engine.V8;

/// <summary>
/// V8 in a reused Node.js worker process (<see cref="V8Worker"/>), spoken to over
/// <see cref="V8Protocol"/>. A trap leaves the worker usable; a timeout, a crash, a protocol error
/// or a harness bug kills it (failing only the call in flight), and the next store starts a fresh
/// one, on which compiled modules are compiled again when first used.
/// </summary>
public sealed class V8Engine : IWasmEngine
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

    public ICompiledModule Compile(CheckedModule module)
    {
        var compiled = new V8Module(this, module, ++_nextModuleId);
        EnsureCompiled(compiled, store: null);
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

/// <summary>A module compiled in the engine's worker; compiled again on a fresh worker when used there.</summary>
internal sealed class V8Module(V8Engine engine, CheckedModule module, uint id) : ICompiledModule
{
    public CheckedModule Module { get; } = module;
    public uint Id { get; } = id;
    /// <summary>The worker generation it is compiled on (0: none yet).</summary>
    public int Generation { get; set; }

    public void Dispose() => engine.Unload(this);
}

internal sealed class V8Instance(CheckedModule module, byte slot) : IWasmInstance
{
    public CheckedModule Module { get; } = module;
    public byte Slot { get; } = slot;
}

/// <summary>
/// One invocation's store on the worker: a watchdog kills the worker at the deadline; host calls
/// are answered from the store's <see cref="HostContext"/> while the worker runs wasm.
/// </summary>
internal sealed class V8Store : IWasmStore
{
    private readonly V8Engine _engine;
    private readonly HostContext _host;
    private readonly List<V8Instance> _instances = [];
    private readonly Timer _watchdog;
    private readonly object _gate = new();
    private readonly ulong? _savedAffinity;
    private bool _finished, _timedOut;
    private WasmFault? _dead;
    private HostError? _queuedWriteFailure;
    private readonly int _generation;
    // The module being instantiated makes host calls (its start function) before it is an instance.
    private CheckedModule? _instantiating;

    public V8Store(V8Engine engine, HostContext host, StoreLimits limits)
    {
        _engine = engine;
        _host = host;
        _savedAffinity = engine.Core is { } core ? CpuAffinity.PinCurrentThread(core) : null;
        try { engine.EnsureWorker(); }
        catch { CpuAffinity.Restore(_savedAffinity); throw; }
        _generation = engine.Generation;
        var worker = engine.Worker;
        // The watchdog kills only this store's worker, and the gate makes "finished" and "kill"
        // exclusive, so it never kills a worker a later store is using. The caller's thread sees
        // the pipe close and cleans up.
        _watchdog = new Timer(_ => { lock (_gate) { if (_finished) return; _timedOut = true; worker.Kill(); } },
            null, limits.Timeout, Timeout.InfiniteTimeSpan);
    }

    public IWasmInstance Instantiate(ICompiledModule module, InstanceLinks links)
    {
        var m = (V8Module)module;
        Alive();
        if (_instances.Count >= V8Protocol.SelfSlot) throw new WasmFault(WasmFaultKind.Link, "too many instances in one store");
        _engine.EnsureCompiled(m, this);
        var slot = (byte)_instances.Count;
        var c = _engine.Worker.Channel;
        c.Begin(V8Protocol.Instantiate);
        c.U8(slot);
        c.U32(m.Id);
        c.U8(links.Support is V8Instance s ? s.Slot : V8Protocol.NoSlot);
        c.U8(links.StringsFromSelf ? V8Protocol.SelfSlot : links.Strings is V8Instance ch ? ch.Slot : V8Protocol.NoSlot);
        c.End();
        _instantiating = m.Module;
        try { Expect(Exchange(), V8Protocol.Ok, "instantiate"); }
        finally { _instantiating = null; }
        var instance = new V8Instance(m.Module, slot);
        _instances.Add(instance);
        return instance;
    }

    public IReadOnlyList<WasmValue> Call(IWasmInstance instance, string export, IReadOnlyList<WasmValue> args)
    {
        var i = (V8Instance)instance;
        Alive();
        var c = _engine.Worker.Channel;
        c.Begin(V8Protocol.Call);
        c.U8(i.Slot);
        var name = Encoding.UTF8.GetBytes(export);
        c.U16(name.Length);
        c.Raw(name);
        c.U8((byte)args.Count);
        foreach (var a in args) V8Protocol.PutValue(c, a);
        c.End();
        var reply = Expect(Exchange(), V8Protocol.Values, "call");
        var declared = i.Module.Module.FindExport(export)?.Signature?.Results;
        var values = ReadValues(reply.Payload.Span, declared);
        if (_queuedWriteFailure is { } lost)
            throw new WasmFault(WasmFaultKind.Trap, "a queued write failed after the module had gone on: " + lost.Message, fromHost: true);
        return values;
    }

    public byte[]? ReadString(IWasmInstance via, WasmValue value)
    {
        if (value.Kind != WasmValueKind.Ref) return null;
        Alive();
        var c = _engine.Worker.Channel;
        c.Begin(V8Protocol.ReadString);
        c.U8(((V8Instance)via).Slot);
        V8Protocol.PutValue(c, value);
        c.End();
        var reply = Expect(Exchange(), V8Protocol.Bytes, "read string");
        try { return new PayloadReader(reply.Payload.Span, "bytes").Bytes(); }
        catch (ProtocolException e) { throw Broken(e.Message); }
    }

    public WasmValue NewString(IWasmInstance via, ReadOnlySpan<byte> utf8)
    {
        Alive();
        var c = _engine.Worker.Channel;
        c.Begin(V8Protocol.NewString);
        c.U8(((V8Instance)via).Slot);
        c.Raw(utf8);
        c.End();
        var reply = Expect(Exchange(), V8Protocol.Values, "new string");
        var values = ReadValues(reply.Payload.Span, null);
        return values.Count == 1 ? values[0] : throw Broken("protocol: a new string came back as " + values.Count + " values");
    }

    public void Dispose()
    {
        lock (_gate) _finished = true;
        _watchdog.Dispose();
        if (_dead is null && _engine.Generation == _generation && _engine.WorkerPid is not null)
        {
            try
            {
                var c = _engine.Worker.Channel;
                c.Begin(V8Protocol.EndStore);
                c.End();
                c.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or WasmFault)
            {
                _engine.KillWorker();
            }
        }
        CpuAffinity.Restore(_savedAffinity);
    }

    // ---- serving the worker ------------------------------------------------------------------

    private void Alive()
    {
        if (_dead is not null) throw _dead;
        if (_engine.Generation != _generation || _engine.WorkerPid is null)
            throw Dead(_timedOut ? TimedOut() : new WasmFault(WasmFaultKind.Crash, "the engine process died"));
    }

    private static WasmFault TimedOut() => new(WasmFaultKind.Timeout, "timed out");

    private WasmFault Dead(WasmFault f) => _dead = f;

    private WasmFault Broken(string why) => Dead(_engine.Broken(why));

    private V8Engine.Reply Expect(V8Engine.Reply reply, byte type, string what)
    {
        if (reply.Type == V8Protocol.Fault) throw reply.Fault!;
        return reply.Type == type ? reply : throw Broken($"protocol: unexpected {V8Protocol.FrameName(reply.Type)} frame in reply to {what}");
    }

    private IReadOnlyList<WasmValue> ReadValues(ReadOnlySpan<byte> payload, IReadOnlyList<ValType>? declared)
    {
        try
        {
            var r = new PayloadReader(payload, "values");
            var n = r.U8();
            var values = new WasmValue[n];
            for (var k = 0; k < n; k++) values[k] = V8Protocol.ReadValue(ref r, declared is not null && k < declared.Count ? declared[k] : null);
            return values;
        }
        catch (ProtocolException e) { throw Broken(e.Message); }
    }

    /// <summary>Sends what is queued, then answers host calls until the reply to the request arrives.</summary>
    internal V8Engine.Reply Exchange()
    {
        try
        {
            var c = _engine.Worker.Channel;
            _engine.SendUnloads(c);
            c.Flush();
            for (;;)
            {
                var (type, payload) = c.Read();
                switch (type)
                {
                    case V8Protocol.HostCall: Answer(c, payload.Span); break;
                    case V8Protocol.Writes: Deferred(payload.Span); break;
                    case V8Protocol.Ok or V8Protocol.Values or V8Protocol.Bytes or V8Protocol.Fault:
                        return V8Engine.Reply.From(type, payload.Span);
                    default: throw new ProtocolException($"protocol: unexpected {V8Protocol.FrameName(type)} frame from the engine");
                }
            }
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException or InvalidOperationException or ProtocolException or WasmFault)
        {
            if (e is WasmFault w) throw Dead(w);
            bool timedOut;
            lock (_gate) timedOut = _timedOut;
            if (timedOut)
            {
                _engine.KillWorker();
                throw Dead(TimedOut());
            }
            throw Broken(_engine.Why(e));
        }
        catch (HostBugException e)
        {
            // Our own host code failed: the worker waits for an answer it will never get.
            throw Broken("host error in the harness: " + e.InnerException);
        }
    }

    private (BoundImport Import, HostValue[] Args) ReadCall(ref PayloadReader r)
    {
        var slot = r.U8();
        var index = r.U16();
        var imports = slot < _instances.Count ? _instances[slot].Module.Imports
            : slot == _instances.Count ? _instantiating?.Imports : null;
        if (imports is null || index >= imports.Count)
            throw new ProtocolException($"protocol: a host call names import {index} of instance {slot}, which does not exist");
        var b = imports[index];
        var args = new HostValue[b.Binding.Params.Count];
        for (var k = 0; k < args.Length; k++)
        {
            var repr = b.Binding.Params[k];
            args[k] = V8Protocol.IsInt(repr) ? HostValue.FromInt(r.I32())
                : repr == Repr.F64 ? HostValue.FromF64(r.F64())
                : HostValue.FromBytes(r.Bytes());
        }
        return (b, args);
    }

    private void Answer(FrameChannel c, ReadOnlySpan<byte> payload)
    {
        var r = new PayloadReader(payload, "host call");
        var (b, args) = ReadCall(ref r);
        HostValue result;
        try { result = b.Invoke(_host, args); }
        catch (HostErrorException e)
        {
            c.Begin(V8Protocol.Answer);
            c.U8(0);
            c.Text(e.Message);
            c.End();
            c.Flush();
            return;
        }
        catch (Exception e) when (e is not OutOfMemoryException) { throw new HostBugException(e); }
        c.Begin(V8Protocol.Answer);
        c.U8(1);
        var deferrable = b.Host.Traits == HostCallTraits.DeferrableWrite;
        c.U8(deferrable ? (byte)1 : (byte)0);
        c.I32(deferrable ? HostFunctions.DeferBudget(_host.Session, args[0].Int) : 0);
        if (b.Binding.Result is { } repr)
        {
            if (V8Protocol.IsInt(repr)) c.I32(result.Kind == HostValueKind.Int ? result.Int : -1);
            else if (repr == Repr.F64) c.F64(result.Kind == HostValueKind.F64 ? result.F64 : double.NaN);
            else c.Bytes(result.Bytes ?? [], isNull: result.Bytes is null);
        }
        c.End();
        c.Flush();
    }

    private void Deferred(ReadOnlySpan<byte> payload)
    {
        var r = new PayloadReader(payload, "writes");
        while (!r.AtEnd)
        {
            var (b, args) = ReadCall(ref r);
            // The worker queues only writes the host accepted before, so this fails only when the
            // machine does (disk full): the module went on, so the run must not pass as clean.
            try { b.Invoke(_host, args); }
            catch (HostErrorException e) { _queuedWriteFailure ??= e.Error; }
            catch (Exception e) when (e is not OutOfMemoryException) { throw new HostBugException(e); }
        }
    }

    private sealed class HostBugException(Exception inner) : Exception(inner.Message, inner);
}
