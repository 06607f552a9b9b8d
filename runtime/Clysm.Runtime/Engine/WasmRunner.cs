using System.Diagnostics;
using System.Globalization;
using System.Text;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Host;
using Clysm.Runtime.Wasm;

namespace Clysm.Runtime.Engine;

/// <summary>What stages and the case runner invoke modules through (a fake in tests).</summary>
public interface IWasmRunner : IDisposable
{
    /// <summary>The engine's name and version, e.g. "v8 13.6.233.17-node.53 (Node 24.21.0)".</summary>
    string EngineVersion { get; }

    /// <summary>Runs one invocation. Never throws for anything the module does (invalid module, link
    /// error, trap, timeout, runaway output, engine crash): those are outcomes in the result.</summary>
    InvocationResult Invoke(InvocationRequest request);

    /// <summary>Null when the module is well-formed and the engine accepts it, else why not.</summary>
    string? Validate(byte[] module);
}

/// <summary>
/// Runs invocations on one engine: the one place where a module is read and checked for its role
/// (<see cref="CheckedModule"/>), compiled (Stage and support modules once per runner, i.e. once per
/// engine worker), instantiated with its support module and string bridge, called, and where the
/// values and faults the engine reports become an <see cref="InvocationResult"/> (docs/stage-abi.md).
/// Not thread-safe: one runner per worker thread.
/// </summary>
internal sealed class WasmRunner : IWasmRunner
{
    private const int ReusedModules = 8;

    private readonly HostFunctions _host;
    private readonly HostContract _contract;
    // Stage and support modules come back for every case, as the same array: read, checked and
    // compiled once. Case modules are new every time and are dropped after their invocation.
    private readonly LinkedList<Prepared> _reused = new();

    public WasmRunner(IWasmEngine engine, HostFunctions? host = null, HostContract? contract = null)
    {
        Engine = engine;
        _host = host ?? HostFunctions.Default;
        _contract = contract ?? HostContract.Default;
    }

    public IWasmEngine Engine { get; }
    public string EngineVersion => $"{Engine.Name} {Engine.Version}";

    /// <summary>Modules this runner has asked its engine to compile (a reused Stage module counts once).</summary>
    public int Compiles { get; private set; }

    public string? Validate(byte[] module)
    {
        try
        {
            Compile(CheckedModule.Load(module, ModuleRole.Case, _host, _contract)).Dispose();
            return null;
        }
        catch (WasmLoadException e) { return e.Message; }
        catch (WasmFault f) { return f.Message; }
    }

    public InvocationResult Invoke(InvocationRequest request)
    {
        var clock = Stopwatch.StartNew();
        var called = new List<string>();
        HostContext? host = null;
        InvocationResult Done(InvocationResult r) => r with
        {
            Duration = clock.Elapsed, Engine = EngineVersion, ExportsCalled = called,
            ImportCalls = host is null ? r.ImportCalls : new Dictionary<string, int>(host.Calls),
        };

        Prepared? support = null, main = null;
        try
        {
            // 1. Read, check, compile. The engine's validation message comes first: it is the
            //    most precise account of an invalid module; contract violations come after it.
            if (request.Support is { } supportBytes)
                support = Prepare(supportBytes, ModuleRole.Support, null, "support module: ");
            main = Prepare(request.Module, request.Role, support, "");
            var problems = Problems(main, support, request);
            if (problems.Count > 0)
                return Done(Failed(InvocationStatus.LinkError, string.Join("; ", problems)));

            // 2. Run in a fresh store.
            using var session = new HostSession(request);
            host = new HostContext(session);
            return Done(Run(request, main, support, host, called));
        }
        catch (PreparationFailure p)
        {
            return Done(Failed(p.Status, p.Message));
        }
        finally
        {
            if (main is { Reused: false })
            {
                main.Compiled?.Dispose();
                main.Bridge?.Compiled?.Dispose();
            }
        }
    }

