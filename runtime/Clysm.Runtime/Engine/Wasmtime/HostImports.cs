using System.Runtime.InteropServices;
using System.Text;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Engine.Wasmtime.Native;
using Clysm.Runtime.Host;
using static Clysm.Runtime.Engine.Wasmtime.Native.WasmtimeApi;

namespace Clysm.Runtime.Engine.Wasmtime;

/// <summary>
/// The host imports of one run on Wasmtime: each bound import is a native callback that decodes
/// its arguments from <c>wasmtime_val_t</c> under the import's binding, calls <see cref="HostSession"/>
/// in this process, and encodes the answer. GC strings are read and built through the C API.
/// A host error becomes a trap the module sees; the run remembers which kind of stop it was.
/// </summary>
internal sealed unsafe class HostImports : IDisposable
{
    // The run whose wasm is executing on this thread: callbacks come on the thread that called in.
    [ThreadStatic] private static HostImports? _current;

    private readonly HostSession _session;
    private readonly NativeEngine _engine;
    private readonly IReadOnlyList<ImportBinding> _bindings;
    private Bound[] _bound = [];          // one per import of the module, in import order
    private readonly List<object> _externs = [];          // host values behind externrefs (data = index + 1)
    private readonly Dictionary<nint, nint> _allocators = [];  // array type → this store's allocator
    private nint _hostByteArrayType;
    private Func _stringNew, _stringSetByte;
    private bool _hasChannel;

    public HostImports(HostSession session, NativeEngine engine, IReadOnlyList<ImportBinding> bindings)
    {
        _session = session;
        _engine = engine;
        _bindings = bindings;
    }

    /// <summary>The host error that ended the run, when a host function refused a call.</summary>
    public HostErrorException? HostStop { get; private set; }
    /// <summary>A bug in our own host code (never the module's fault): the run is a crash.</summary>
    public Exception? HarnessFault { get; private set; }
    public bool OutputLimitStop { get; private set; }

    /// <summary>The externs to instantiate <paramref name="module"/> with, in import order: a host
    /// function of each import's own functype. An import nobody serves is named in the error.</summary>
    public Native.Extern[] ImportsFor(nint context, NativeModule module)
    {
        var externs = new Native.Extern[module.Imports.Count];
        _bound = new Bound[externs.Length];
        for (var i = 0; i < externs.Length; i++)
        {
            var import = module.Imports[i];
            var binding = _bindings.FirstOrDefault(b => b.Module == import.Module && b.Name == import.Name);
            if (binding is null || import.FuncType == 0)
                throw new NativeException($"unknown import: `{import.Module}::{import.Name}` has no host binding");
            _bound[i] = new Bound(binding, import.FuncType);
            Func f;
            wasmtime_func_new(context, import.FuncType, &Callback, i, 0, &f);
            externs[i] = new Native.Extern { Kind = Native.Extern.KindFunc, Func = f };
        }
        return externs;
    }

    /// <summary>The string channel of the instance, used only to build a string result declared
    /// <c>anyref</c> (the host cannot know the module's string type then).</summary>
    public void UseChannel(Func stringNew, Func stringSetByte)
    {
        (_stringNew, _stringSetByte, _hasChannel) = (stringNew, stringSetByte, true);
    }

    public Scope Enter() => new(this);

    public readonly struct Scope : IDisposable
    {
        private readonly HostImports? _previous;
        public Scope(HostImports imports) { _previous = _current; _current = imports; }
        public void Dispose() => _current = _previous;
    }

    // ---- the callback ----------------------------------------------------------------------

    [UnmanagedCallersOnly]
    private static nint Callback(nint env, nint caller, Val* args, nuint argCount, Val* results, nuint resultCount)
    {
        var run = _current;
        if (run is null) return NativeError.NewTrap("host call outside a run");
        try
        {
            return run.Call((int)env, wasmtime_caller_context(caller), args, results);
        }
        catch (HostErrorException e)
        {
            run.HostStop = e;
            return NativeError.NewTrap(e.Message);
        }
        catch (Exception e)
        {
            run.HarnessFault ??= e;
            return NativeError.NewTrap("host error in the harness: " + e.Message);
        }
    }

