using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Clysm.Runtime.Engine.Wasmtime;

/// <summary>
/// The one thread that runs wasm, with a native stack larger than the wasm stack budget: on a thread
/// with a smaller stack, deep recursion overflows the thread before Wasmtime's own stack check and
/// the process aborts ("Stack overflow.") instead of trapping "call stack exhausted".
/// </summary>
internal sealed class WasmThread : IDisposable
{
    private readonly BlockingCollection<Action> _work = new();
    private readonly Thread _thread;

    public WasmThread(int stackBytes)
    {
        _thread = new Thread(Loop, stackBytes) { IsBackground = true, Name = "wasm" };
        _thread.Start();
    }

    /// <summary>Runs <paramref name="job"/> on the wasm thread and waits for it.</summary>
    public T Run<T>(Func<T> job)
    {
        if (Thread.CurrentThread == _thread) return job();
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        using var done = new ManualResetEventSlim();
        _work.Add(() =>
        {
            try { result = job(); }
            catch (Exception e) { failure = ExceptionDispatchInfo.Capture(e); }
            finally { done.Set(); }
        });
        done.Wait();
        failure?.Throw();
        return result;
    }

    private void Loop()
    {
        foreach (var job in _work.GetConsumingEnumerable()) job();
    }

    public void Dispose()
    {
        _work.CompleteAdding();
        if (Thread.CurrentThread != _thread) _thread.Join();
    }
}