    private InvocationResult Run(InvocationRequest request, Prepared main, Prepared? support, HostContext host, List<string> called)
    {
        var session = host.Session;
        IWasmStore? store = null;
        try
        {
            store = Engine.CreateStore(host, new StoreLimits(request.Timeout));
            var bridges = new Dictionary<CheckedModule, IWasmInstance>(ReferenceEqualityComparer.Instance);

            IWasmInstance? supportInstance = null;
            IWasmInstance? supportStrings = null;
            if (support is not null)
            {
                supportStrings = support.Checked.HasStringChannel || support.Checked.StringType is null ? null : Bridge(store, support, bridges);
                supportInstance = store.Instantiate(support.Compiled!, new InstanceLinks
                {
                    StringsFromSelf = support.Checked.HasStringChannel, Strings = supportStrings,
                });
                if (support.Checked.HasStringChannel) supportStrings = supportInstance;
            }

            // Strings: the module's own channel, else its support module's, else a bridge over its
            // own string type, else over the support module's.
            var m = main.Checked;
            IWasmInstance? strings = m.HasStringChannel ? null
                : support is { Checked.HasStringChannel: true } ? supportInstance
                : m.StringType is not null ? Bridge(store, main, bridges)
                : supportStrings;
            var instance = store.Instantiate(main.Compiled!, new InstanceLinks
            {
                Support = supportInstance, StringsFromSelf = m.HasStringChannel, Strings = strings,
            });
            strings ??= m.HasStringChannel ? instance : null;

            foreach (var name in request.Setup)
            {
                called.Add(name);
                store.Call(instance, name, []);
            }
            var args = new List<WasmValue>();
            if (request.Argument is { } text)
                args.Add(store.NewString(strings ?? throw new WasmFault(WasmFaultKind.Link,
                    $"the module takes no string argument: it exports no string channel and defines no string type (array (mut i8))"),
                    Encoding.UTF8.GetBytes(text)));
            called.Add(request.Export);
            var results = store.Call(instance, request.Export, args);

            var printer = m.Exports("clysm:prin1") ? (instance, strings)
                : support is not null && support.Checked.Exports("clysm:prin1") ? (supportInstance!, supportStrings)
                : ((IWasmInstance?)null, (IWasmInstance?)null);
            var (value, bytes) = results.Count == 0 ? (LispValue.None, null)
                : Decode(store, results[0], request.ReturnsBytes, strings, printer, called);
            var result = Result(host, session.OutputLimitHit ? InvocationStatus.OutputLimit : InvocationStatus.Returned,
                session.OutputLimitHit ? OutputLimitMessage(session, request) : null);
            return result with { Value = value, ReturnedBytes = bytes };
        }
        catch (WasmFault f)
        {
            return f.Kind switch
            {
                WasmFaultKind.Invalid => Result(host, InvocationStatus.InvalidModule, f.Message),
                WasmFaultKind.Link => Result(host, InvocationStatus.LinkError, f.Message),
                WasmFaultKind.Timeout => Result(host, InvocationStatus.TimedOut,
                    $"timed out after {request.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s"),
                WasmFaultKind.Crash => Result(host, InvocationStatus.Crashed, f.Message),
                _ when session.OutputLimitHit => Result(host, InvocationStatus.OutputLimit, OutputLimitMessage(session, request)),
                _ => Result(host, InvocationStatus.Trapped, f.Message) with
                {
                    WasmStack = f.WasmStack,
                    HostError = f.FromHost && session.Condition is null ? session.LastError : null,
                },
            };
        }
        finally
        {
            store?.Dispose();
        }
    }

    // The session knows which cap was reached (stdout/stderr or the file write cap); the request's
    // output limit is the fallback for a cap reported by the engine alone.
    private static string OutputLimitMessage(HostSession session, InvocationRequest r) =>
        session.LimitReached ?? $"output limit of {r.OutputLimitBytes} bytes reached";

