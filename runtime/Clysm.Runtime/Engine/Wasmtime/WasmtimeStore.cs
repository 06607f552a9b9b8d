using System.Runtime.InteropServices;
using System.Text;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Engine.Wasmtime.Native;
using Clysm.Runtime.Host;
using Clysm.Runtime.Wasm;
using static Clysm.Runtime.Engine.Wasmtime.Native.WasmtimeApi;

namespace Clysm.Runtime.Engine.Wasmtime;

/// <summary>An instance in a <see cref="WasmtimeStore"/>: its slot there, and its host imports with their declared types.</summary>
internal sealed class WasmtimeInstance(CheckedModule module, int slot) : IWasmInstance
{
    public CheckedModule Module { get; } = module;
    public int Slot { get; } = slot;
    public Instance Handle;
    public HostImport[] Imports { get; set; } = [];
    /// <summary>Where string results declared abstractly (anyref) are built: an instance with the channel.</summary>
    public WasmtimeInstance? Strings { get; set; }
}

/// <summary>One host import of one instance: its binding and host function, and its declared wasm types.</summary>
internal sealed class HostImport(BoundImport bound, nint funcType) : IDisposable
{
    private readonly (DeclaredType[] Params, DeclaredType[] Results) _types = DeclaredType.OfFunction(funcType);
    public BoundImport Bound { get; } = bound;
    /// <summary>The decoded arguments of a call, reused by every call (a host function never re-enters itself).</summary>
    public HostValue[] Arguments { get; } = new HostValue[bound.Binding.Params.Count];
    public DeclaredType[] Params => _types.Params;
    public DeclaredType? Result => _types.Results.Length > 0 ? _types.Results[0] : null;

    public void Dispose()
    {
        foreach (var t in _types.Params) t.Dispose();
        foreach (var t in _types.Results) t.Dispose();
    }
}

/// <summary>
/// One invocation's <c>wasmtime_store_t</c>: its instances, the references handed out as
/// <see cref="WasmValue.Ref"/> ids (rooted until the store ends), the host values behind externrefs,
/// and the host callbacks, which serve each import in this process through its <see cref="BoundImport"/>.
/// A timeout or a harness failure kills the store: every later member throws the same fault.
/// </summary>
internal sealed unsafe class WasmtimeStore : IWasmStore
{
    // The store whose wasm runs on this thread: callbacks arrive on the thread that called in.
    [ThreadStatic] private static WasmtimeStore? _current;

    private readonly WasmtimeEngine _engine;
    private readonly HostContext _host;
    private readonly NativeStore _store;
    private readonly List<WasmtimeInstance> _instances = [];
    private readonly List<Val> _refs = [];                 // WasmValue.Ref ids index this table
    private readonly List<object> _externs = [];           // externref data = index + 1
    private readonly Dictionary<nint, nint> _allocators = [];   // array type → this store's allocator
    private nint _hostByteArrayType;
    private WasmFault? _dead;
    private HostErrorException? _hostStop;
    private Exception? _harnessFault;

    public WasmtimeStore(WasmtimeEngine engine, HostContext host)
    {
        _engine = engine;
        _host = host;
        _store = new NativeStore(engine.Native, engine.Settings.MemoryLimitBytes);
    }

    private nint Context => _store.Context;

    // ---- IWasmStore ---------------------------------------------------------------------------

    public IWasmInstance Instantiate(ICompiledModule module, InstanceLinks links) => _engine.Run<IWasmInstance>(() =>
    {
        Alive();
        var m = (WasmtimeModule)module;
        var instance = new WasmtimeInstance(m.Module, _instances.Count)
        {
            Strings = links.StringsFromSelf ? null : links.Strings as WasmtimeInstance,
        };
        _instances.Add(instance);
        var externs = Externs(m, instance, links.Support as WasmtimeInstance);
        nint error, trap;
        using (Enter())
            fixed (Extern* ex = externs) fixed (Instance* inst = &instance.Handle)
                error = wasmtime_instance_new(Context, m.Native.Handle, ex, (nuint)externs.Length, inst, &trap);
        if (error != 0 && trap == 0 && _hostStop is null && _harnessFault is null)
            throw new WasmFault(WasmFaultKind.Link, NativeError.TakeMessage(error));
        if (error != 0 || trap != 0) throw Stopped(error, trap);
        if (links.StringsFromSelf) instance.Strings = instance;       // its own channel, once it exists
        return instance;
    });

