using System.Collections.Concurrent;

namespace Clysm.Runtime.Engine;

/// <summary>
/// Reusable engines for parallel runs: each caller rents one for an invocation and returns
/// it, so worker processes are started once per parallel job, not once per case.
/// </summary>
public sealed class EnginePool(Func<IWasmEngine> create) : IDisposable
{
    private readonly ConcurrentBag<IWasmEngine> _idle = new();
    private readonly ConcurrentBag<IWasmEngine> _all = new();

    public T With<T>(Func<IWasmEngine, T> use)
    {
        if (!_idle.TryTake(out var engine)) { engine = create(); _all.Add(engine); }
        try { return use(engine); }
        finally { _idle.Add(engine); }
    }

    public void Dispose()
    {
        foreach (var e in _all) e.Dispose();
    }
}