    /// <summary>The value of the export's first result, decoded under docs/stage-abi.md §1 (or read as
    /// bytes for a Stage's compile_form).</summary>
    private static (LispValue, byte[]?) Decode(IWasmStore store, WasmValue v, bool wantBytes, IWasmInstance? strings,
        (IWasmInstance? Instance, IWasmInstance? Strings) printer, List<string> called)
    {
        switch (v.Kind)
        {
            case WasmValueKind.I32:
                return (v.AsI32 switch
                {
                    int.MinValue => LispValue.Nil,
                    int.MinValue + 1 => LispValue.NotFixnum,
                    var n => new LispValue(LispValueKind.Fixnum, n),
                }, null);
            case WasmValueKind.I64 or WasmValueKind.I31:
                return (new LispValue(LispValueKind.Fixnum, v.Bits), null);
            case WasmValueKind.F32 or WasmValueKind.F64:
                return (LispValue.Described("the " + v), null);
            case WasmValueKind.Null:
                return (LispValue.Nil, null);
            case WasmValueKind.HostString:
                return (new LispValue(LispValueKind.String, Text: v.Text), null);
        }
        if (wantBytes)
        {
            var bytes = strings is null ? null : store.ReadString(strings, v);
            return bytes is null
                ? (LispValue.Described("a reference that is not a byte array " + (strings is null ? "(the module has no string type)" : "of the module's string type")), null)
                : (LispValue.Described("a byte array"), bytes);
        }
        if (printer is ({ } p, { } ps))
        {
            called.Add("clysm:prin1");
            var printed = store.Call(p, "clysm:prin1", [v]);
            var text = printed.Count == 1 && printed[0].Kind == WasmValueKind.Ref ? store.ReadString(ps, printed[0]) : null;
            return text is null
                ? throw new WasmFault(WasmFaultKind.Trap, "clysm:prin1 returned a value that is not a string")
                : (new LispValue(LispValueKind.Printed, Text: Utf8(text, "clysm:prin1")), null);
        }
        if (strings is not null && store.ReadString(strings, v) is { } s)
            return (new LispValue(LispValueKind.String, Text: Utf8(s, "the result")), null);
        return (LispValue.Opaque, null);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private static string Utf8(byte[] bytes, string what)
    {
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { throw new WasmFault(WasmFaultKind.Trap, $"{what} returned a string that is not valid UTF-8"); }
    }

    private static InvocationResult Failed(InvocationStatus status, string message) => new() { Status = status, Message = message };

    private static InvocationResult Result(HostContext? host, InvocationStatus status, string? message) => new()
    {
        Status = status,
        Message = message,
        Stdout = host?.Session.Stdout.Text ?? "",
        Stderr = host?.Session.Stderr.Text ?? "",
        Condition = host?.Session.Condition,
    };

    private List<string> Problems(Prepared main, Prepared? support, InvocationRequest request)
    {
        var problems = new List<string>();
        if (support is not null)
            problems.AddRange(support.Checked.Problems.Select(p => "support module: " + p));
        // A Stage or support module without a way to pass strings may still run what passes none
        // (a Stage's _start); a host call that needs one then traps naming it.
        var passesStrings = request.Role == ModuleRole.Case || request.Argument is not null || request.ReturnsBytes;
        problems.AddRange(passesStrings ? main.Checked.Problems
            : main.Checked.Problems.Where(p => !p.StartsWith("string channel missing:", StringComparison.Ordinal)));
        if (!main.Checked.Exports(request.Export) && !problems.Any(p => p.StartsWith($"missing export: {request.Export}:", StringComparison.Ordinal)))
            problems.Add($"missing export: {request.Export}: expected a function; the module exports "
                + (main.Checked.Module.Exports.Count == 0 ? "nothing" : string.Join(", ", main.Checked.Module.Exports.Select(e => e.Name))));
        problems.AddRange(request.Setup.Where(n => !main.Checked.Exports(n)).Select(n => $"missing export: \"{n}\" (setup)"));
        return problems;
    }

    // ---- reading, checking and compiling, with reuse --------------------------------------

    private sealed class Prepared(byte[] bytes, CheckedModule module, bool reused)
    {
        public byte[] Bytes { get; } = bytes;
        public CheckedModule Checked { get; } = module;
        public bool Reused { get; } = reused;
        public ICompiledModule? Compiled { get; set; }
        public Prepared? Bridge { get; set; }
    }

    private sealed class PreparationFailure(InvocationStatus status, string message) : Exception(message)
    {
        public InvocationStatus Status { get; } = status;
    }

    private Prepared Prepare(byte[] bytes, ModuleRole role, Prepared? support, string what)
    {
        // A case module with a support module is checked against it: never shared between cases.
        var reusable = role != ModuleRole.Case;
        if (reusable)
            for (var n = _reused.First; n is not null; n = n.Next)
                if (ReferenceEquals(n.Value.Bytes, bytes) && n.Value.Checked.Role == role)
                {
                    _reused.Remove(n);
                    _reused.AddFirst(n);
                    return n.Value;
                }

        CheckedModule checkedModule;
        try { checkedModule = CheckedModule.Load(bytes, role, _host, _contract, support?.Checked); }
        catch (WasmLoadException e) { throw new PreparationFailure(InvocationStatus.InvalidModule, what + e.Message); }
        var p = new Prepared(bytes, checkedModule, reusable);
        try { p.Compiled = Compile(checkedModule); }
        catch (WasmFault f) when (f.Kind == WasmFaultKind.Invalid) { throw new PreparationFailure(InvocationStatus.InvalidModule, what + f.Message); }
        catch (WasmFault f) { throw new PreparationFailure(InvocationStatus.Crashed, what + f.Message); }
        if (reusable)
        {
            _reused.AddFirst(p);
            while (_reused.Count > ReusedModules)
            {
                var last = _reused.Last!.Value;
                _reused.RemoveLast();
                last.Compiled?.Dispose();
                last.Bridge?.Compiled?.Dispose();
            }
        }
        return p;
    }

    private ICompiledModule Compile(CheckedModule module)
    {
        Compiles++;
        return Engine.Compile(module);
    }

    /// <summary>The bridge instance over a module's string type, one per store and module.</summary>
    private IWasmInstance Bridge(IWasmStore store, Prepared owner, Dictionary<CheckedModule, IWasmInstance> made)
    {
        var bridge = owner.Checked.StringBridge!;
        if (made.TryGetValue(bridge, out var existing)) return existing;
        if (owner.Bridge is null)
        {
            // Generated from a module the engine accepted, so a failure here is the suite's bug.
            try { owner.Bridge = new Prepared(bridge.Bytes, bridge, owner.Reused) { Compiled = Compile(bridge) }; }
            catch (WasmFault f) when (f.Kind == WasmFaultKind.Invalid) { throw new WasmFault(WasmFaultKind.Crash, "the suite's string bridge is invalid: " + f.Message); }
        }
        var instance = store.Instantiate(owner.Bridge.Compiled!, new InstanceLinks());
        made[bridge] = instance;
        return instance;
    }

    public void Dispose()
    {
        foreach (var p in _reused)
        {
            p.Compiled?.Dispose();
            p.Bridge?.Compiled?.Dispose();
        }
        _reused.Clear();
        Engine.Dispose();
    }
}