    public IReadOnlyList<WasmValue> Call(IWasmInstance instance, string export, IReadOnlyList<WasmValue> args) => _engine.Run<IReadOnlyList<WasmValue>>(() =>
    {
        Alive();
        var i = (WasmtimeInstance)instance;
        var f = Export(i, export) ?? throw new WasmFault(WasmFaultKind.Link, $"export \"{export}\" is missing or not a function");
        var declared = i.Module.Module.FindExport(export)?.Signature?.Params;
        var vals = new Val[args.Count];
        for (var k = 0; k < vals.Length; k++) vals[k] = ToVal(args[k], declared is not null && k < declared.Count ? declared[k] : null);
        var results = CallRaw(f, vals);
        var values = new WasmValue[results.Length];
        for (var k = 0; k < values.Length; k++) values[k] = FromVal(results[k]);
        return values;
    });

    public byte[]? ReadString(IWasmInstance via, WasmValue value) => _engine.Run(() =>
    {
        Alive();
        if (value.Kind != WasmValueKind.Ref || value.RefId < 0 || value.RefId >= _refs.Count) return null;
        var v = _refs[(int)value.RefId];
        if (v.Kind != Val.AnyRef) return null;
        // The host reads the byte array itself; it is a string when it is the ABI's (array (mut i8)).
        var bytes = GcBytes.Read(Context, &v.Ref, checkElements: true, out var notString);
        return notString ? null : bytes;
    });

    public WasmValue NewString(IWasmInstance via, ReadOnlySpan<byte> utf8)
    {
        var copy = utf8.ToArray();
        return _engine.Run(() =>
        {
            Alive();
            var r = NewStringThrough((WasmtimeInstance)via, copy);
            _refs.Add(Val.FromRef(Val.AnyRef, r));
            return WasmValue.Ref(_refs.Count - 1);
        });
    }

    public void Dispose() => _engine.Run(() =>
    {
        _engine.Disarm(this);
        foreach (var a in _allocators.Values) wasmtime_array_ref_pre_delete(a);
        _allocators.Clear();
        if (_hostByteArrayType != 0) wasmtime_array_type_delete(_hostByteArrayType);
        _hostByteArrayType = 0;
        foreach (var i in _instances) foreach (var h in i.Imports) h.Dispose();
        _store.Dispose();                 // frees every root, instance and GC object of the case
        return 0;
    });

    // ---- linking --------------------------------------------------------------------------------

    /// <summary>The externs of one instantiation, in import order: a host function of each host
    /// import's own functype, and for <c>clysm:support</c> imports the support instance's exports.</summary>
    private Extern[] Externs(WasmtimeModule m, WasmtimeInstance instance, WasmtimeInstance? support)
    {
        var imports = m.Native.Imports;
        var externs = new Extern[imports.Count];
        var host = new List<HostImport>();
        for (var k = 0; k < imports.Count; k++)
        {
            var import = imports[k];
            if (import.Module == "clysm:support")
            {
                if (support is null) throw new WasmFault(WasmFaultKind.Link, $"clysm:support {import.Name}: no support module was given");
                var bytes = Encoding.UTF8.GetBytes(import.Name);
                Extern item;
                fixed (byte* p = bytes) fixed (Instance* inst = &support.Handle)
                    if (wasmtime_instance_export_get(Context, inst, p, (nuint)bytes.Length, &item) == 0)
                        throw new WasmFault(WasmFaultKind.Link, $"clysm:support {import.Name}: the support module exports no {import.Name}");
                externs[k] = item;
                continue;
            }
            var index = host.Count;
            var bound = index < m.Module.Imports.Count ? m.Module.Imports[index] : null;
            if (bound is null || bound.Binding.Module != import.Module || bound.Binding.Name != import.Name || import.FuncType == 0)
                throw new WasmFault(WasmFaultKind.Link, $"unknown import: `{import.Module}::{import.Name}` has no host binding");
            host.Add(new HostImport(bound, import.FuncType));
            Func f;
            wasmtime_func_new(Context, import.FuncType, &Callback, (instance.Slot << 16) | index, 0, &f);
            externs[k] = new Extern { Kind = Extern.KindFunc, Func = f };
        }
        instance.Imports = host.ToArray();
        return externs;
    }

