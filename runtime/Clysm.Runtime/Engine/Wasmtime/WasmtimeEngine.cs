using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Wasm;
using Clysm.Runtime.Engine.V8;
using P = Clysm.Runtime.Engine.Wasmtime.WorkerProtocol;

namespace Clysm.Runtime.Engine.Wasmtime;

/// <summary>
/// Runs modules on Wasmtime (Cranelift) in a worker process that hosts the engine and the C# host
/// together, so host calls never cross a pipe; the parent sends one request per invocation and gets
/// the result. A native abort (a Wasmtime panic, a stack overflow of the process) kills only the
/// worker: the invocation is a crash with the engine's last words, and the next one starts a fresh
/// worker, hence a fresh engine. Timeouts are epochs inside the worker; the parent kills the worker
/// when even that does not stop it (a host call blocked). An instance is not thread-safe.
/// </summary>
public sealed class WasmtimeEngine : IWasmEngine
{
    /// <summary>Extra time the worker gets past a case's timeout before the parent kills it: the
    /// epoch deadline normally stops the case at the timeout itself.</summary>
    private static readonly TimeSpan Backstop = TimeSpan.FromSeconds(5);
    /// <summary>Cranelift compiles a 77 KB reference-stage module in 0.5-2 s on a busy machine;
    /// this bounds a compile that never ends.</summary>
    private static readonly TimeSpan CompileLimit = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    /// <summary>Compiled modules a worker keeps: the Stage module and the last few case modules.</summary>
    private const int ModulesKept = 4;

    private readonly WasmtimeSettings _settings;
    private WorkerProcess? _worker;
    // Modules compiled in the current worker, by content hash, most recently used last.
    private readonly List<(string Hash, uint Id)> _compiled = [];
    private uint _nextId;
    private (byte[] Bytes, string Export, WasmModule Module, ContractReport Contract, string Hash)? _lastCheck;

    public WasmtimeEngine() : this(new WasmtimeSettings().Check()) { }

    /// <summary>An engine whose worker runs with these settings, taken as given (tests break them on purpose).</summary>
    internal WasmtimeEngine(WasmtimeSettings settings) => _settings = settings;

