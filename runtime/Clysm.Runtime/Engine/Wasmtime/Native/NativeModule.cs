using static Clysm.Runtime.Engine.Wasmtime.Native.WasmtimeApi;

namespace Clysm.Runtime.Engine.Wasmtime.Native;

/// <summary>One import of a compiled module: its names and, for a function, its own functype
/// (owned by the module's import list, valid while the module lives).</summary>
internal readonly record struct NativeImport(string Module, string Name, nint FuncType);

/// <summary>A compiled module (<c>wasmtime_module_t</c>): instantiated in any number of stores.</summary>
internal sealed unsafe class NativeModule : IDisposable
{
    private PointerVec _importVec;
    private NativeImport[]? _imports;

    internal NativeModule(nint handle) => Handle = handle;

    public nint Handle { get; private set; }

    public IReadOnlyList<NativeImport> Imports => _imports ??= ReadImports();

    private NativeImport[] ReadImports()
    {
        fixed (PointerVec* v = &_importVec) wasmtime_module_imports(Handle, v);
        var list = new NativeImport[(int)_importVec.Size];
        for (var i = 0; i < list.Length; i++)
        {
            var it = _importVec.Data[i];
            var type = wasm_importtype_type(it);
            var func = wasm_externtype_kind(type) == ExternTypeFunc ? wasm_externtype_as_functype_const(type) : 0;
            list[i] = new NativeImport(wasm_importtype_module(it)->Text(), wasm_importtype_name(it)->Text(), func);
        }
        return list;
    }

    /// <summary>The compiled code as bytes (for another process of the same engine build).</summary>
    public byte[] Serialize()
    {
        ByteVec v;
        NativeError.Check(wasmtime_module_serialize(Handle, &v), "wasmtime: serialize");
        var bytes = new ReadOnlySpan<byte>(v.Data, (int)v.Size).ToArray();
        wasm_byte_vec_delete(&v);
        return bytes;
    }

    public void Dispose()
    {
        if (_imports is not null) fixed (PointerVec* v = &_importVec) wasm_importtype_vec_delete(v);
        _imports = null;
        if (Handle != 0) wasmtime_module_delete(Handle);
        Handle = 0;
    }
}
