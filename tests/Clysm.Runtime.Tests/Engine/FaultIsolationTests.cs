using Clysm.Runtime.Engine;
using Clysm.TestSupport;
using Xunit;

namespace Clysm.Runtime.Tests.Engine;

/// <summary>A fault stays in its case (issue 15): refused before it runs, or failing only itself,
/// with a named reason, and the next case on the same runner is clean.</summary>
public sealed class FaultIsolationTests(EngineRunnerFixture fx) : IClassFixture<EngineRunnerFixture>
{
    private static readonly byte[] Good = WasmAs.Assemble("""
        (module (import "clysm:io" "write-char" (func $w (param i32 i32)))
          (func (export "_start") (result i32) (call $w (i32.const 1) (i32.const 111)) (call $w (i32.const 1) (i32.const 107)) (i32.const 7)))
        """);

    private void NextCaseIsClean(string engine)
    {
        var r = fx.Runner(engine).Invoke(new InvocationRequest { Module = Good });
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Equal("ok", r.Stdout);
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 7), r.Value);
    }

    /// <summary>A module with the string channel, whose string-length or string-byte the test picks.</summary>
    private static byte[] ChannelModule(string lengthParam, string byteBody) => WasmAs.Assemble($$"""
        (module
          (type $bytes (array (mut i8)))
          (import "clysm:io" "write-string" (func $ws (param i32 (ref null $bytes))))
          (func (export "clysm:string-length") (param $s {{lengthParam}}) (result i32) (i32.const 3))
          (func (export "clysm:string-byte") (param $s anyref) (param $i i32) (result i32) {{byteBody}})
          (func (export "clysm:string-new") (param $n i32) (result anyref) (array.new_default $bytes (local.get $n)))
          (func (export "clysm:string-set-byte") (param $s anyref) (param $i i32) (param $b i32)
            (array.set $bytes (ref.cast (ref $bytes) (local.get $s)) (local.get $i) (local.get $b)))
          (func (export "_start") (result i32)
            (call $ws (i32.const 1) (array.new_fixed $bytes 3 (i32.const 97) (i32.const 98) (i32.const 99))) (i32.const 0)))
        """);

    [Theory]
    [EngineData]
    public void A_channel_export_declared_with_i31ref_is_refused_before_anything_runs(string engine)
    {
        var r = fx.Runner(engine).Invoke(new InvocationRequest { Module = ChannelModule("i31ref", "(i32.const 97)") });
        Assert.Equal(InvocationStatus.LinkError, r.Status);
        Assert.Contains("bad export signature: clysm:string-length", r.Message);
        Assert.Contains("declared (func (param i31ref) (result i32))", r.Message);
        Assert.Empty(r.ImportCalls);
        Assert.Empty(r.ExportsCalled);
        NextCaseIsClean(engine);
    }

    [Theory]
    [EngineData("(unreachable)", "unreachable")]
    [EngineData("(i32.const 300)", "clysm:string-byte returned 300 at index 0, not a byte")]
    public void A_channel_that_fails_while_a_host_call_is_being_encoded_traps_that_case_only(string engine, string byteBody, string message)
    {
        // The host call's frame was half built when the channel failed: it must be dropped, not sent.
        var r = fx.Runner(engine).Invoke(new InvocationRequest { Module = ChannelModule("anyref", byteBody) });
        if (EngineRunnerFixture.ReadsGcStringsItself(engine))
        {
            // Wasmtime's host reads the byte array through the C API: the broken channel is never called.
            Assert.Equal(InvocationStatus.Returned, r.Status);
            Assert.Equal("abc", r.Stdout);
        }
        else
        {
            Assert.Equal(InvocationStatus.Trapped, r.Status);
            Assert.Contains(message, r.Message);
            Assert.Equal("", r.Stdout);
        }
        NextCaseIsClean(engine);
    }

    [Theory]
    [EngineData]
    public void A_trap_in_the_start_function_is_a_trap_not_a_link_error(string engine)
    {
        var r = fx.Runner(engine).Invoke(new InvocationRequest
        {
            Module = WasmAs.Assemble("""
                (module (import "clysm:io" "write-char" (func $w (param i32 i32)))
                  (func $init (call $w (i32.const 1) (i32.const 115)) (unreachable))
                  (start $init)
                  (func (export "_start") (result i32) (i32.const 0)))
                """),
        });
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.Contains("unreachable", r.Message);
        Assert.Equal("s", r.Stdout);                       // it ran, and its host call was served
        NextCaseIsClean(engine);
    }

    [Theory]
    [EngineData]
    public void A_support_import_without_a_support_module_is_a_link_error_naming_it(string engine)
    {
        var r = fx.Runner(engine).Invoke(new InvocationRequest
        {
            Module = WasmAs.Assemble("""
                (module (import "clysm:support" "car" (func $car (param anyref) (result anyref)))
                  (func (export "_start") (result i32) (i32.const 0)))
                """),
        });
        Assert.Equal(InvocationStatus.LinkError, r.Status);
        Assert.Contains("clysm:support car", r.Message);
        Assert.Contains("no support module", r.Message);
        NextCaseIsClean(engine);
    }
}
