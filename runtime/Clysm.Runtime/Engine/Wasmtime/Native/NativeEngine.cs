using System.Text;
using static Clysm.Runtime.Engine.Wasmtime.Native.WasmtimeApi;

namespace Clysm.Runtime.Engine.Wasmtime.Native;

/// <summary>
/// One <c>wasm_engine_t</c> configured with the suite's guard rails: GC, typed function references,
/// exceptions and tail calls on; Cranelift (Winch panics with GC); the wasm stack budget; epoch
/// interruption; the on-disk compilation cache. Compiles and validates modules.
/// </summary>
internal sealed unsafe class NativeEngine : IDisposable
{
    public nint Handle { get; private set; }

    /// <summary>The settings are taken as given (<see cref="WasmtimeSettings.Check"/> is the parent's job):
    /// tests break the guard rails on purpose to see a worker die.</summary>
    public NativeEngine(WasmtimeSettings settings)
    {
        var config = wasm_config_new();
        wasmtime_config_wasm_reference_types_set(config, true);
        wasmtime_config_wasm_function_references_set(config, true);
        wasmtime_config_wasm_gc_set(config, true);
        wasmtime_config_wasm_exceptions_set(config, true);
        wasmtime_config_wasm_tail_call_set(config, true);
        wasmtime_config_strategy_set(config, StrategyCranelift);
        wasmtime_config_cranelift_opt_level_set(config, settings.Optimize ? OptSpeed : OptNone);
        wasmtime_config_cranelift_regalloc_algorithm_set(config, settings.SinglePassRegalloc ? RegallocSinglePass : RegallocBacktracking);
        wasmtime_config_max_wasm_stack_set(config, (nuint)settings.WasmStackBytes);
        wasmtime_config_epoch_interruption_set(config, true);
        wasmtime_config_parallel_compilation_set(config, settings.ParallelCompilation);
        if (settings.CacheDirectory is { } dir)
        {
            var error = LoadCache(config, dir);
            if (error is not null)
            {
                wasm_config_delete(config);
                throw new NativeException(error);
            }
        }
        Handle = wasm_engine_new_with_config(config);
        if (Handle == 0) throw new NativeException("wasmtime: the engine could not be created");
    }

    /// <summary>Writes the cache's TOML file beside the cache directory (Wasmtime's cleanup deletes
    /// files it does not know inside it) and loads it. Only <c>directory</c> is set: Wasmtime 50
    /// rejects <c>enabled = true</c> as unknown.</summary>
    private static string? LoadCache(nint config, string dir)
    {
        try
        {
            Directory.CreateDirectory(dir);
            var toml = Path.TrimEndingDirectorySeparator(dir) + ".toml";
            var text = $"[cache]\ndirectory = \"{dir.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"\n";
            if (!File.Exists(toml) || File.ReadAllText(toml) != text)
            {
                var tmp = $"{toml}.{Environment.ProcessId}.tmp";
                File.WriteAllText(tmp, text);
                File.Move(tmp, toml, overwrite: true);
            }
            var path = Encoding.UTF8.GetBytes(toml + "\0");
            fixed (byte* p = path)
            {
                var error = wasmtime_config_cache_config_load(config, p);
                return error == 0 ? null : $"wasmtime cache {toml}: {NativeError.TakeMessage(error)}";
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"wasmtime cache {dir}: {e.Message}";
        }
    }

    /// <summary>Null when the engine accepts the module, else its validation message.</summary>
    public string? Validate(ReadOnlySpan<byte> wasm)
    {
        fixed (byte* p = wasm)
        {
            var error = wasmtime_module_validate(Handle, p, (nuint)wasm.Length);
            return error == 0 ? null : NativeError.TakeMessage(error);
        }
    }

    /// <summary>Validates and compiles; the message is the engine's when it rejects the module.</summary>
    public (NativeModule? Module, string? Error) Compile(ReadOnlySpan<byte> wasm)
    {
        nint module;
        nint error;
        fixed (byte* p = wasm) error = wasmtime_module_new(Handle, p, (nuint)wasm.Length, &module);
        return error != 0 ? (null, NativeError.TakeMessage(error)) : (new NativeModule(module), null);
    }

    /// <summary>Reads compiled bytes made by <see cref="NativeModule.Serialize"/> of the same engine build.</summary>
    public (NativeModule? Module, string? Error) Deserialize(ReadOnlySpan<byte> compiled)
    {
        nint module;
        nint error;
        fixed (byte* p = compiled) error = wasmtime_module_deserialize(Handle, p, (nuint)compiled.Length, &module);
        return error != 0 ? (null, NativeError.TakeMessage(error)) : (new NativeModule(module), null);
    }

    /// <summary>Stores past their deadline trap "interrupt" at their next epoch check.</summary>
    public void IncrementEpoch() => wasmtime_engine_increment_epoch(Handle);

    public void Dispose()
    {
        if (Handle != 0) wasm_engine_delete(Handle);
        Handle = 0;
    }
}