    private Func? Export(WasmtimeInstance instance, string name)
    {
        var bytes = Encoding.UTF8.GetBytes(name);
        Extern item;
        fixed (byte* p = bytes) fixed (Instance* inst = &instance.Handle)
            if (wasmtime_instance_export_get(Context, inst, p, (nuint)bytes.Length, &item) == 0) return null;
        return item.Kind == Extern.KindFunc ? item.Func : null;
    }

    // ---- calls and what stops them -------------------------------------------------------------

    private Val[] CallRaw(Func f, Val[] args)
    {
        var type = wasmtime_func_type(Context, &f);
        var count = (int)wasm_functype_results(type)->Size;
        wasm_functype_delete(type);
        var results = new Val[count];
        nint error, trap;
        using (Enter())
            fixed (Val* a = args) fixed (Val* r = results)
                error = wasmtime_func_call(Context, &f, a, (nuint)args.Length, r, (nuint)count, &trap);
        if (error != 0 || trap != 0 || _harnessFault is not null) throw Stopped(error, trap);
        return results;
    }

    /// <summary>The fault for a call that did not return: the deadline, our host, the module, the engine.</summary>
    private WasmFault Stopped(nint error, nint trap)
    {
        GcRef exception;
        var uncaught = wasmtime_context_take_exception(Context, &exception);
        if (uncaught) wasmtime_exnref_unroot(&exception);
        var engineError = error != 0 ? NativeError.TakeMessage(error) : null;
        var details = trap != 0 ? NativeError.TakeTrap(trap) : null;
        var host = _hostStop;
        _hostStop = null;

        if (_harnessFault is { } fault) return _dead = new WasmFault(WasmFaultKind.Crash, "host error in the harness: " + fault);
        if (details?.Code == TrapInterrupt) return _dead = new WasmFault(WasmFaultKind.Timeout, "timed out");
        if (host is not null) return new WasmFault(WasmFaultKind.Trap, host.Message, details?.Stack, fromHost: true);
        if (uncaught) return new WasmFault(WasmFaultKind.Trap, "uncaught WebAssembly exception (a Lisp throw or condition nobody caught)", details?.Stack);
        if (details is not null) return new WasmFault(WasmFaultKind.Trap, details.Message, details.Stack);
        return new WasmFault(WasmFaultKind.Trap, NativeError.TrimMessage(engineError ?? "the call failed"));
    }

    private void Alive()
    {
        if (_dead is not null) throw _dead;
    }

    private Scope Enter() => new(this);

    private readonly struct Scope : IDisposable
    {
        private readonly WasmtimeStore? _previous;
        public Scope(WasmtimeStore store) { _previous = _current; _current = store; }
        public void Dispose() => _current = _previous;
    }

    // ---- values ---------------------------------------------------------------------------------

    private Val ToVal(WasmValue v, ValType? declared)
    {
        switch (v.Kind)
        {
            case WasmValueKind.I32: return Val.FromI32(v.AsI32);
            case WasmValueKind.I64: return new Val { Kind = Val.I64, I64Value = v.Bits };
            case WasmValueKind.F32: return new Val { Kind = Val.F32, F32Value = v.AsF32 };
            case WasmValueKind.F64: return new Val { Kind = Val.F64, F64Value = v.AsF64 };
            case WasmValueKind.I31:
                GcRef r;
                wasmtime_anyref_from_i31(Context, (uint)v.Bits & 0x7fffffff, &r);
                return Val.FromRef(Val.AnyRef, r);
            case WasmValueKind.HostString: return NewExtern(v.Text ?? "");
            case WasmValueKind.Ref when v.RefId >= 0 && v.RefId < _refs.Count: return _refs[(int)v.RefId];
            case WasmValueKind.Null:
                return new Val
                {
                    Kind = (declared as RefType)?.Heap.Abstract switch
                    {
                        AbstractHeapType.Extern or AbstractHeapType.NoExtern => Val.ExternRef,
                        AbstractHeapType.Func or AbstractHeapType.NoFunc => Val.FuncRef,
                        AbstractHeapType.Exn or AbstractHeapType.NoExn => Val.ExnRef,
                        _ => Val.AnyRef,
                    },
                };
            default: throw new WasmFault(WasmFaultKind.Trap, $"the value {v} does not belong to this store");
        }
    }

