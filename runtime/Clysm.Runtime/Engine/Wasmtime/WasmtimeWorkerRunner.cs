using System.Diagnostics;
using System.Text.Json;
using Clysm.Runtime.Contract;
using P = Clysm.Runtime.Engine.Wasmtime.WorkerProtocol;

namespace Clysm.Runtime.Engine.Wasmtime;

/// <summary>
/// Runs invocations on Wasmtime in a worker process (runtime/Clysm.Runtime.Worker) that hosts the
/// engine, the C# host and a <see cref="WasmRunner"/> together, so host calls never cross a pipe: the
/// parent sends the modules (once each: a Stage or support module is compiled once per worker) and one
/// request per invocation, and gets the result. A native abort (a Wasmtime panic, a stack overflow of
/// the process) kills only the worker: the invocation is a crash with the engine's last words, and the
/// next one starts a fresh worker, hence a fresh engine. Timeouts are epochs inside the worker; the
/// parent kills the worker when even that does not stop it (a host call blocked). Not thread-safe.
/// </summary>
internal sealed class WasmtimeWorkerRunner : IWasmRunner
{
    /// <summary>Extra time a worker gets past a case's timeout before the parent kills it: the epoch
    /// deadline normally stops the case at the timeout itself.</summary>
    private static readonly TimeSpan Backstop = TimeSpan.FromSeconds(5);
    /// <summary>Cranelift compiles a 77 KB reference-stage module in 0.5-2 s (more on a loaded machine);
    /// this bounds a compile that never ends.</summary>
    private static readonly TimeSpan CompileLimit = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    /// <summary>Modules a worker keeps besides the one running: Stage and support modules, recent cases.</summary>
    private const int ModulesKept = 8;

    private readonly WasmtimeSettings _settings;
    private WorkerProcess? _worker;
    // Modules the current worker holds, by the identity of their bytes (as WasmRunner reuses them:
    // a copy is another module), most recently used last.
    private readonly List<(byte[] Bytes, uint Id)> _held = [];
    private uint _nextId;
    private int _compilesBefore;          // compiles of workers that have died

    public WasmtimeWorkerRunner() : this(new WasmtimeSettings().Check()) { }

    /// <summary>A runner whose workers run with these settings, taken as given (tests break them on purpose).</summary>
    internal WasmtimeWorkerRunner(WasmtimeSettings settings)
    {
        _settings = settings;
        if (!File.Exists(WorkerProcess.WorkerPath))
            throw new EngineUnavailableException($"the Wasmtime worker {WorkerProcess.WorkerPath} is missing: build runtime/Clysm.Runtime.Worker (projects that run engines reference it)");
    }

    public string EngineVersion => $"wasmtime {WasmtimeEngine.LibraryVersion} (Cranelift)";

    /// <summary>Worker processes started so far (a restart after a crash or timeout counts).</summary>
    public int WorkerStarts { get; private set; }

    /// <summary>Modules the workers' runners have compiled (a reused Stage module counts once per worker).</summary>
    public int Compiles { get; private set; }

    /// <summary>The worker's process id while one runs (tests kill it).</summary>
    internal int? WorkerPid => _worker is { Alive: true } w ? w.Pid : null;

    /// <summary>Time the last invocation's modules took to reach the worker and compile there (zero when held already).</summary>
    public TimeSpan LastCompileTime { get; private set; }

    /// <summary>Time the last invocation took inside the worker (its runner's own account).</summary>
    public TimeSpan LastRunTime { get; private set; }

    public string? Validate(byte[] module)
    {
        WorkerProcess worker;
        try { worker = EnsureWorker(); }
        catch (EngineUnavailableException unavailable) { return unavailable.Message; }
        byte[]? answer;
        try { answer = worker.Exchange(P.Validate, P.Validated, CompileLimit, module); }
        catch (ProtocolException broken) { KillWorker(); return broken.Message; }
        if (answer is null) return "the engine failed while validating the module: " + DeathOrTimeout(worker);
        using var doc = JsonDocument.Parse(answer);
        return doc.RootElement.TryGetProperty("error", out var e) ? e.GetString() : null;
    }