    private nint Call(int index, nint context, Val* args, Val* results)
    {
        var b = _bound[index];
        var s = _session;
        switch (b.Route)
        {
            case Route.WriteChar:
                s.WriteChar(Int(b, context, args, 0), Int(b, context, args, 1));
                return CheckOutput();
            case Route.WriteString:
                s.WriteString(Int(b, context, args, 0), Text(b, context, args, 1));
                return CheckOutput();
            case Route.ReadChar:
                results[0] = IntResult(b, context, s.ReadChar(Int(b, context, args, 0)));
                return 0;
            case Route.ReadLine:
                results[0] = TextResult(b, context, s.ReadLine(Int(b, context, args, 0)));
                return 0;
            case Route.Open:
                results[0] = IntResult(b, context, s.Open(Text(b, context, args, 0),
                    Keyword(b, context, args, 1, "direction"), Keyword(b, context, args, 2, "if-exists"), Keyword(b, context, args, 3, "if-does-not-exist")));
                return 0;
            case Route.Close:
                s.Close(Int(b, context, args, 0));
                return 0;
            case Route.ReadAll:
                results[0] = TextResult(b, context, s.ReadAll(Int(b, context, args, 0)));
                return 0;
            case Route.WriteAll:
                s.WriteAll(Int(b, context, args, 0), Text(b, context, args, 1));
                return 0;
            case Route.UnhandledCondition:
                throw s.UnhandledCondition(Text(b, context, args, 0), Text(b, context, args, 1));
            default:
                throw new HostErrorException(new HostError(b.Operation, null, null, "no such host function"));
        }
    }

    private nint CheckOutput()
    {
        if (!_session.OutputLimitHit) return 0;
        OutputLimitStop = true;
        return NativeError.NewTrap("output limit reached");
    }

    // ---- arguments -------------------------------------------------------------------------