    private WasmValue FromVal(Val v)
    {
        switch (v.Kind)
        {
            case Val.I32: return WasmValue.I32(v.I32Value);
            case Val.I64: return WasmValue.I64(v.I64Value);
            case Val.F32: return WasmValue.F32(v.F32Value);
            case Val.F64: return WasmValue.F64(v.F64Value);
            case Val.AnyRef:
                if (v.Ref.IsNull) return WasmValue.Null;
                int small;
                if (wasmtime_anyref_i31_get_s(Context, &v.Ref, &small)) return WasmValue.I31(small);
                break;
            case Val.ExternRef:
                if (v.Ref.IsNull) return WasmValue.Null;
                switch (ExternData(&v.Ref))
                {
                    case string s: return WasmValue.HostString(s);
                    case int n: return WasmValue.I32(n);
                }
                break;
            case Val.FuncRef when v.Ref.StoreId == 0:
            case Val.ExnRef when v.Ref.IsNull:
                return WasmValue.Null;
        }
        _refs.Add(v);                     // kept rooted until the store ends
        return WasmValue.Ref(_refs.Count - 1);
    }

    private Val NewExtern(object value)
    {
        _externs.Add(value);
        GcRef r;
        if (!wasmtime_externref_new(Context, _externs.Count, 0, &r)) throw new WasmFault(WasmFaultKind.Crash, "wasmtime: an externref could not be made");
        return Val.FromRef(Val.ExternRef, r);
    }

    private object? ExternData(GcRef* r)
    {
        var data = (int)wasmtime_externref_data(Context, r);
        return data >= 1 && data <= _externs.Count ? _externs[data - 1] : null;
    }

