using Clysm.Runtime.Engine;
using Xunit;

namespace Clysm.Reference.Tests;

[Collection("engine")]
public sealed class SmokeTests(EngineFixture engine)
{
    [SkippableFact]
    public void Fixnum_addition_prints()
    {
        var r = engine.Run(Lisp.Compile("(+ 1 2)"));
        Assert.True(r.Status == InvocationStatus.Returned, r.Message);
        Assert.Equal("3", r.Value.Printed);
    }
}