    private int Int(Bound b, nint context, Val* args, int i)
    {
        var v = &args[i];
        switch (v->Kind)
        {
            case Val.I32: return v->I32Value;
            case Val.AnyRef:
                int x;
                if (wasmtime_anyref_i31_get_s(context, &v->Ref, &x)) return x;
                throw Refuse(b, i, v->Ref.IsNull ? "is null, not an i31" : "is not an i31");
            case Val.ExternRef:
                return ExternArgument(b, context, v, i) switch
                {
                    int n => n,
                    null => throw Refuse(b, i, "is a null externref, not a descriptor"),
                    _ => throw Refuse(b, i, "is not a descriptor"),
                };
            default: throw Refuse(b, i, $"has value kind {v->Kind}");
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private string? Text(Bound b, nint context, Val* args, int i)
    {
        var v = &args[i];
        switch (v->Kind)
        {
            case Val.ExternRef:
                return ExternArgument(b, context, v, i) switch
                {
                    null => null,
                    string t => t,
                    _ => throw Refuse(b, i, "is not a host string"),
                };
            case Val.AnyRef:
                var bytes = GcBytes.Read(context, &v->Ref, checkElements: i >= b.Params.Length || b.Params[i].ConcreteArray == 0, out var notString);
                if (notString) throw Refuse(b, i, "is not a string (a GC byte array)");
                if (bytes is null) return null;
                try { return StrictUtf8.GetString(bytes); }
                catch (DecoderFallbackException) { throw Refuse(b, i, "is not valid UTF-8"); }
            default: throw Refuse(b, i, $"has value kind {v->Kind}, not a string");
        }
    }

    private int Keyword(Bound b, nint context, Val* args, int i, string kind) =>
        b.Binding.Params[i] == Repr.KeywordCode ? Int(b, context, args, i) : HostSession.KeywordCode(b.Operation, kind, Text(b, context, args, i));

    private object? ExternArgument(Bound b, nint context, Val* v, int i)
    {
        if (v->Ref.IsNull) return null;
        var data = (int)wasmtime_externref_data(context, &v->Ref);
        if (data < 1 || data > _externs.Count) throw Refuse(b, i, "is an externref the host did not make");
        return _externs[data - 1];
    }

    /// <summary>The host value behind an externref the module returned (an int or a string), or null.</summary>
    public object? ExternValue(nint context, GcRef* r)
    {
        var data = (int)wasmtime_externref_data(context, r);
        return data >= 1 && data <= _externs.Count ? _externs[data - 1] : null;
    }

    private HostErrorException Refuse(Bound b, int i, string why) =>
        new(new HostError(b.Operation, null, null, $"argument {i + 1} {why}"));

    // ---- results ---------------------------------------------------------------------------

    private Val IntResult(Bound b, nint context, int value)
    {
        switch (b.ResultShape)
        {
            case ValueShape.I31:
            case ValueShape.GcRef:
                GcRef r;
                wasmtime_anyref_from_i31(context, (uint)value & 0x7fffffff, &r);
                return Val.FromRef(Val.AnyRef, r);
            case ValueShape.ExternRef:
                return NewExtern(context, value);
            default:
                return Val.FromI32(value);
        }
    }

    private Val TextResult(Bound b, nint context, string? text)
    {
        if (b.ResultShape == ValueShape.ExternRef) return text is null ? Val.FromRef(Val.ExternRef, default) : NewExtern(context, text);
        if (text is null) return Val.FromRef(Val.AnyRef, default);
        return Val.FromRef(Val.AnyRef, NewString(b, context, Encoding.UTF8.GetBytes(text)));
    }

    private Val NewExtern(nint context, object value)
    {
        _externs.Add(value);
        GcRef r;
        if (!wasmtime_externref_new(context, _externs.Count, 0, &r)) throw new NativeException("wasmtime: externref allocation failed");
        return Val.FromRef(Val.ExternRef, r);
    }

    /// <summary>A GC string for a result: of the declared array type when the import names one; else
    /// through the module's string channel; else of the host's own <c>(array (mut i8))</c>.</summary>
    private GcRef NewString(Bound b, nint context, byte[] bytes)
    {
        var type = b.Result?.ConcreteArray ?? 0;
        if (type == 0 && _hasChannel) return NewStringThroughChannel(context, bytes);
        if (type == 0) type = _hostByteArrayType != 0 ? _hostByteArrayType : _hostByteArrayType = GcBytes.NewByteArrayType(_engine.Handle);
        if (!_allocators.TryGetValue(type, out var allocator))
            _allocators[type] = allocator = wasmtime_array_ref_pre_new(context, type);
        return GcBytes.New(context, allocator, bytes);
    }

    public GcRef NewStringThroughChannel(nint context, ReadOnlySpan<byte> bytes)
    {
        var length = Val.FromI32(bytes.Length);
        Val result;
        nint trap;
        fixed (Func* f = &_stringNew) CheckCall(wasmtime_func_call(context, f, &length, 1, &result, 1, &trap), trap, "clysm:string-new");
        var args = stackalloc Val[3];
        args[0] = result;
        for (var i = 0; i < bytes.Length; i++)
        {
            args[1] = Val.FromI32(i);
            args[2] = Val.FromI32(bytes[i]);
            fixed (Func* f = &_stringSetByte) CheckCall(wasmtime_func_call(context, f, args, 3, null, 0, &trap), trap, "clysm:string-set-byte");
        }
        return result.Ref;
    }

    private static void CheckCall(nint error, nint trap, string what)
    {
        if (error != 0) throw new HostErrorException(new HostError("string channel", null, null, $"{what} failed: {NativeError.TakeMessage(error)}"));
        if (trap != 0) throw new HostErrorException(new HostError("string channel", null, null, $"{what} trapped: {NativeError.TakeTrap(trap).Message}"));
    }

    public void Dispose()
    {
        foreach (var a in _allocators.Values) wasmtime_array_ref_pre_delete(a);
        _allocators.Clear();
        if (_hostByteArrayType != 0) wasmtime_array_type_delete(_hostByteArrayType);
        _hostByteArrayType = 0;
        foreach (var b in _bound) b.Dispose();
    }

    // ---- bindings --------------------------------------------------------------------------

    private enum Route : byte { Unknown, WriteChar, WriteString, ReadChar, ReadLine, Open, Close, ReadAll, WriteAll, UnhandledCondition }

    /// <summary>One import: its binding (how values cross), its route to the host, its declared types.</summary>
    private sealed class Bound : IDisposable
    {
        public Bound(ImportBinding binding, nint funcType)
        {
            Binding = binding;
            Operation = binding.Module + " " + binding.Name;
            Route = (binding.Module, binding.Name) switch
            {
                ("clysm:io", "write-char") => Route.WriteChar,
                ("clysm:io", "write-string") => Route.WriteString,
                ("clysm:io", "read-char") => Route.ReadChar,
                ("clysm:io", "read-line") => Route.ReadLine,
                ("clysm:fs", "open") => Route.Open,
                ("clysm:fs", "close") => Route.Close,
                ("clysm:fs", "read-all") => Route.ReadAll,
                ("clysm:fs", "write-all") => Route.WriteAll,
                ("clysm:runtime", "unhandled-condition") => Route.UnhandledCondition,
                _ => Route.Unknown,
            };
            var (ps, rs) = DeclaredType.OfFunction(funcType);
            Params = ps;
            Result = rs.Length > 0 ? rs[0] : null;
            foreach (var extra in rs.Skip(1)) extra.Dispose();
        }

        public ImportBinding Binding { get; }
        public string Operation { get; }
        public Route Route { get; }
        public DeclaredType[] Params { get; }
        public DeclaredType? Result { get; }
        public ValueShape ResultShape => Result?.Shape ?? ValueShape.I32;

        public void Dispose()
        {
            foreach (var p in Params) p.Dispose();
            Result?.Dispose();
        }
    }
}
