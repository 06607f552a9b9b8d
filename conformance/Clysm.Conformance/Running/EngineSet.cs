using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Running;

/// <summary>
/// The engines a run uses: one (<c>v8</c>, <c>wasmtime</c>) or <c>both</c>, which runs every case
/// module on each and compares them (<see cref="EngineComparison"/>). Chosen by the caller (the
/// command line's --engine), else $CLYSM_ENGINE, else <see cref="EngineFactory.DefaultName"/>.
/// </summary>
public sealed record EngineSet
{
    public const string Both = "both";

    /// <summary>Every value --engine and $CLYSM_ENGINE accept.</summary>
    public static IReadOnlyList<string> Choices { get; } = [.. EngineFactory.Names, Both];

    private EngineSet(IReadOnlyList<string> names) => Names = names;

    /// <summary>The engine names, the first one also running the Stage (a Stage module's compile_form).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>What was chosen: an engine name or "both".</summary>
    public string Choice => Names.Count == 1 ? Names[0] : Both;

    public bool Compares => Names.Count > 1;

    /// <exception cref="ArgumentException">a name that is neither an engine nor "both".</exception>
    public static EngineSet Parse(string? choice = null)
    {
        var env = Environment.GetEnvironmentVariable(EngineFactory.Variable);
        var chosen = (choice ?? (string.IsNullOrWhiteSpace(env) ? EngineFactory.DefaultName : env)).Trim().ToLowerInvariant();
        if (chosen == Both) return new EngineSet(EngineFactory.Names);
        if (!EngineFactory.Names.Contains(chosen))
            throw new ArgumentException($"unknown engine \"{chosen}\"{(choice is null ? $" (from ${EngineFactory.Variable})" : "")}: use {string.Join(", ", Choices)}");
        return new EngineSet([chosen]);
    }

    /// <summary>One engine (for tests that compare two engines of the same kind, or a fake).</summary>
    public static EngineSet Of(params string[] names) =>
        names.Length > 0 ? new EngineSet(names) : throw new ArgumentException("an engine set needs an engine");

    /// <summary>A new runner per engine, in <see cref="Names"/> order.</summary>
    public IReadOnlyList<Func<IWasmRunner>> Factories =>
        Names.Select(n => (Func<IWasmRunner>)(() => EngineFactory.CreateRunner(n))).ToList();
}
