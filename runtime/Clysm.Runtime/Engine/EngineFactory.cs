using Clysm.Runtime.Engine.V8;

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

    // One line per engine built into the runtime (the wasmtime branch adds its own).
    private static readonly Dictionary<string, Func<IWasmEngine>> Engines = new(StringComparer.Ordinal)
    {
        ["v8"] = () => new V8Engine(),
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
    public static IWasmEngine Create(string? name = null)
    {
        var resolved = Resolve(name);
        return Engines.TryGetValue(resolved, out var create) ? create()
            : throw new EngineUnavailableException($"engine {resolved} is not built into this suite (built in: {string.Join(", ", Engines.Keys)})");
    }

    /// <summary>The engines that can be created on this machine, each with null, or the reason why not.</summary>
    public static IReadOnlyList<(string Name, string? Unavailable)> Probe() => Names.Select(n =>
    {
        try { Create(n).Dispose(); return (n, (string?)null); }
        catch (EngineUnavailableException e) { return (n, e.Message); }
    }).ToList();
}
