using static Clysm.Runtime.Engine.Wasmtime.Native.WasmtimeApi;

namespace Clysm.Runtime.Engine.Wasmtime.Native;

/// <summary>
/// A fresh <c>wasmtime_store_t</c> for one case: its GC heap, instances and host references die
/// with it. Every store gets the memory and instance limits and an epoch deadline of one tick
/// (the runner ends the tick at the case's timeout).
/// </summary>
internal sealed unsafe class NativeStore : IDisposable
{
    /// <summary>Instances, tables and memories a case may create: the case module and a support module, with room.</summary>
    private const long MaxInstances = 8, MaxTables = 64, MaxMemories = 8, MaxTableElements = 1 << 20;

    public NativeStore(NativeEngine engine, long memoryLimitBytes)
    {
        Handle = wasmtime_store_new(engine.Handle, 0, 0);
        if (Handle == 0) throw new NativeException("wasmtime: the store could not be created");
        Context = wasmtime_store_context(Handle);
        wasmtime_store_limiter(Handle, memoryLimitBytes, MaxTableElements, MaxInstances, MaxTables, MaxMemories);
        wasmtime_context_set_epoch_deadline(Context, 1);
    }

    public nint Handle { get; private set; }

    /// <summary>The <c>wasmtime_context_t</c> every call on this store takes.</summary>
    public nint Context { get; }

    public void Dispose()
    {
        if (Handle != 0) wasmtime_store_delete(Handle);
        Handle = 0;
    }
}
