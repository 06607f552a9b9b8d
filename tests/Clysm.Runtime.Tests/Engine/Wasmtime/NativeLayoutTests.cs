using System.Reflection;
using System.Runtime.InteropServices;
using Clysm.Runtime.Engine.Wasmtime;
using Clysm.Runtime.Engine.Wasmtime.Native;
using Clysm.TestSupport;
using Xunit;
using static Clysm.Runtime.Engine.Wasmtime.Native.WasmtimeApi;

namespace Clysm.Runtime.Tests.Engine.Wasmtime;

/// <summary>
/// The interop matches the shipped library: every function declared exists in it, and every struct the
/// library writes into has the size the suite declares (the library writes into a buffer with a canary
/// after the declared size, which must stay untouched, and fills the declared bytes).
/// </summary>
public sealed unsafe class NativeLayoutTests
{
    private static string LibraryPath => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "wasmtime.dll" : OperatingSystem.IsMacOS() ? "libwasmtime.dylib" : "libwasmtime.so");

    [Fact]
    public void Every_declared_function_is_exported_by_the_shipped_library()
    {
        var declared = typeof(WasmtimeApi).GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(m => m.GetCustomAttribute<DllImportAttribute>() is not null).Select(m => m.Name).ToList();
        Assert.True(declared.Count > 50, $"only {declared.Count} functions declared");
        Assert.DoesNotContain("wasm_valtype_kind", declared);          // aborts on GC types: never used
        var lib = NativeLibrary.Load(LibraryPath);
        try
        {
            var missing = declared.Where(name => !NativeLibrary.TryGetExport(lib, name, out _)).ToList();
            Assert.True(missing.Count == 0, "not in " + LibraryPath + ": " + string.Join(", ", missing));
        }
        finally { NativeLibrary.Free(lib); }
    }

    private const byte Canary = 0xA5;

    /// <summary>Lets the library write into a canary-filled buffer: nothing past the declared size may change,
    /// and at least <paramref name="mustChange"/> bytes within it must.</summary>
    private static void AssertWritesWithin(int declaredSize, Action<nint> write, int mustChange = 1)
    {
        var buffer = new byte[declaredSize + 64];
        Array.Fill(buffer, Canary);
        fixed (byte* p = buffer) write((nint)p);
        Assert.All(buffer[declaredSize..], b => Assert.Equal(Canary, b));
        Assert.True(buffer.Take(declaredSize).Count(b => b != Canary) >= mustChange, "the library wrote nothing where the struct is declared");
    }

    [Fact]
    public void Structs_the_library_writes_have_the_declared_sizes()
    {
        Assert.Equal(32, sizeof(Val));
        Assert.Equal(24, sizeof(GcRef));
        Assert.Equal(32, sizeof(Extern));
        Assert.Equal(16, sizeof(Func));
        Assert.Equal(16, sizeof(Instance));
        Assert.Equal(32, sizeof(FullValType));
        Assert.Equal(24, sizeof(FieldType));

        using var engine = new NativeEngine(new WasmtimeSettings { CacheDirectory = null });
        using var store = new NativeStore(engine, 1 << 20);
        var wasm = WasmAs.Assemble("""
            (module
              (type $bytes (array (mut i8)))
              (import "m" "f" (func (param (ref null $bytes)) (result i32)))
              (func (export "mk") (result anyref) (array.new_fixed $bytes 2 (i32.const 7) (i32.const 8))))
            """);
        var (module, error) = engine.Compile(wasm);
        Assert.Null(error);
        using (module)
        {
            // GC references: an i31 made by the library.
            AssertWritesWithin(sizeof(GcRef), p => wasmtime_anyref_from_i31(store.Context, 5, (GcRef*)p), mustChange: 8);
            // Full value types, from the import's functype (a concrete array type).
            var funcType = module!.Imports[0].FuncType;
            AssertWritesWithin(sizeof(FullValType), p => wasmtime_valtype_new(wasm_functype_params(funcType)->Data[0], (FullValType*)p), mustChange: 9);
            // A host function, an instance, an export, a call's result value.
            AssertWritesWithin(sizeof(Func), p =>
                wasmtime_func_new(store.Context, funcType, &Never, 0, 0, (Func*)p), mustChange: 8);
            Func f;
            wasmtime_func_new(store.Context, funcType, &Never, 0, 0, &f);
            var import = new Extern { Kind = Extern.KindFunc, Func = f };
            Instance instance;
            nint trap;
            Assert.Equal(0, wasmtime_instance_new(store.Context, module.Handle, &import, 1, &instance, &trap));
            var name = "mk"u8.ToArray();
            var held = instance;
            AssertWritesWithin(sizeof(Extern), p =>
            {
                var i = held;
                fixed (byte* n = name) Assert.Equal(1, wasmtime_instance_export_get(store.Context, &i, n, 2, (Extern*)p));
            }, mustChange: 9);
            Extern mk;
            fixed (byte* n = name) wasmtime_instance_export_get(store.Context, &instance, n, 2, &mk);
            var mkFunc = mk.Func;
            AssertWritesWithin(sizeof(Val), p =>
            {
                var fn = mkFunc;
                nint t;
                Assert.Equal(0, wasmtime_func_call(store.Context, &fn, null, 0, (Val*)p, 1, &t));
            }, mustChange: 9);
            // And the value reads back: the host sees the module's bytes through the C API.
            Val made;
            wasmtime_func_call(store.Context, &mk.Func, null, 0, &made, 1, &trap);
            Assert.Equal(Val.AnyRef, made.Kind);
            Assert.Equal(new byte[] { 7, 8 }, GcBytes.Read(store.Context, &made.Ref, checkElements: true, out var notString));
            Assert.False(notString);
        }
    }

    [UnmanagedCallersOnly]
    private static nint Never(nint env, nint caller, Val* args, nuint argCount, Val* results, nuint resultCount) =>
        NativeError.NewTrap("not called");
}
