namespace Clysm.Reference.Wasm;

/// <summary>A value type: a single byte, or (ref null? $t).</summary>
public readonly record struct WasmValueType(byte Code, int TypeIndex = -1)
{
    public static readonly WasmValueType I32 = new(ValueTypeCodes.I32), I64 = new(ValueTypeCodes.I64), F32 = new(ValueTypeCodes.F32), F64 = new(ValueTypeCodes.F64), Any = new(ValueTypeCodes.AnyRef),
        Eq = new(ValueTypeCodes.EqRef), I31 = new(ValueTypeCodes.I31Ref), Exn = new(ValueTypeCodes.ExnRef), Func = new(ValueTypeCodes.FuncRef), Extern = new(ValueTypeCodes.ExternRef);
    public static WasmValueType RefNull(int t) => new(ValueTypeCodes.RefNull, t);
    public static WasmValueType Ref(int t) => new(ValueTypeCodes.Ref, t);

    public void Write(List<byte> o)
    {
        o.Add(Code);
        if (Code is ValueTypeCodes.RefNull or ValueTypeCodes.Ref) Leb128.Signed(o, TypeIndex);
    }
}
