using Clysm.Runtime.Contract;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Engine.Wasmtime;
using Clysm.Runtime.Wasm;
using Clysm.TestSupport;
using Xunit;

namespace Clysm.Runtime.Tests.Engine.Wasmtime;

/// <summary>The in-process Wasmtime runner (what the worker process hosts), on small GC modules.</summary>
public sealed class InProcessRunnerTests : IDisposable
{
    private readonly WasmtimeRunner _runner = new(new WasmtimeSettings { CacheDirectory = null });

    public void Dispose() => _runner.Dispose();

    private InvocationResult Run(string wat, string stdin = "")
    {
        var bytes = Wat.Assemble(wat);
        var contract = ContractChecker.Check(WasmModule.Parse(bytes), HostContract.Default);
        Assert.True(contract.Ok, contract.ToString());
        var (module, error) = _runner.Compile(bytes);
        Assert.Null(error);
        using (module)
            return _runner.Run(module!, new InvocationRequest { Module = bytes, Stdin = stdin }, contract.Bindings);
    }

    [Fact]
    public void Smoke()
    {
        var r = Run("""
            (module
              (type $bytes (array (mut i8)))
              (import "clysm:io" "write-char" (func $w (param i32 (ref null i31))))
              (import "clysm:io" "read-line" (func $rl (param i32) (result (ref null $bytes))))
              (import "clysm:io" "write-string" (func $ws (param i32 (ref null $bytes))))
              (func (export "clysm:string-length") (param anyref) (result i32)
                (if (result i32) (ref.test (ref $bytes) (local.get 0))
                  (then (array.len (ref.cast (ref $bytes) (local.get 0)))) (else (i32.const -1))))
              (func (export "clysm:string-byte") (param anyref i32) (result i32) (array.get_u $bytes (ref.cast (ref $bytes) (local.get 0)) (local.get 1)))
              (func (export "clysm:string-new") (param i32) (result anyref) (array.new_default $bytes (local.get 0)))
              (func (export "clysm:string-set-byte") (param anyref i32 i32) (array.set $bytes (ref.cast (ref $bytes) (local.get 0)) (local.get 1) (local.get 2)))
              (func (export "_start") (result anyref)
                (call $w (i32.const 1) (ref.i31 (i32.const 0x263A)))
                (call $ws (i32.const 1) (call $rl (i32.const 0)))
                (call $rl (i32.const 0))))
            """, "héllo\nworld\n");
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Equal("☺héllo", r.Stdout);
        Assert.Equal(new LispValue(LispValueKind.String, Text: "world"), r.Value);
    }
}
