using Clysm.Runtime.Engine.V8;
using Clysm.Runtime.Engine.Wasmtime;

namespace Clysm.Runtime.Engine;

/// <summary>
/// Creates engines by name: the one place that knows which engines exist. The name comes from the
/// caller (a command-line option), else $CLYSM_ENGINE, else <see cref="DefaultName"/>.
/// </summary>
public static class EngineFactory
{
    public const string Variable = "CLYSM_ENGINE";
    public const string DefaultName = "v8";

    /// <summary>Every engine name the suite knows, whether or not it is built in.</summary>
    public static IReadOnlyList<string> Names { get; } = ["v8", "wasmtime"];

    // One line per engine built into the runtime.
    private static readonly Dictionary<string, Func<IWasmEngine>> Engines = new(StringComparer.Ordinal)
    {
        ["v8"] = () => new V8Engine(),
        // In this process: the suite runs it through WasmtimeWorkerRunner (below), never in the
        // process that runs the corpus, because a native abort would end that process.
        ["wasmtime"] = () => new WasmtimeEngine(),
    };

    // Engines whose invocations run whole in a worker process of their own (engine, C# host and a
    // WasmRunner together, so host calls stay in that process); the others run under a WasmRunner here.
    private static readonly Dictionary<string, Func<IWasmRunner>> WorkerRunners = new(StringComparer.Ordinal)
    {
        ["wasmtime"] = () => new WasmtimeWorkerRunner(),
    };

    /// <summary>The engine name to use: <paramref name="name"/>, else $CLYSM_ENGINE, else v8.</summary>
    /// <exception cref="ArgumentException">an unknown name.</exception>
    public static string Resolve(string? name = null)
    {
        var env = Environment.GetEnvironmentVariable(Variable);
        var chosen = (name ?? (string.IsNullOrWhiteSpace(env) ? DefaultName : env)).Trim().ToLowerInvariant();
        return Names.Contains(chosen) ? chosen
            : throw new ArgumentException($"unknown engine \"{chosen}\"{(name is null ? $" (from ${Variable})" : "")}: use {string.Join(" or ", Names)}");
    }

    /// <summary>A new engine of that name (default: <see cref="Resolve"/>).</summary>
    /// <exception cref="ArgumentException">an unknown name.</exception>
    /// <exception cref="EngineUnavailableException">the engine is not built in, or what it needs is missing.</exception>
    internal static IWasmEngine Create(string? name = null)
    {
        var resolved = Resolve(name);
        return Engines.TryGetValue(resolved, out var create) ? create()
            : throw new EngineUnavailableException($"engine {resolved} is not built into this suite (built in: {string.Join(", ", Engines.Keys)})");
    }

    /// <summary>What runs invocations on the engine named (default: <see cref="Resolve"/>): its worker-process
    /// runner, or a <see cref="WasmRunner"/> over the engine in this process.</summary>
    /// <exception cref="ArgumentException">an unknown name.</exception>
    /// <exception cref="EngineUnavailableException">the engine is not built in, or what it needs is missing.</exception>
    public static IWasmRunner CreateRunner(string? name = null)
    {
        var resolved = Resolve(name);
        return WorkerRunners.TryGetValue(resolved, out var create) ? create() : new WasmRunner(Create(resolved));
    }

    /// <summary>The engines that can be run on this machine, each with null, or the reason why not.</summary>
    public static IReadOnlyList<(string Name, string? Unavailable)> Probe() => Names.Select(n =>
    {
        try { CreateRunner(n).Dispose(); return (n, (string?)null); }
        catch (EngineUnavailableException e) { return (n, e.Message); }
    }).ToList();
}
