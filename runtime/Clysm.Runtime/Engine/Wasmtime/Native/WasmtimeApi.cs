using System.Runtime.InteropServices;

namespace Clysm.Runtime.Engine.Wasmtime.Native;

/// <summary>
/// The few functions of Wasmtime's C API (libwasmtime, shipped by the <c>Wasmtime</c> NuGet package)
/// that the suite uses, and why. Wasmtime.Dotnet, the package's managed wrapper, is not used: it
/// aborts the process on any module with GC reference types in its imports or exports.
/// Pointers are raw <c>nint</c>s; ownership is handled by the wrappers in this folder.
/// Rule: never call <c>wasm_valtype_kind</c> on a type that may be a GC reference (it aborts);
/// use <see cref="wasmtime_valtype_new"/>.
/// </summary>
internal static unsafe class WasmtimeApi
{
    private const string Lib = "wasmtime";

    // ---- engine and its configuration -------------------------------------------------------

    /// <summary>A configuration to set the guard rails on before the engine is made.</summary>
    [DllImport(Lib)] public static extern nint wasm_config_new();
    /// <summary>Frees a configuration no engine took.</summary>
    [DllImport(Lib)] public static extern void wasm_config_delete(nint config);
    /// <summary>The engine; takes ownership of the configuration.</summary>
    [DllImport(Lib)] public static extern nint wasm_engine_new_with_config(nint config);
    [DllImport(Lib)] public static extern void wasm_engine_delete(nint engine);

    /// <summary>The GC proposal (structs, arrays, i31, casts): what every Clysm module uses.</summary>
    [DllImport(Lib)] public static extern void wasmtime_config_wasm_gc_set(nint config, [MarshalAs(UnmanagedType.U1)] bool on);
    /// <summary>Typed function references (call_ref, non-null refs): required by GC.</summary>
    [DllImport(Lib)] public static extern void wasmtime_config_wasm_function_references_set(nint config, [MarshalAs(UnmanagedType.U1)] bool on);
    /// <summary>Reference types (anyref, externref in signatures).</summary>
    [DllImport(Lib)] public static extern void wasmtime_config_wasm_reference_types_set(nint config, [MarshalAs(UnmanagedType.U1)] bool on);
    /// <summary>Exception handling (try_table, throw, tags): Lisp non-local exits and conditions.</summary>
    [DllImport(Lib)] public static extern void wasmtime_config_wasm_exceptions_set(nint config, [MarshalAs(UnmanagedType.U1)] bool on);
    /// <summary>Tail calls (return_call): loops written as recursion.</summary>
    [DllImport(Lib)] public static extern void wasmtime_config_wasm_tail_call_set(nint config, [MarshalAs(UnmanagedType.U1)] bool on);
    /// <summary>Cranelift, never Winch: Winch with GC panics at engine creation.</summary>
    [DllImport(Lib)] public static extern void wasmtime_config_strategy_set(nint config, byte strategy);
    public const byte StrategyCranelift = 1;   // WASMTIME_STRATEGY_CRANELIFT
    /// <summary>Cranelift's optimisation level: compile time is the cost that dominates a corpus run.</summary>
    [DllImport(Lib)] public static extern void wasmtime_config_cranelift_opt_level_set(nint config, byte level);
    public const byte OptNone = 0, OptSpeed = 1;
    /// <summary>Cranelift's register allocator: single-pass compiles faster than backtracking.</summary>
    [DllImport(Lib)] public static extern void wasmtime_config_cranelift_regalloc_algorithm_set(nint config, byte algorithm);
    public const byte RegallocBacktracking = 0, RegallocSinglePass = 1;
    /// <summary>The wasm stack budget; above 2 MiB Wasmtime panics.</summary>
    [DllImport(Lib)] public static extern void wasmtime_config_max_wasm_stack_set(nint config, nuint bytes);
    /// <summary>Epoch interruption: how a running case is stopped at its deadline.</summary>
    [DllImport(Lib)] public static extern void wasmtime_config_epoch_interruption_set(nint config, [MarshalAs(UnmanagedType.U1)] bool on);
    /// <summary>Compiles a module's functions on several threads (on for a lone compile, off when every core runs a worker).</summary>
    [DllImport(Lib)] public static extern void wasmtime_config_parallel_compilation_set(nint config, [MarshalAs(UnmanagedType.U1)] bool on);
    /// <summary>The on-disk compilation cache, from a TOML file naming its directory.</summary>
    [DllImport(Lib)] public static extern nint wasmtime_config_cache_config_load(nint config, byte* path);
    /// <summary>Ends the current epoch: every store past its deadline traps at its next check.</summary>
    [DllImport(Lib)] public static extern void wasmtime_engine_increment_epoch(nint engine);

    // ---- errors and traps -------------------------------------------------------------------

