using Clysm.Reference;
using Clysm.Runtime;
using Clysm.Runtime.Engine;
using Xunit;

namespace Clysm.Reference.Tests;

/// <summary>One engine ($CLYSM_ENGINE, default v8) shared by the tests of this assembly (it reuses its worker).</summary>
public sealed class EngineFixture : IDisposable
{
    private readonly object _gate = new();
    private IWasmRunner? _engine;
    public string? Unavailable { get; }

    public EngineFixture()
    {
        try { _engine = EngineFactory.CreateRunner(); }
        catch (Exception e) { Unavailable = e.Message; _engine?.Dispose(); _engine = null; }
    }

    public InvocationResult Run(byte[] module, string stdin = "", string? sandbox = null)
    {
        Skip.If(_engine == null, "V8 engine unavailable: " + Unavailable);
        lock (_gate) return _engine!.Invoke(new InvocationRequest { Module = module, Stdin = stdin, SandboxRoot = sandbox });
    }

    public InvocationResult Run(InvocationRequest request)
    {
        Skip.If(_engine == null, "V8 engine unavailable: " + Unavailable);
        lock (_gate) return _engine!.Invoke(request);
    }

    public string? Validate(byte[] module)
    {
        Skip.If(_engine == null, "V8 engine unavailable: " + Unavailable);
        lock (_gate) return _engine!.Validate(module);
    }

    public void Dispose() => _engine?.Dispose();
}

[CollectionDefinition("engine")]
public sealed class EngineCollection : ICollectionFixture<EngineFixture> { }

public static class Lisp
{
    /// <summary>Compile source; fail the test with the compiler's message unless it succeeded.</summary>
    public static byte[] Compile(string source)
    {
        var r = ReferenceCompiler.Compile(source, "test.lisp");
        Assert.True(r.ExitCode == ExitCode.EXIT_SUCCESS, $"compile failed ({r.ExitCode}, {r.Phase}): {r.Message}\nsource: {source}");
        return r.Module!;
    }
}