    /// <summary>The version of the Wasmtime library (the pinned NuGet package).</summary>
    public static string LibraryVersion { get; } = typeof(WasmtimeEngine).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "WasmtimeVersion")?.Value ?? "unknown";

    public string Version => $"Wasmtime {LibraryVersion} (Cranelift)";

    /// <summary>Worker processes started so far (a restart after a crash or timeout counts).</summary>
    public int WorkerStarts { get; private set; }

    /// <summary>The worker's process id while one runs (tests kill it).</summary>
    internal int? WorkerPid => _worker is { Alive: true } w ? w.Pid : null;

    /// <summary>Time the last compile took inside the worker (0 when the module was already compiled there).</summary>
    public TimeSpan LastCompileTime { get; private set; }

    public string? Validate(byte[] module)
    {
        var worker = EnsureWorker();
        var answer = worker.Exchange(P.Validate, P.Validated, CompileLimit, module);
        if (answer is null) { var death = Death(worker); throw new EngineUnavailableException("Wasmtime worker: " + death); }
        using var doc = JsonDocument.Parse(answer);
        return doc.RootElement.TryGetProperty("error", out var e) ? e.GetString() : null;
    }

    public InvocationResult Invoke(InvocationRequest request)
    {
        var clock = Stopwatch.StartNew();
        InvocationResult Done(InvocationResult r) => r with { Duration = clock.Elapsed };
        InvocationResult Fail(InvocationStatus status, string? message) => Done(new InvocationResult { Status = status, Message = message });

        // 1. Our own reading of the module, and the host contract check.
        WasmModule module;
        ContractReport contract;
        string hash;
        if (_lastCheck is { } last && ReferenceEquals(last.Bytes, request.Module) && last.Export == request.Export)
            (module, contract, hash) = (last.Module, last.Contract, last.Hash);
        else
        {
            try { module = WasmModule.Parse(request.Module); }
            catch (WasmLoadException e) { return Fail(InvocationStatus.InvalidModule, e.Message); }
            contract = request.Export switch
            {
                "_start" => ContractChecker.Check(module, HostContract.Default),
                "compile_form" => ContractChecker.CheckStage(module, HostContract.Default),
                _ => ContractChecker.CheckExports(module, HostContract.Default, request.Export),
            };
            hash = Convert.ToHexString(SHA256.HashData(request.Module));
            _lastCheck = (request.Module, request.Export, module, contract, hash);
        }
        var violations = contract.Violations.Select(v => v.Message).ToList();
        violations.AddRange(request.Setup.Where(n => module.FindExport(n) is null).Select(n => $"missing export: \"{n}\" (setup)"));

        try
        {
            var worker = EnsureWorker();
            // 2. The engine's verdict first: an invalid module is invalid before it is a link error.
            if (violations.Count > 0)
            {
                var error = Validate(request.Module);
                return error is not null ? Fail(InvocationStatus.InvalidModule, error) : Fail(InvocationStatus.LinkError, string.Join("; ", violations));
            }

            // 3. Compile once per worker (the engine's disk cache makes a repeat compile ~10 ms).
            if (Compiled(hash) is not { } id)
            {
                id = ++_nextId;
                var sw = Stopwatch.StartNew();
                var answer = worker.Exchange(P.Compile, P.Compiled, CompileLimit, P.U32(id), request.Module);
                LastCompileTime = sw.Elapsed;
                if (answer is null)
                    return Fail(InvocationStatus.Crashed, worker.TimedOut ? $"compilation did not finish in {CompileLimit.TotalMinutes:0} minutes" : Death(worker));
                using var doc = JsonDocument.Parse(answer);
                if (doc.RootElement.TryGetProperty("error", out var e)) return Fail(InvocationStatus.InvalidModule, e.GetString());
                Remember(worker, hash, id);
            }
            else LastCompileTime = TimeSpan.Zero;

            // 4. Run: the epoch deadline stops the case at its timeout; the watchdog is the backstop.
            var run = worker.Exchange(P.Run, P.Done, request.Timeout + Backstop, P.EncodeRun(id, request, contract.Bindings));
            if (run is null)
                return worker.TimedOut
                    ? Fail(InvocationStatus.TimedOut, $"timed out after {request.Timeout.TotalSeconds:0.###} s (the worker did not stop at its deadline and was killed)")
                    : Fail(InvocationStatus.Crashed, Death(worker));
            var result = P.DecodeResult(run);
            if (result.Status == InvocationStatus.Crashed) KillWorker();     // our own harness failed in there
            return Done(result);
        }
        catch (ProtocolException e)
        {
            KillWorker();
            return Fail(InvocationStatus.Crashed, e.Message);
        }
    }

    private uint? Compiled(string hash)
    {
        var i = _compiled.FindIndex(c => c.Hash == hash);
        if (i < 0) return null;
        var entry = _compiled[i];
        _compiled.RemoveAt(i);
        _compiled.Add(entry);
        return entry.Id;
    }

    private void Remember(WorkerProcess worker, string hash, uint id)
    {
        _compiled.Add((hash, id));
        while (_compiled.Count > ModulesKept)
        {
            worker.Send(P.Forget, P.U32(_compiled[0].Id));
            _compiled.RemoveAt(0);
        }
    }

    private WorkerProcess EnsureWorker()
    {
        if (_worker is { Alive: true } w) return w;
        KillWorker();
        _worker = new WorkerProcess(_settings, StartLimit);
        WorkerStarts++;
        return _worker;
    }

    /// <summary>The worker's death message; the worker is dropped, so the next invocation gets a fresh one.</summary>
    private string Death(WorkerProcess worker)
    {
        worker.Kill();
        var message = worker.DeathMessage();
        KillWorker();
        return message;
    }

    private void KillWorker()
    {
        _worker?.Dispose();
        _worker = null;
        _compiled.Clear();
    }

    public void Dispose() => KillWorker();
}
