using System.Reflection;
using Clysm.Runtime.Engine;
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
public sealed class EngineFixture : IDisposable
{
    private readonly Dictionary<string, WasmRunner> _runners = new();

    public byte[] HostPaths { get; } = Clysm.TestSupport.Wat.Fixture("host-paths.wat");

    public WasmRunner Runner(string engine)
    {
        lock (_runners)
        {
            if (!_runners.TryGetValue(engine, out var r)) _runners[engine] = r = WasmRunner.Create(engine);
            return r;
        }
    }

    public void Dispose()
    {
        foreach (var r in _runners.Values) r.Dispose();
    }
}
