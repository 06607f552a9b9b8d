using System.Runtime.InteropServices;

namespace Clysm.Runtime.Engine.Wasmtime.Native;

// Layouts of the C API's value structs, as the Wasmtime 50 headers (crates/c-api/include) define
// them for 64-bit targets. Sizes are checked by NativeLayoutTests against what the library itself
// writes, so a change of layout in a later Wasmtime fails a test instead of corrupting memory.

/// <summary><c>wasm_byte_vec_t</c> (also <c>wasm_name_t</c>, <c>wasm_message_t</c>): size, then data.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ByteVec
{
    public nuint Size;
    public byte* Data;

    /// <summary>The bytes as UTF-8 text, without the NUL that messages end with.</summary>
    public readonly string Text()
    {
        var n = (int)Size;
        while (n > 0 && Data[n - 1] == 0) n--;
        return System.Text.Encoding.UTF8.GetString(Data, n);
    }
}

/// <summary>A vector of pointers (<c>wasm_importtype_vec_t</c>, <c>wasm_frame_vec_t</c>, <c>wasm_valtype_vec_t</c>).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct PointerVec
{
    public nuint Size;
    public nint* Data;
}

/// <summary>
/// Every GC reference of the C API (<c>wasmtime_anyref_t</c>, <c>externref</c>, <c>arrayref</c>,
/// <c>exnref</c>) has this shape: a store id (0 means null) and private fields. Each non-null one
/// handed to us is a root we own and must unroot (<see cref="WasmtimeApi.wasmtime_anyref_unroot"/>).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct GcRef
{
    public ulong StoreId;
    public uint Private1;
    public uint Private2;
    public nint Private3;

    public readonly bool IsNull => StoreId == 0;
}

/// <summary><c>wasmtime_func_t</c>: store id, private index.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Func
{
    public ulong StoreId;
    public nint Private;
}

/// <summary><c>wasmtime_instance_t</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Instance
{
    public ulong StoreId;
    public nuint Private;
}

/// <summary><c>wasmtime_extern_t</c>: a kind byte, then a 24-byte union at offset 8. Only functions are read.</summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
internal struct Extern
{
    public const byte KindFunc = 0;          // WASMTIME_EXTERN_FUNC
    [FieldOffset(0)] public byte Kind;
    [FieldOffset(8)] public Func Func;
}

/// <summary><c>wasmtime_val_t</c>: a kind byte, then a 24-byte union at offset 8.</summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
internal struct Val
{
    // wasmtime_valkind_t
    public const byte I32 = 0, I64 = 1, F32 = 2, F64 = 3, V128 = 4, FuncRef = 5, ExternRef = 6, AnyRef = 7, ExnRef = 8;

    [FieldOffset(0)] public byte Kind;
    [FieldOffset(8)] public int I32Value;
    [FieldOffset(8)] public long I64Value;
    [FieldOffset(8)] public float F32Value;
    [FieldOffset(8)] public double F64Value;
    [FieldOffset(8)] public GcRef Ref;

    public static Val FromI32(int v) => new() { Kind = I32, I32Value = v };
    public static Val FromRef(byte kind, GcRef r) => new() { Kind = kind, Ref = r };
}

/// <summary><c>wasmtime_storage_type_t</c>: i8, i16 or a value type.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct StorageType
{
    public const byte KindI8 = 0, KindI16 = 1, KindValType = 2;
    public byte Kind;
    public nint ValType;
}

/// <summary><c>wasmtime_field_type_t</c>: mutability and storage (an array's element).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct FieldType
{
    [MarshalAs(UnmanagedType.U1)] public bool Mutable;
    public StorageType Storage;
}

/// <summary>
/// <c>wasmtime_valtype_t</c>: Wasmtime's own value type, which, unlike <c>wasm_valtype_t</c>, can
/// describe GC reference types (the reason it is used: <c>wasm_valtype_kind</c> must never see one).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
internal struct FullValType
{
    public const byte KindRef = 5;                   // WASMTIME_VALTYPE_KIND_REF
    public const byte HeapConcreteArray = 10;        // WASMTIME_HEAPTYPE_KIND_CONCRETE_ARRAY
    [FieldOffset(0)] public byte Kind;
    [FieldOffset(8)] public byte Nullable;
    [FieldOffset(16)] public byte HeapKind;
    [FieldOffset(24)] public nint Concrete;          // wasmtime_array_type_t* for a concrete array
}
