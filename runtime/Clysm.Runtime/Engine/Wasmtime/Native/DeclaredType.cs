using static Clysm.Runtime.Engine.Wasmtime.Native.WasmtimeApi;

namespace Clysm.Runtime.Engine.Wasmtime.Native;

/// <summary>How a declared wasm value type crosses the C API.</summary>
internal enum ValueShape : byte
{
    I32,
    I64,
    /// <summary><c>i31ref</c> / <c>(ref i31)</c>: a number inside an anyref.</summary>
    I31,
    /// <summary><c>externref</c>: a host value (string or descriptor) the module only passes back.</summary>
    ExternRef,
    /// <summary>Any other reference in the <c>any</c> hierarchy (anyref, eqref, arrays, structs).</summary>
    GcRef,
    /// <summary>Floats, v128, function and exception references: never part of the host contract.</summary>
    Other,
}

/// <summary>
/// One parameter or result type of an import or export, read through <c>wasmtime_valtype_new</c>
/// (the one way that is safe on GC types). A concrete array type is kept: a string result of that
/// type is allocated with the module's own type, so the module's casts accept it.
/// </summary>
internal sealed unsafe class DeclaredType : IDisposable
{
    private FullValType _type;

    private DeclaredType(nint valType)
    {
        fixed (FullValType* t = &_type) wasmtime_valtype_new(valType, t);
        Shape = _type.Kind switch
        {
            0 => ValueShape.I32,
            1 => ValueShape.I64,
            FullValType.KindRef => _type.HeapKind switch
            {
                0 or 1 => ValueShape.ExternRef,             // extern, noextern
                2 or 3 or 4 or 13 or 14 or 15 => ValueShape.Other,  // func, concrete func, nofunc, exn...
                8 => ValueShape.I31,
                _ => ValueShape.GcRef,
            },
            _ => ValueShape.Other,
        };
    }

    public ValueShape Shape { get; }

    /// <summary>The declared concrete array type (<c>wasmtime_array_type_t*</c>), or 0.</summary>
    public nint ConcreteArray => _type.Kind == FullValType.KindRef && _type.HeapKind == FullValType.HeapConcreteArray ? _type.Concrete : 0;

    /// <summary>The parameter and result types of a functype.</summary>
    public static (DeclaredType[] Params, DeclaredType[] Results) OfFunction(nint funcType) =>
        (Read(wasm_functype_params(funcType)), Read(wasm_functype_results(funcType)));

    private static DeclaredType[] Read(PointerVec* vec)
    {
        var list = new DeclaredType[(int)vec->Size];
        for (var i = 0; i < list.Length; i++) list[i] = new DeclaredType(vec->Data[i]);
        return list;
    }

    public void Dispose()
    {
        if (_type.Kind == FullValType.KindRef) fixed (FullValType* t = &_type) wasmtime_valtype_delete(t);
        _type = default;
    }
}