    /// <summary>An error's text (compile, link, instantiation errors; "GC heap out of memory").</summary>
    [DllImport(Lib)] public static extern void wasmtime_error_message(nint error, ByteVec* message);
    [DllImport(Lib)] public static extern void wasmtime_error_delete(nint error);
    /// <summary>Frees the bytes of a message or name the library handed over.</summary>
    [DllImport(Lib)] public static extern void wasm_byte_vec_delete(ByteVec* vec);
    /// <summary>A trap a host function returns to end the run with our message.</summary>
    [DllImport(Lib)] public static extern nint wasmtime_trap_new(byte* message, nuint length);
    [DllImport(Lib)] public static extern void wasm_trap_message(nint trap, ByteVec* message);
    /// <summary>The wasm backtrace of a trap, trimmed for the report.</summary>
    [DllImport(Lib)] public static extern void wasm_trap_trace(nint trap, PointerVec* frames);
    /// <summary>The trap's code (interrupt = the deadline; stack overflow; ...), false for a host trap.</summary>
    [DllImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static extern bool wasmtime_trap_code(nint trap, byte* code);
    public const byte TrapStackOverflow = 0, TrapInterrupt = 10, TrapAllocationTooLarge = 15;
    [DllImport(Lib)] public static extern void wasm_trap_delete(nint trap);
    [DllImport(Lib)] public static extern void wasm_frame_vec_delete(PointerVec* frames);
    [DllImport(Lib)] public static extern uint wasm_frame_func_index(nint frame);
    [DllImport(Lib)] public static extern nuint wasm_frame_module_offset(nint frame);
    /// <summary>The function's name from the name section, or null.</summary>
    [DllImport(Lib)] public static extern ByteVec* wasmtime_frame_func_name(nint frame);

    // ---- modules ----------------------------------------------------------------------------

    /// <summary>Validates and compiles (Cranelift, through the cache when configured).</summary>
    [DllImport(Lib)] public static extern nint wasmtime_module_new(nint engine, byte* wasm, nuint length, nint* module);
    /// <summary>Validation only, no compilation: the engine's verdict on a module.</summary>
    [DllImport(Lib)] public static extern nint wasmtime_module_validate(nint engine, byte* wasm, nuint length);
    [DllImport(Lib)] public static extern void wasmtime_module_delete(nint module);
    /// <summary>Compiled bytes, to hand a compiled module to another process of the same engine build.</summary>
    [DllImport(Lib)] public static extern nint wasmtime_module_serialize(nint module, ByteVec* bytes);
    [DllImport(Lib)] public static extern nint wasmtime_module_deserialize(nint engine, byte* bytes, nuint length, nint* module);
    /// <summary>The module's imports with their own types: each host function is defined with the
    /// import's functype, so imports whose types name the module's GC types link.</summary>
    [DllImport(Lib)] public static extern void wasmtime_module_imports(nint module, PointerVec* imports);
    [DllImport(Lib)] public static extern void wasm_importtype_vec_delete(PointerVec* imports);
    [DllImport(Lib)] public static extern ByteVec* wasm_importtype_module(nint importType);
    [DllImport(Lib)] public static extern ByteVec* wasm_importtype_name(nint importType);
    [DllImport(Lib)] public static extern nint wasm_importtype_type(nint importType);
    [DllImport(Lib)] public static extern byte wasm_externtype_kind(nint externType);
    public const byte ExternTypeFunc = 0;   // WASM_EXTERN_FUNC
    /// <summary>Null when the extern type is not a function.</summary>
    [DllImport(Lib)] public static extern nint wasm_externtype_as_functype_const(nint externType);
    /// <summary>Counts (vector sizes) are read; the element types only through <see cref="wasmtime_valtype_new"/>.</summary>
    [DllImport(Lib)] public static extern PointerVec* wasm_functype_params(nint funcType);
    [DllImport(Lib)] public static extern PointerVec* wasm_functype_results(nint funcType);
    [DllImport(Lib)] public static extern void wasm_functype_delete(nint funcType);
    /// <summary>A value type in Wasmtime's full form (safe on GC types).</summary>
    [DllImport(Lib)] public static extern void wasmtime_valtype_new(nint valType, FullValType* into);
    [DllImport(Lib)] public static extern void wasmtime_valtype_delete(FullValType* type);

    // ---- stores -----------------------------------------------------------------------------

    /// <summary>A fresh store per case: nothing a case does survives it.</summary>
    [DllImport(Lib)] public static extern nint wasmtime_store_new(nint engine, nint data, nint finalizer);
    [DllImport(Lib)] public static extern nint wasmtime_store_context(nint store);
    [DllImport(Lib)] public static extern void wasmtime_store_delete(nint store);
    /// <summary>Caps on linear memory and GC heap growth, tables, instances: an allocation bomb
    /// ends as an error in its store instead of taking the machine.</summary>
    [DllImport(Lib)] public static extern void wasmtime_store_limiter(nint store, long memorySize, long tableElements, long instances, long tables, long memories);
    /// <summary>The store traps "interrupt" once the engine's epoch passes this many more ticks.</summary>
    [DllImport(Lib)] public static extern void wasmtime_context_set_epoch_deadline(nint context, ulong ticksBeyondCurrent);

    // ---- instances and calls ----------------------------------------------------------

    /// <summary>A host function of the import's own functype, in one store, calling our callback with
    /// <paramref name="data"/> (the binding's index). One per import, so two imports of one name with
    /// different types both link, as they do on V8.</summary>
    [DllImport(Lib)] public static extern void wasmtime_func_new(nint context, nint funcType,
        delegate* unmanaged<nint, nint, Val*, nuint, Val*, nuint, nint> callback, nint data, nint finalizer, Func* into);
    /// <summary>Instantiates with one extern per import, in import order: a mistyped import is an error naming it.</summary>
    [DllImport(Lib)] public static extern nint wasmtime_instance_new(nint context, nint module, Extern* imports, nuint importCount, Instance* instance, nint* trap);
    [DllImport(Lib)] public static extern byte wasmtime_instance_export_get(nint context, Instance* instance, byte* name, nuint nameLength, Extern* item);
    /// <summary>Calls an export. An error is returned for failures outside wasm (out of GC heap, an
    /// uncaught exception); a trap for wasm traps and host traps.</summary>
    [DllImport(Lib)] public static extern nint wasmtime_func_call(nint context, Func* func, Val* args, nuint argCount, Val* results, nuint resultCount, nint* trap);
    /// <summary>An export's type: its result count sizes the result buffer.</summary>
    [DllImport(Lib)] public static extern nint wasmtime_func_type(nint context, Func* func);
    /// <summary>The store context inside a host callback.</summary>
    [DllImport(Lib)] public static extern nint wasmtime_caller_context(nint caller);
    /// <summary>An uncaught wasm exception is pending on the store after a failed call.</summary>
    [DllImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static extern bool wasmtime_context_take_exception(nint context, GcRef* exception);
    [DllImport(Lib)] public static extern void wasmtime_exnref_unroot(GcRef* exception);

    // ---- GC values: i31, byte arrays (strings), externref -----------------------------------

    [DllImport(Lib)] public static extern void wasmtime_val_unroot(Val* val);
    [DllImport(Lib)] public static extern void wasmtime_anyref_unroot(GcRef* anyref);
    [DllImport(Lib)] public static extern void wasmtime_anyref_from_i31(nint context, uint value, GcRef* into);
    /// <summary>False when the reference is not an i31 (fd and code point parameters declared i31ref).</summary>
    [DllImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static extern bool wasmtime_anyref_i31_get_s(nint context, GcRef* anyref, int* value);
    /// <summary>The array behind an anyref, false when it is not an array: how the host reads a GC string itself.</summary>
    [DllImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static extern bool wasmtime_anyref_as_array(nint context, GcRef* anyref, GcRef* array);
    [DllImport(Lib)] public static extern void wasmtime_arrayref_unroot(GcRef* array);
    [DllImport(Lib)] public static extern nint wasmtime_arrayref_len(nint context, GcRef* array, uint* length);
    [DllImport(Lib)] public static extern nint wasmtime_arrayref_get(nint context, GcRef* array, uint index, Val* value);
    [DllImport(Lib)] public static extern nint wasmtime_arrayref_set(nint context, GcRef* array, uint index, Val* value);
    /// <summary>The array's type, to tell a byte array (a string) from any other array.</summary>
    [DllImport(Lib)] public static extern nint wasmtime_arrayref_type(nint context, GcRef* array);
    [DllImport(Lib)] public static extern void wasmtime_array_type_element(nint arrayType, FieldType* element);
    [DllImport(Lib)] public static extern void wasmtime_array_type_delete(nint arrayType);
    /// <summary>The host's own <c>(array (mut i8))</c>, for a string result declared anyref when the
    /// module has no string channel to build one (same canonical type as a module's own, alone in its rec group).</summary>
    [DllImport(Lib)] public static extern nint wasmtime_array_type_new(nint engine, FieldType* element);
    /// <summary>A store's allocator for one array type (the module's own string type).</summary>
    [DllImport(Lib)] public static extern nint wasmtime_array_ref_pre_new(nint context, nint arrayType);
    [DllImport(Lib)] public static extern void wasmtime_array_ref_pre_delete(nint pre);
    /// <summary>A new array of <paramref name="length"/> copies of one element: the host builds a GC string itself.</summary>
    [DllImport(Lib)] public static extern nint wasmtime_arrayref_new(nint context, nint pre, Val* element, uint length, GcRef* array);
    [DllImport(Lib)] public static extern void wasmtime_arrayref_to_anyref(GcRef* array, GcRef* anyref);
    /// <summary>An externref carrying a host value (a host string or descriptor) as its data pointer.</summary>
    [DllImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] public static extern bool wasmtime_externref_new(nint context, nint data, nint finalizer, GcRef* into);
    [DllImport(Lib)] public static extern nint wasmtime_externref_data(nint context, GcRef* externref);
    [DllImport(Lib)] public static extern void wasmtime_externref_unroot(GcRef* externref);
}
