using System.Globalization;

namespace Clysm.Runtime.Engine;

internal enum WasmValueKind { I32, I64, F32, F64, Null, I31, Ref, HostString }

/// <summary>
/// A value crossing the engine boundary: a number, a null reference, an i31, a host string
/// (externref), or an opaque reference the engine holds for the store (<see cref="RefId"/>;
/// valid until the store is disposed).
/// </summary>
internal readonly record struct WasmValue(WasmValueKind Kind, long Bits = 0, string? Text = null)
{
    public static readonly WasmValue Null = new(WasmValueKind.Null);

    public static WasmValue I32(int v) => new(WasmValueKind.I32, v);
    public static WasmValue I64(long v) => new(WasmValueKind.I64, v);
    public static WasmValue F32(float v) => new(WasmValueKind.F32, BitConverter.SingleToInt32Bits(v));
    public static WasmValue F64(double v) => new(WasmValueKind.F64, BitConverter.DoubleToInt64Bits(v));
    public static WasmValue I31(int v) => new(WasmValueKind.I31, v);
    public static WasmValue Ref(long id) => new(WasmValueKind.Ref, id);
    public static WasmValue HostString(string s) => new(WasmValueKind.HostString, 0, s);

    public int AsI32 => (int)Bits;
    public float AsF32 => BitConverter.Int32BitsToSingle((int)Bits);
    public double AsF64 => BitConverter.Int64BitsToDouble(Bits);
    public long RefId => Bits;

    public override string ToString() => Kind switch
    {
        WasmValueKind.I32 or WasmValueKind.I64 => $"{Kind.ToString().ToLowerInvariant()} {Bits}",
        WasmValueKind.F32 => "f32 " + AsF32.ToString("R", CultureInfo.InvariantCulture),
        WasmValueKind.F64 => "f64 " + AsF64.ToString("R", CultureInfo.InvariantCulture),
        WasmValueKind.I31 => $"i31 {Bits}",
        WasmValueKind.Null => "null",
        WasmValueKind.HostString => "host string",
        _ => "reference",
    };
}
