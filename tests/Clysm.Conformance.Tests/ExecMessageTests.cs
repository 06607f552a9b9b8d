using Clysm.Conformance.Tests.Support;
using Xunit;

namespace Clysm.Conformance.Tests;

/// <summary>What `exec` says when a module is refused or the engine fails: one clear line naming the
/// cause, never a bare exception message (issue 15: "Specified argument was out of the range").</summary>
public sealed class ExecMessageTests : IDisposable
{
    private readonly TempDir _dir = TestPaths.Temp();
    public void Dispose() => _dir.Dispose();

    private (int Code, string Out, string Err) Exec(string wat, params string[] args)
    {
        var module = _dir.File(Guid.NewGuid().ToString("N") + ".wasm");
        WasmAs.AssembleTo(wat, module);
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Clysm.Cli.Cli.Execute(["exec", module, "--sandbox", _dir.Path, .. args], o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void A_string_channel_declared_with_i31ref_is_named_as_a_link_error()
    {
        var (code, _, err) = Exec("""
            (module (type $b (array (mut i8)))
              (import "clysm:io" "write-string" (func $ws (param i32 anyref)))
              (func (export "clysm:string-length") (param i31ref) (result i32) (i32.const 1))
              (func (export "clysm:string-byte") (param anyref i32) (result i32) (i32.const 65))
              (func (export "clysm:string-new") (param i32) (result anyref) (array.new_default $b (local.get 0)))
              (func (export "clysm:string-set-byte") (param anyref i32 i32))
              (func (export "_start") (result i32) (call $ws (i32.const 1) (array.new_default $b (i32.const 1))) (i32.const 0)))
            """);
        Assert.Equal(2, code);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("[exec] link error: bad export signature: clysm:string-length: expected (func (param gc-string) (result i32))", line);
        Assert.Contains("declared (func (param i31ref) (result i32))", line);
        Assert.Contains("imports called: none", line);
    }

    [Fact]
    public void A_trap_in_the_start_function_is_reported_as_a_trap()
    {
        var (code, _, err) = Exec("""(module (func $s (unreachable)) (start $s) (func (export "_start") (result i32) (i32.const 0)))""");
        Assert.Equal(2, code);
        Assert.StartsWith("[exec] trapped: unreachable", err);
    }
}
