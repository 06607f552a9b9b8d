using System.Text;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Host;
using Clysm.Runtime.Wasm;

namespace Clysm.Runtime.Engine.V8;

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
        catch (CapReachedException e)
        {
            // The module runs on, expecting no answer: only killing the worker stops it.
            _engine.KillWorker();
            throw Dead(new WasmFault(WasmFaultKind.Trap, e.Message, fromHost: true));
        }
        catch (HostBugException e)
        {
            // Our own host code failed: the worker waits for an answer it will never get.
            throw Broken("host error in the harness: " + e.InnerException);
        }
    }

    // Reused for every host call's arguments: a host function never calls back into wasm.
    private readonly HostValue[] _args = new HostValue[16];

    private (BoundImport Import, ReadOnlyMemory<HostValue> Args) ReadCall(ref PayloadReader r)
    {
        var slot = r.U8();
        var index = r.U16();
        var imports = slot < _instances.Count ? _instances[slot].Module.Imports
            : slot == _instances.Count ? _instantiating?.Imports : null;
        if (imports is null || index >= imports.Count)
            throw new ProtocolException($"protocol: a host call names import {index} of instance {slot}, which does not exist");
        var b = imports[index];
        var n = b.Binding.Params.Count;
        var args = n <= _args.Length ? _args : new HostValue[n];
        for (var k = 0; k < n; k++)
        {
            var repr = b.Binding.Params[k];
            args[k] = V8Protocol.IsInt(repr) ? HostValue.FromInt(r.I32())
                : repr == Repr.F64 ? HostValue.FromF64(r.F64())
                : HostValue.FromBytes(r.Bytes());
        }
        return (b, args.AsMemory(0, n));
    }

    private void Answer(FrameChannel c, ReadOnlySpan<byte> payload)
    {
        var r = new PayloadReader(payload, "host call");
        var (b, args) = ReadCall(ref r);
        HostValue result;
        try { result = b.Invoke(_host, args.Span); }
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
        c.I32(deferrable ? HostFunctions.DeferBudget(_host.Session, args.Span[0].Int) : 0);
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
            // machine does (disk full), or a cap is reached: the module went on, so the run must not
            // pass as clean, and at a cap it must stop now rather than write on until the timeout.
            try { b.Invoke(_host, args.Span); }
            catch (HostErrorException e)
            {
                _queuedWriteFailure ??= e.Error;
                if (_host.Session.OutputLimitHit) throw new CapReachedException(e.Message);
            }
            catch (Exception e) when (e is not OutOfMemoryException) { throw new HostBugException(e); }
        }
    }

    private sealed class HostBugException(Exception inner) : Exception(inner.Message, inner);
    private sealed class CapReachedException(string message) : Exception(message);
}
