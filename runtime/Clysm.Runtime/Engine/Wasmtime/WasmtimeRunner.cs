using System.Diagnostics;
using System.Text;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Engine.Wasmtime.Native;
using Clysm.Runtime.Host;
using static Clysm.Runtime.Engine.Wasmtime.Native.WasmtimeApi;

namespace Clysm.Runtime.Engine.Wasmtime;

/// <summary>
/// Runs invocations on Wasmtime in this process (the worker process; tests): one engine, a fresh
/// store per invocation with its limits and epoch deadline, host imports served in process by
/// <see cref="HostSession"/>. Everything native runs on one <see cref="WasmThread"/>.
/// Never throws for anything a module does: those are outcomes in the result.
/// </summary>
internal sealed unsafe class WasmtimeRunner : IDisposable
{
    private readonly WasmtimeSettings _settings;
    private readonly WasmThread _thread;
    private readonly NativeEngine _engine;
    private readonly Timer _epochTimer;
    private readonly object _epochGate = new();
    private bool _deadlineArmed;

    public WasmtimeRunner(WasmtimeSettings settings)
    {
        _settings = settings;
        _thread = new WasmThread(settings.ThreadStackBytes);
        _engine = _thread.Run(() => new NativeEngine(settings));
        _epochTimer = new Timer(_ => EndEpoch(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public WasmtimeSettings Settings => _settings;

    public string? Validate(byte[] wasm) => _thread.Run(() => _engine.Validate(wasm));

    public (NativeModule? Module, string? Error) Compile(byte[] wasm) => _thread.Run(() => _engine.Compile(wasm));

    public (NativeModule? Module, string? Error) Deserialize(byte[] compiled) => _thread.Run(() => _engine.Deserialize(compiled));

    /// <summary>Instantiates <paramref name="module"/> in a fresh store against the host and calls
    /// <see cref="InvocationRequest.Export"/> (after the setup exports); <paramref name="bindings"/>
    /// say how each import's values cross (from the contract check).</summary>
    public InvocationResult Run(NativeModule module, InvocationRequest request, IReadOnlyList<ImportBinding> bindings)
    {
        var clock = Stopwatch.StartNew();
        var result = _thread.Run(() => RunOnThread(module, request, bindings));
        return result with { Duration = clock.Elapsed };
    }

    private InvocationResult RunOnThread(NativeModule module, InvocationRequest request, IReadOnlyList<ImportBinding> bindings)
    {
        HostSession session;
        try { session = new HostSession(request); }
        catch (HostErrorException e) { return new InvocationResult { Status = InvocationStatus.Trapped, Message = e.Message, HostError = e.Error }; }
        using (session)
        {
            using var store = new NativeStore(_engine, _settings.MemoryLimitBytes);
            using var imports = new HostImports(session, _engine, bindings);
            using var scope = imports.Enter();
            ArmDeadline(request.Timeout);
            try { return new Execution(store.Context, session, imports, request).Run(module); }
            finally { DisarmDeadline(); }
        }
    }

    // ---- the deadline: one epoch tick, ended by a timer ------------------------------------

    private void ArmDeadline(TimeSpan timeout)
    {
        lock (_epochGate) _deadlineArmed = true;
        _epochTimer.Change(timeout, Timeout.InfiniteTimeSpan);
    }

    private void DisarmDeadline()
    {
        // Under the gate, so a timer firing as the run ends never interrupts the next run.
        lock (_epochGate) _deadlineArmed = false;
        _epochTimer.Change(Timeout.Infinite, Timeout.Infinite);
    }

    private void EndEpoch()
    {
        lock (_epochGate)
        {
            if (!_deadlineArmed) return;
            _deadlineArmed = false;
            _engine.IncrementEpoch();
        }
    }

    public void Dispose()
    {
        _epochTimer.Dispose();
        _thread.Run(() => { _engine.Dispose(); return 0; });
        _thread.Dispose();
    }

    /// <summary>One invocation on one store: link, instantiate, setup, call, decode.</summary>
    private sealed class Execution(nint context, HostSession session, HostImports imports, InvocationRequest request)
    {
        private Instance _instance;

        public InvocationResult Run(NativeModule module)
        {
            nint error, trap = 0;
            try
            {
                var externs = imports.ImportsFor(context, module);
                fixed (Extern* ex = externs) fixed (Instance* inst = &_instance)
                    error = wasmtime_instance_new(context, module.Handle, ex, (nuint)externs.Length, inst, &trap);
            }
            catch (NativeException e) { return Outcome(InvocationStatus.LinkError, e.Message); }
            if (error != 0 || trap != 0)
            {
                // A trap in the start function is a trap; anything else is the engine refusing the link.
                if (trap != 0 || imports.HostStop is not null || imports.HarnessFault is not null) return Stopped(error, trap);
                return Outcome(InvocationStatus.LinkError, NativeError.TakeMessage(error));
            }

            if (Export(request.Export) is not { } entry)
                return Outcome(InvocationStatus.LinkError, $"export \"{request.Export}\" is missing or not a function");
            var channel = (New: Export("clysm:string-new"), SetByte: Export("clysm:string-set-byte"));
            if (channel is { New: { } n, SetByte: { } sb }) imports.UseChannel(n, sb);

            foreach (var name in request.Setup)
            {
                if (Export(name) is not { } setup) return Outcome(InvocationStatus.LinkError, $"missing export: \"{name}\" (setup)");
                if (Call(setup, [], out _) is { } stop) return stop;
            }

            var args = new List<Val>();
            if (request.Argument is { } argument)
            {
                if (channel.New is null || channel.SetByte is null)
                    return Outcome(InvocationStatus.LinkError, "the module takes no string argument: it exports no string channel (clysm:string-new)");
                try { args.Add(Val.FromRef(Val.AnyRef, imports.NewStringThroughChannel(context, Encoding.UTF8.GetBytes(argument)))); }
                catch (HostErrorException e) { return Outcome(InvocationStatus.Trapped, e.Message); }
            }
            if (Call(entry, args.ToArray(), out var results) is { } stopped) return stopped;
            return Decode(results, wantBytes: request.Argument is not null);
        }

        private Func? Export(string name)
        {
            var bytes = Encoding.UTF8.GetBytes(name);
            Extern item;
            fixed (byte* p = bytes) fixed (Instance* inst = &_instance)
                if (wasmtime_instance_export_get(context, inst, p, (nuint)bytes.Length, &item) == 0) return null;
            return item.Kind == Extern.KindFunc ? item.Func : null;
        }

        /// <summary>Calls a function; null when it returned, else the outcome that stopped it.</summary>
        private InvocationResult? Call(Func f, Val[] args, out Val[] results)
        {
            var type = wasmtime_func_type(context, &f);
            var count = (int)wasm_functype_results(type)->Size;
            wasm_functype_delete(type);
            results = new Val[count];
            nint error, trap;
            fixed (Val* a = args) fixed (Val* r = results)
                error = wasmtime_func_call(context, &f, a, (nuint)args.Length, r, (nuint)count, &trap);
            if (error == 0 && trap == 0 && imports.HarnessFault is null) return null;
            return Stopped(error, trap);
        }

        /// <summary>What ended a run that did not return: our host, the deadline, the engine, the module.</summary>
        private InvocationResult Stopped(nint error, nint trap)
        {
            GcRef exception;
            var uncaught = wasmtime_context_take_exception(context, &exception);
            if (uncaught) wasmtime_exnref_unroot(&exception);
            var engineError = error != 0 ? NativeError.TakeMessage(error) : null;
            var details = trap != 0 ? NativeError.TakeTrap(trap) : null;

            if (imports.HarnessFault is { } fault)
                return Outcome(InvocationStatus.Crashed, "host error in the harness: " + fault);
            if (imports.OutputLimitStop || session.OutputLimitHit)
                return Outcome(InvocationStatus.OutputLimit, $"output limit of {request.OutputLimitBytes} bytes reached");
            if (details?.Code == TrapInterrupt)
                return Outcome(InvocationStatus.TimedOut, $"timed out after {request.Timeout.TotalSeconds:0.###} s");
            if (imports.HostStop is { } host)
                return Outcome(InvocationStatus.Trapped, host.Message, details?.Stack) with
                {
                    HostError = session.Condition is null ? session.LastError : null,
                };
            if (uncaught)
                return Outcome(InvocationStatus.Trapped, "uncaught WebAssembly exception (a Lisp throw or condition nobody caught)", details?.Stack);
            if (details is not null) return Outcome(InvocationStatus.Trapped, details.Message, details.Stack);
            return Outcome(InvocationStatus.Trapped, NativeError.TrimMessage(engineError ?? "the call failed"));
        }

        // ---- the value of the export (docs/stage-abi.md §1; the same decoding as on V8) --------

        private InvocationResult Decode(Val[] results, bool wantBytes)
        {
            if (results.Length == 0) return Returned(LispValue.None);
            var v = results[0];
            switch (v.Kind)
            {
                case Val.I32:
                    return Returned(v.I32Value switch
                    {
                        int.MinValue => LispValue.Nil,
                        int.MinValue + 1 => LispValue.NotFixnum,
                        var n => new LispValue(LispValueKind.Fixnum, n),
                    });
                case Val.I64:
                    return Returned(new LispValue(LispValueKind.Fixnum, v.I64Value));
                case Val.ExternRef:
                    return Returned(v.Ref.IsNull ? LispValue.Nil : imports.ExternValue(context, &v.Ref) switch
                    {
                        int n => new LispValue(LispValueKind.Fixnum, n),
                        string s => new LispValue(LispValueKind.String, Text: s),
                        _ => LispValue.Opaque,
                    });
                case Val.AnyRef:
                    return DecodeReference(v, wantBytes);
                default:
                    return Returned(LispValue.Opaque);
            }
        }

        private InvocationResult DecodeReference(Val v, bool wantBytes)
        {
            if (v.Ref.IsNull) return Returned(LispValue.Nil);
            int small;
            if (wasmtime_anyref_i31_get_s(context, &v.Ref, &small)) return Returned(new LispValue(LispValueKind.Fixnum, small));
            // Whether a reference is a string is the module's own answer (clysm:string-length ≥ 0), as on V8;
            // its bytes are then read directly.
            var stringLength = Export("clysm:string-length");
            if (stringLength is null) return Returned(LispValue.Opaque);
            if (wantBytes)
                return StringBytes(stringLength.Value, v, out var bytes, out var stop) ? Returned(LispValue.Opaque) with { ReturnedBytes = bytes } : stop!;
            if (Export("clysm:prin1") is { } prin1)
            {
                if (Call(prin1, [v], out var printed) is { } stopped) return stopped;
                if (!StringBytes(stringLength.Value, printed[0], out var text, out var stop)) return stop!;
                return Utf8(text, LispValueKind.Printed);
            }
            if (Call(stringLength.Value, [v], out var length) is { } failed) return failed;
            if (length.Length == 0 || length[0].I32Value < 0) return Returned(LispValue.Opaque);
            return StringBytes(stringLength.Value, v, out var raw, out var halt) ? Utf8(raw, LispValueKind.String) : halt!;
        }

        private InvocationResult Utf8(byte[] bytes, LispValueKind kind)
        {
            try { return Returned(new LispValue(kind, Text: new UTF8Encoding(false, true).GetString(bytes))); }
            catch (DecoderFallbackException) { return Outcome(InvocationStatus.Trapped, "the value's text is not valid UTF-8"); }
        }

        /// <summary>The bytes of a value the module calls a string; false (and the stop) when it is not one.</summary>
        private bool StringBytes(Func stringLength, Val v, out byte[] bytes, out InvocationResult? stop)
        {
            bytes = [];
            if (Call(stringLength, [v], out var length) is { } failed) { stop = failed; return false; }
            var read = length.Length > 0 && length[0].I32Value >= 0 ? GcBytes.Read(context, &v.Ref, checkElements: true, out var notString) : null;
            if (read is null)
            {
                stop = Outcome(InvocationStatus.Trapped, "string channel: value is not a string");
                return false;
            }
            (bytes, stop) = (read, null);
            return true;
        }

        private InvocationResult Returned(LispValue value) => session.OutputLimitHit
            ? Outcome(InvocationStatus.OutputLimit, $"output limit of {request.OutputLimitBytes} bytes reached") with { Value = value }
            : Outcome(InvocationStatus.Returned, null) with { Value = value };

        private InvocationResult Outcome(InvocationStatus status, string? message, string? stack = null) => new()
        {
            Status = status,
            Message = message,
            WasmStack = stack,
            Stdout = session.Stdout.Text,
            Stderr = session.Stderr.Text,
            Condition = session.Condition,
            ImportCalls = new Dictionary<string, int>(session.Calls),
        };
    }
}