    public InvocationResult Invoke(InvocationRequest request)
    {
        var clock = Stopwatch.StartNew();
        InvocationResult Failed(InvocationStatus status, string message) =>
            new() { Status = status, Message = message, Engine = EngineVersion, Duration = clock.Elapsed };
        WorkerProcess worker;
        try { worker = EnsureWorker(); }
        catch (EngineUnavailableException e) { return Failed(InvocationStatus.Crashed, e.Message); }
        try
        {
            // 1. The modules, each sent once per worker and compiled there at once.
            LastCompileTime = TimeSpan.Zero;
            if (Hold(worker, request.Module) is not { } id) return Failed(InvocationStatus.Crashed, DeathOrTimeout(worker));
            uint? support = null;
            if (request.Support is { } s && (support = Hold(worker, s)) is null) return Failed(InvocationStatus.Crashed, DeathOrTimeout(worker));

            // 2. The run: the epoch deadline stops the case at its timeout; the watchdog is the backstop.
            var answer = worker.Exchange(P.Run, P.Done, request.Timeout + Backstop, P.EncodeRun(id, support, request));
            if (answer is null)
                return worker.TimedOut
                    ? Failed(InvocationStatus.TimedOut, $"timed out after {request.Timeout.TotalSeconds:0.###} s (the worker did not stop at its deadline and was killed)")
                    : Failed(InvocationStatus.Crashed, Death(worker));
            var (result, compiles) = P.DecodeResult(answer);
            LastRunTime = result.Duration;
            Compiles = _compilesBefore + compiles;
            if (request.Role == ModuleRole.Case) Drop(worker, request.Module);        // a case module does not come back
            if (result.Status == InvocationStatus.Crashed) KillWorker();            // the harness failed in there: start clean
            return result with { Duration = clock.Elapsed };
        }
        catch (ProtocolException e)
        {
            KillWorker();
            return Failed(InvocationStatus.Crashed, e.Message);
        }
    }

    /// <summary>The id of the module in the worker, sending it first when the worker does not hold it;
    /// null when the worker died or did not finish compiling it in time.</summary>
    private uint? Hold(WorkerProcess worker, byte[] bytes)
    {
        var i = _held.FindIndex(h => ReferenceEquals(h.Bytes, bytes));
        if (i >= 0)
        {
            var held = _held[i];
            _held.RemoveAt(i);
            _held.Add(held);
            return held.Id;
        }
        var id = ++_nextId;
        var clock = Stopwatch.StartNew();
        var answer = worker.Exchange(P.Module, P.ModuleReady, CompileLimit, P.U32(id), bytes);
        LastCompileTime += clock.Elapsed;
        if (answer is null) return null;
        _held.Add((bytes, id));
        while (_held.Count > ModulesKept)
        {
            worker.Send(P.Forget, P.U32(_held[0].Id));
            _held.RemoveAt(0);
        }
        return id;
    }

    private void Drop(WorkerProcess worker, byte[] bytes)
    {
        var i = _held.FindIndex(h => ReferenceEquals(h.Bytes, bytes));
        if (i < 0) return;
        worker.Send(P.Forget, P.U32(_held[i].Id));
        _held.RemoveAt(i);
    }

    private WorkerProcess EnsureWorker()
    {
        if (_worker is { Alive: true } w) return w;
        KillWorker();
        _worker = new WorkerProcess(_settings, StartLimit);
        WorkerStarts++;
        return _worker;
    }

    private string DeathOrTimeout(WorkerProcess worker) =>
        worker.TimedOut ? $"the module did not compile in {CompileLimit.TotalMinutes:0} minutes" : Death(worker);

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
        _held.Clear();
        _compilesBefore = Compiles;
    }

    public void Dispose() => KillWorker();
}
