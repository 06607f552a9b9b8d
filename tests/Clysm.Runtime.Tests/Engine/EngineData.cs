using System.Reflection;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Engine.V8;
using Clysm.Runtime.Engine.Wasmtime;
using Xunit.Sdk;

namespace Clysm.Runtime.Tests.Engine;

/// <summary>
/// Runs a theory once on every engine that can be created on this machine (EngineFactory.Names),
/// with the engine's name as the first argument and the attribute's values after it; repeat the
/// attribute for more rows. An engine added to the factory is tested by every such theory at once;
/// no engine at all is no data, which fails the theory rather than passing it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class EngineDataAttribute(params object?[] row) : DataAttribute
{
    private static readonly Lazy<IReadOnlyList<string>> Available = new(() =>
        EngineFactory.Probe().Where(e => e.Unavailable is null).Select(e => e.Name).ToList());

    public static IReadOnlyList<string> Engines => Available.Value;

    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) =>
        Available.Value.Select(engine => (object?[])[engine, .. row]);
}

/// <summary>One reused runner per engine for a whole test class (also proves reuse after traps and kills).</summary>
public sealed class EngineRunnerFixture : IDisposable
{
    private readonly Dictionary<string, IWasmRunner> _runners = new();

    public byte[] HostPaths { get; } = Clysm.TestSupport.WasmAs.Fixture("host-paths.wat");

    public IWasmRunner Runner(string engine)
    {
        lock (_runners)
        {
            if (!_runners.TryGetValue(engine, out var r)) _runners[engine] = r = EngineFactory.CreateRunner(engine);
            return r;
        }
    }

    /// <summary>Modules the runner has compiled so far: in this process (a <see cref="WasmRunner"/>), or in its
    /// worker processes (Wasmtime's runner, whose worker hosts the WasmRunner).</summary>
    public static int Compiles(IWasmRunner runner) => runner switch
    {
        WasmRunner w => w.Compiles,
        WasmtimeWorkerRunner t => t.Compiles,
        _ => throw new ArgumentException($"no compile count for {runner.GetType().Name}"),
    };

    /// <summary>The engine's host reads and builds GC strings through the engine's API, not through
    /// the module's string channel (Wasmtime's C API can see GC arrays; V8's bridge cannot).</summary>
    public static bool ReadsGcStringsItself(string engine) => engine == "wasmtime";

    /// <summary>Worker processes the runner's engine has started (both engines run in workers).</summary>
    public static int? WorkerStarts(IWasmRunner runner) => runner switch
    {
        WasmRunner { Engine: V8Engine v8 } => v8.WorkerStarts,
        WasmtimeWorkerRunner t => t.WorkerStarts,
        _ => null,
    };

    public void Dispose()
    {
        foreach (var r in _runners.Values) r.Dispose();
    }
}
