using Clysm.Runtime.Engine;
using Clysm.Runtime.Engine.Wasmtime;
using Clysm.TestSupport;
using Xunit;

namespace Clysm.Runtime.Tests.Engine.Wasmtime;

/// <summary>The Wasmtime engine through its worker process: crash isolation, parent death, reuse.</summary>
public sealed class WorkerTests : IDisposable
{
    private readonly WasmtimeEngine _engine = new();

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void Smoke()
    {
        var r = _engine.Invoke(new InvocationRequest { Module = Wat.Assemble("""(module (func (export "_start") (result i32) (i32.const 42)))""") });
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 42), r.Value);
    }
}