    /// <summary>A GC string made through an instance's string channel (its own exports or the bridge's).</summary>
    private GcRef NewStringThrough(WasmtimeInstance via, byte[] bytes)
    {
        var stringNew = Export(via, "clysm:string-new");
        var setByte = Export(via, "clysm:string-set-byte");
        if (stringNew is null || setByte is null)
            throw new WasmFault(WasmFaultKind.Link, "the string channel's clysm:string-new or clysm:string-set-byte is missing");
        var made = CallRaw(stringNew.Value, [Val.FromI32(bytes.Length)]);
        if (made.Length != 1 || made[0].Kind != Val.AnyRef || made[0].Ref.IsNull)
            throw new WasmFault(WasmFaultKind.Trap, "clysm:string-new returned no string");
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] != 0) CallRaw(setByte.Value, [made[0], Val.FromI32(i), Val.FromI32(bytes[i])]);
        return made[0].Ref;
    }

    // ---- host calls -----------------------------------------------------------------------------

    [UnmanagedCallersOnly]
    private static nint Callback(nint env, nint caller, Val* args, nuint argCount, Val* results, nuint resultCount)
    {
        var store = _current;
        if (store is null) return NativeError.NewTrap("host call outside a run");
        try
        {
            store.HostCall((int)(env >> 16), (int)(env & 0xffff), args, results);
            return 0;
        }
        catch (HostErrorException e)
        {
            store._hostStop = e;
            return NativeError.NewTrap(e.Message);
        }
        catch (Exception e)
        {
            store._harnessFault ??= e;
            return NativeError.NewTrap("host error in the harness: " + e.Message);
        }
    }

    private void HostCall(int slot, int index, Val* args, Val* results)
    {
        var instance = _instances[slot];
        var import = instance.Imports[index];
        var binding = import.Bound.Binding;
        var decoded = import.Arguments;
        for (var k = 0; k < decoded.Length; k++) decoded[k] = Argument(import, k, &args[k]);
        var answer = import.Bound.Invoke(_host, decoded);
        Array.Clear(decoded);                 // no string stays reachable from the buffer
        if (binding.Result is { } repr) results[0] = Result(instance, import, repr, answer);
    }

    private HostValue Argument(HostImport import, int k, Val* v)
    {
        switch (import.Bound.Binding.Params[k])
        {
            case Repr.F64:
                return HostValue.FromF64(v->Kind == Val.F64 ? v->F64Value : throw Refuse(import, k, $"has value kind {v->Kind}, not f64"));
            case Repr.Int or Repr.KeywordCode or Repr.Handle:
                return HostValue.FromInt(Int(import, k, v));
            default:
                return HostValue.FromBytes(Text(import, k, v));
        }
    }

    private int Int(HostImport import, int k, Val* v)
    {
        switch (v->Kind)
        {
            case Val.I32: return v->I32Value;
            case Val.AnyRef:
                int x;
                if (wasmtime_anyref_i31_get_s(Context, &v->Ref, &x)) return x;
                throw Refuse(import, k, v->Ref.IsNull ? "is null, not an i31" : "is not an i31");
            case Val.ExternRef:
                return ExternData(&v->Ref) is int n ? n : throw Refuse(import, k, "is not a descriptor the host made");
            default: throw Refuse(import, k, $"has value kind {v->Kind}");
        }
    }

    private byte[]? Text(HostImport import, int k, Val* v)
    {
        switch (v->Kind)
        {
            case Val.ExternRef:
                if (v->Ref.IsNull) return null;
                return ExternData(&v->Ref) is string s ? Encoding.UTF8.GetBytes(s) : throw Refuse(import, k, "is not a host string");
            case Val.AnyRef:
                var concrete = k < import.Params.Length && import.Params[k].ConcreteArray != 0;
                var bytes = GcBytes.Read(Context, &v->Ref, checkElements: !concrete, out var notString);
                return notString ? throw Refuse(import, k, "is not a string (a GC byte array)") : bytes;
            default: throw Refuse(import, k, $"has value kind {v->Kind}, not a string");
        }
    }

    private static HostErrorException Refuse(HostImport import, int k, string why) =>
        new(new HostError(import.Bound.Host.Operation, null, null, $"argument {k + 1} {why}"));

    private Val Result(WasmtimeInstance instance, HostImport import, Repr repr, HostValue answer)
    {
        var shape = import.Result?.Shape ?? ValueShape.I32;
        switch (repr)
        {
            case Repr.F64:
                return new Val { Kind = Val.F64, F64Value = answer.Kind == HostValueKind.F64 ? answer.F64 : double.NaN };
            case Repr.Int or Repr.KeywordCode or Repr.Handle:
                var n = answer.Kind == HostValueKind.Int ? answer.Int : -1;
                switch (shape)
                {
                    case ValueShape.I31 or ValueShape.GcRef:
                        GcRef r;
                        wasmtime_anyref_from_i31(Context, (uint)n & 0x7fffffff, &r);
                        return Val.FromRef(Val.AnyRef, r);
                    case ValueShape.ExternRef: return NewExtern(n);
                    default: return Val.FromI32(n);
                }
            default:
                var bytes = answer.Bytes;
                if (shape == ValueShape.ExternRef)
                    return bytes is null ? Val.FromRef(Val.ExternRef, default) : NewExtern(Encoding.UTF8.GetString(bytes));
                return Val.FromRef(Val.AnyRef, bytes is null ? default : NewString(instance, import, bytes));
        }
    }

    /// <summary>A GC string for a host call's result: of the import's declared array type when it names
    /// one (the module's own type, so its casts accept it); else through the instance's string channel;
    /// else of the host's own <c>(array (mut i8))</c>.</summary>
    private GcRef NewString(WasmtimeInstance instance, HostImport import, byte[] bytes)
    {
        var type = import.Result?.ConcreteArray ?? 0;
        if (type == 0 && instance.Strings is { } via) return NewStringThrough(via, bytes);
        if (type == 0) type = _hostByteArrayType != 0 ? _hostByteArrayType : _hostByteArrayType = GcBytes.NewByteArrayType(_engine.Native.Handle);
        if (!_allocators.TryGetValue(type, out var allocator))
            _allocators[type] = allocator = wasmtime_array_ref_pre_new(Context, type);
        return GcBytes.New(Context, allocator, bytes);
    }
}
