using Clysm.Runtime.Engine;
using Clysm.Runtime.Engine.Wasmtime;
using Clysm.TestSupport;
using Xunit;

namespace Clysm.Runtime.Tests.Engine.Wasmtime;

/// <summary>
/// The in-process Wasmtime engine (what the worker process hosts) under a <see cref="WasmRunner"/> in
/// this test process, on benign modules only: GC strings read and built by the host itself.
/// </summary>
public sealed class InProcessEngineTests : IDisposable
{
    private readonly WasmRunner _runner = new(new WasmtimeEngine(new WasmtimeSettings { CacheDirectory = null }.Check()));

    public void Dispose() => _runner.Dispose();

    [Fact]
    public void Gc_strings_cross_both_ways_without_a_string_channel_call_on_a_concrete_string_type()
    {
        // No string channel at all: the host reads write-string's array and builds read-line's result
        // itself, of the type the import declares, so the module's own cast accepts it.
        var r = _runner.Invoke(new InvocationRequest
        {
            Stdin = "héllo\nworld\n",
            Module = WasmAs.Assemble("""
                (module
                  (type $bytes (array (mut i8)))
                  (import "clysm:io" "write-char" (func $w (param i32 (ref null i31))))
                  (import "clysm:io" "read-line" (func $rl (param i32) (result (ref null $bytes))))
                  (import "clysm:io" "write-string" (func $ws (param i32 (ref null $bytes))))
                  (func (export "_start") (result i32)
                    (call $w (i32.const 1) (ref.i31 (i32.const 0x263A)))
                    (call $ws (i32.const 1) (ref.cast (ref $bytes) (call $rl (i32.const 0))))
                    (array.len (ref.as_non_null (call $rl (i32.const 0))))))
                """),
        });
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Equal("☺héllo", r.Stdout);
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 5), r.Value);
        Assert.Equal(["_start"], r.ExportsCalled);
        Assert.StartsWith("wasmtime 50.", r.Engine);
    }
}
