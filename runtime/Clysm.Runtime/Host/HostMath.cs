using System.Runtime.InteropServices;

namespace Clysm.Runtime.Host;

/// <summary>
/// clysm:math (docs/stage-abi.md §2): f64 → f64 functions that behave as C's libm on the platform,
/// because a compiler's float results are compared with a Common Lisp running on that libm. On
/// Linux they are the C library's own functions (libm.so.6), called directly; elsewhere .NET's
/// System.Math, which calls the platform's C runtime.
/// </summary>
internal static unsafe class HostMath
{
    public const string Module = "clysm:math";

    private static readonly nint Libm = OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libm.so.6", out var h) ? h : 0;

    /// <summary>Where the functions come from, for people: "libm.so.6" or "System.Math".</summary>
    public static string Source => Libm != 0 ? "libm.so.6" : "System.Math";

    public static IReadOnlyList<(string Name, Func<double, double> Function)> Unary { get; } =
    [
        ("sin", C1("sin", Math.Sin)), ("cos", C1("cos", Math.Cos)), ("tan", C1("tan", Math.Tan)),
        ("asin", C1("asin", Math.Asin)), ("acos", C1("acos", Math.Acos)), ("atan", C1("atan", Math.Atan)),
        ("sinh", C1("sinh", Math.Sinh)), ("cosh", C1("cosh", Math.Cosh)), ("tanh", C1("tanh", Math.Tanh)),
        ("asinh", C1("asinh", Math.Asinh)), ("acosh", C1("acosh", Math.Acosh)), ("atanh", C1("atanh", Math.Atanh)),
        ("exp", C1("exp", Math.Exp)), ("log", C1("log", Math.Log)), ("log10", C1("log10", Math.Log10)),
        ("sqrt", C1("sqrt", Math.Sqrt)),
    ];

    public static IReadOnlyList<(string Name, Func<double, double, double> Function)> Binary { get; } =
    [
        ("atan2", C2("atan2", Math.Atan2)), ("pow", C2("pow", Math.Pow)),
    ];

    private static Func<double, double> C1(string name, Func<double, double> fallback)
    {
        if (Libm == 0 || !NativeLibrary.TryGetExport(Libm, name, out var p)) return fallback;
        var f = (delegate* unmanaged<double, double>)p;
        return x => f(x);
    }

    private static Func<double, double, double> C2(string name, Func<double, double, double> fallback)
    {
        if (Libm == 0 || !NativeLibrary.TryGetExport(Libm, name, out var p)) return fallback;
        var f = (delegate* unmanaged<double, double, double>)p;
        return (x, y) => f(x, y);
    }
}
