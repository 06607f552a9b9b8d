namespace Clysm.Reference.Wasm;

/// <summary>Value type bytes of the binary format (GC proposal, final encoding).</summary>
public static class ValueTypeCodes
{
    public const byte I32 = 0x7F, I64 = 0x7E, F32 = 0x7D, F64 = 0x7C, AnyRef = 0x6E, EqRef = 0x6D, I31Ref = 0x6C,
        FuncRef = 0x70, ExternRef = 0x6F, ExnRef = 0x69, I8 = 0x78;
    public const byte RefNull = 0x63, Ref = 0x64;
}
