using Clysm.Runtime.Engine;
using Clysm.Runtime.Host;
using Clysm.TestSupport;
using Xunit;

namespace Clysm.Runtime.Tests.Engine;

/// <summary>
/// clysm:math on every engine, end to end: a module calls the import and returns the result's bits.
/// Expected values are C's: the special cases of C99 Annex F, and the correctly rounded results
/// glibc's libm gives for ordinary arguments (printed by Python's math module, which calls it).
/// </summary>
public sealed class MathTests(EngineRunnerFixture fx) : IClassFixture<EngineRunnerFixture>
{
    private const double Nan = double.NaN, Inf = double.PositiveInfinity;

    // Arguments by their bits: exact for -0.0, infinities and NaN alike.
    private static string F(double x) => $"(f64.reinterpret_i64 (i64.const {BitConverter.DoubleToInt64Bits(x)}))";

    private long Bits(string engine, string name, params double[] args)
    {
        var ps = string.Join(' ', args.Select(_ => "f64"));
        var wat = $$"""
            (module
              (import "clysm:math" "{{name}}" (func $f (param {{ps}}) (result f64)))
              (func (export "_start") (result i32) (i32.const 0))
              (func (export "bits") (result i64) (i64.reinterpret_f64 (call $f {{string.Join(' ', args.Select(F))}}))))
            """;
        var r = fx.Runner(engine).Invoke(new InvocationRequest { Module = WasmAs.Assemble(wat), Export = "bits" });
        Assert.True(r.Status == InvocationStatus.Returned, $"{name}: {r.Status} {r.Message}");
        Assert.Equal(1, r.ImportCalls[$"clysm:math {name}"]);
        return r.Value.Fixnum;
    }

    [Theory]
    [EngineData("sin", 1.0, 0.8414709848078965)]
    [EngineData("cos", 1.0, 0.5403023058681398)]
    [EngineData("tan", 1.0, 1.5574077246549023)]
    [EngineData("asin", 0.5, 0.5235987755982989)]
    [EngineData("acos", 0.5, 1.0471975511965979)]
    [EngineData("atan", 1.0, 0.7853981633974483)]
    [EngineData("sinh", 1.0, 1.1752011936438014)]
    [EngineData("cosh", 1.0, 1.5430806348152437)]
    [EngineData("tanh", 0.5, 0.46211715726000974)]
    [EngineData("asinh", 1.0, 0.881373587019543)]
    [EngineData("acosh", 2.0, 1.3169578969248166)]
    [EngineData("atanh", 0.5, 0.5493061443340548)]
    [EngineData("exp", 1.0, 2.718281828459045)]
    [EngineData("log", 10.0, 2.302585092994046)]
    [EngineData("log10", 1000.0, 3.0)]
    [EngineData("sqrt", 2.0, 1.4142135623730951)]
    // C99 Annex F
    [EngineData("sin", -0.0, -0.0)]
    [EngineData("tanh", -0.0, -0.0)]
    [EngineData("sqrt", -0.0, -0.0)]
    [EngineData("sqrt", -1.0, Nan)]
    [EngineData("asin", 2.0, Nan)]
    [EngineData("acosh", 0.5, Nan)]
    [EngineData("atanh", 1.0, Inf)]
    [EngineData("atanh", -1.0, -Inf)]
    [EngineData("exp", 710.0, Inf)]
    [EngineData("exp", -Inf, 0.0)]
    [EngineData("log", 0.0, -Inf)]
    [EngineData("log", -1.0, Nan)]
    [EngineData("log10", -0.0, -Inf)]
    [EngineData("cosh", -Inf, Inf)]
    public void Unary_functions_behave_as_libm(string engine, string name, double x, double expected) =>
        AssertBits(expected, Bits(engine, name, x));

    [Theory]
    [EngineData("atan2", 1.0, -1.0, 2.356194490192345)]
    [EngineData("atan2", 0.0, -0.0, 3.141592653589793)]
    [EngineData("atan2", -0.0, -0.0, -3.141592653589793)]
    [EngineData("atan2", -0.0, 1.0, -0.0)]
    [EngineData("pow", 2.0, 0.5, 1.4142135623730951)]
    [EngineData("pow", 10.0, -2.0, 0.01)]
    [EngineData("pow", -8.0, 1.0 / 3, Nan)]
    [EngineData("pow", 0.0, -1.0, Inf)]
    [EngineData("pow", -0.0, -1.0, -Inf)]
    [EngineData("pow", Nan, 0.0, 1.0)]
    [EngineData("pow", 1.0, Nan, 1.0)]
    [EngineData("pow", -1.0, Inf, 1.0)]
    public void Binary_functions_behave_as_libm(string engine, string name, double x, double y, double expected) =>
        AssertBits(expected, Bits(engine, name, x, y));

    private static void AssertBits(double expected, long bits)
    {
        var actual = BitConverter.Int64BitsToDouble(bits);
        if (double.IsNaN(expected)) Assert.True(double.IsNaN(actual), $"expected NaN, got {actual:R}");
        else Assert.Equal(BitConverter.DoubleToInt64Bits(expected), bits);     // -0.0 is not 0.0
    }

    [Fact]
    public void Every_function_of_the_contract_is_served_and_on_linux_by_libm()
    {
        var served = HostMath.Unary.Select(u => u.Name).Concat(HostMath.Binary.Select(b => b.Name)).Order();
        var contract = Clysm.Runtime.Contract.HostContract.Default.Imports.Where(i => i.Module == "clysm:math").Select(i => i.Name).Order();
        Assert.Equal(contract, served);
        Assert.Equal(["sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "exp", "log", "log10", "pow", "sqrt"],
            Clysm.Runtime.Contract.HostContract.Default.Imports.Where(i => i.Module == "clysm:math").Select(i => i.Name));
        if (OperatingSystem.IsLinux()) Assert.Equal("libm.so.6", HostMath.Source);
    }
}
