using System.Reflection;
using Clysm.Runtime.Engine.Wasmtime.Native;

namespace Clysm.Runtime.Engine.Wasmtime;

/// <summary>
/// Wasmtime (Cranelift) in this process, over the project's own interop with libwasmtime's C API
/// (<see cref="Native"/>). Every native call runs on one <see cref="WasmThread"/> whose stack is larger
/// than the wasm stack. Each store gets the memory limits and an epoch deadline; host imports are
/// served in this process, GC strings read and built by the host through the C API.
/// A native abort here ends this process: the suite runs this engine inside a worker process
/// (<see cref="WasmtimeWorkerRunner"/>), never in the process that runs the corpus.
/// </summary>
internal sealed class WasmtimeEngine : IWasmEngine
{
    private readonly WasmThread _thread;
    private readonly Timer _epochTimer;
    private readonly object _epochGate = new();
    private WasmtimeStore? _deadlineOwner;
    // Modules compiled ahead of WasmRunner asking (the worker compiles when a module arrives, under
    // the parent's compile watchdog), by the identity of their bytes.
    private readonly Dictionary<byte[], (NativeModule? Module, string? Error)> _precompiled = new(ReferenceEqualityComparer.Instance);

    public WasmtimeEngine() : this(new WasmtimeSettings().Check()) { }

    /// <summary>An engine with these settings, taken as given (tests break them on purpose).</summary>
    internal WasmtimeEngine(WasmtimeSettings settings)
    {
        Settings = settings;
        _thread = new WasmThread(settings.ThreadStackBytes);
        try { Native = _thread.Run(() => new NativeEngine(settings)); }
        catch (NativeException e) { _thread.Dispose(); throw new EngineUnavailableException("Wasmtime: " + e.Message); }
        catch (DllNotFoundException e) { _thread.Dispose(); throw new EngineUnavailableException("Wasmtime: the native library is missing: " + e.Message); }
        _epochTimer = new Timer(_ => EndEpoch(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>The version of the Wasmtime library (the pinned NuGet package).</summary>
    public static string LibraryVersion { get; } = typeof(WasmtimeEngine).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "WasmtimeVersion")?.Value ?? "unknown";

    public string Name => "wasmtime";
    public string Version => $"{LibraryVersion} (Cranelift)";

    internal WasmtimeSettings Settings { get; }
    internal NativeEngine Native { get; }

    /// <summary>Runs <paramref name="job"/> on the wasm thread (the worker runs its whole loop there).</summary>
    internal T OnWasmThread<T>(Func<T> job) => _thread.Run(job);

    /// <summary>Compiles now, so that <see cref="Compile"/> of a module with these very bytes finds it done.</summary>
    internal string? Precompile(byte[] wasm) => _thread.Run(() =>
    {
        if (_precompiled.Remove(wasm, out var old)) old.Module?.Dispose();
        var compiled = Native.Compile(wasm);
        _precompiled[wasm] = compiled;
        return compiled.Error;
    });

    /// <summary>Drops a precompiled module nobody asked for.</summary>
    internal void Forget(byte[] wasm) => _thread.Run(() =>
    {
        if (_precompiled.Remove(wasm, out var old)) old.Module?.Dispose();
        return 0;
    });

    public ICompiledModule Compile(CheckedModule module) => _thread.Run<ICompiledModule>(() =>
    {
        if (!_precompiled.Remove(module.Bytes, out var compiled)) compiled = Native.Compile(module.Bytes);
        return compiled.Module is { } m ? new WasmtimeModule(module, m)
            : throw new WasmFault(WasmFaultKind.Invalid, compiled.Error ?? "the engine rejected the module");
    });

    public IWasmStore CreateStore(HostContext host, StoreLimits limits) => _thread.Run<IWasmStore>(() =>
    {
        var store = new WasmtimeStore(this, host);
        ArmDeadline(store, limits.Timeout);
        return store;
    });

    // ---- the deadline: one epoch tick per store, ended by a timer -------------------------------

    private void ArmDeadline(WasmtimeStore store, TimeSpan timeout)
    {
        lock (_epochGate) _deadlineOwner = store;
        _epochTimer.Change(timeout, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Called when a store ends: a timer firing later never interrupts the next store.</summary>
    internal void Disarm(WasmtimeStore store)
    {
        lock (_epochGate)
        {
            if (_deadlineOwner != store) return;
            _deadlineOwner = null;
        }
        _epochTimer.Change(Timeout.Infinite, Timeout.Infinite);
    }

    private void EndEpoch()
    {
        lock (_epochGate)
        {
            if (_deadlineOwner is null) return;
            _deadlineOwner = null;
            Native.IncrementEpoch();
        }
    }

    internal T Run<T>(Func<T> job) => _thread.Run(job);

    public void Dispose()
    {
        _epochTimer.Dispose();
        _thread.Run(() =>
        {
            foreach (var (_, c) in _precompiled) c.Module?.Dispose();
            _precompiled.Clear();
            Native.Dispose();
            return 0;
        });
        _thread.Dispose();
    }
}

/// <summary>A compiled module of <see cref="WasmtimeEngine"/>.</summary>
internal sealed class WasmtimeModule(CheckedModule module, NativeModule native) : ICompiledModule
{
    public CheckedModule Module { get; } = module;
    public NativeModule Native { get; } = native;
    public void Dispose() => Native.Dispose();
}
