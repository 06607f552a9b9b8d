using System.Diagnostics;
using System.Text.Json;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Wasm;
using Xunit;

namespace Clysm.Runtime.Tests.Wasm;

/// <summary>Runs a tool and returns what it said.</summary>
internal static class Tools
{
    public static (int Exit, string Out, string Err) Run(string exe, IEnumerable<string> args, string? workDir = null)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workDir ?? "" };
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(60_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{exe} did not finish in 60 s");
        }
        return (p.ExitCode, output, err.Result);
    }
}

public class WasmAsTests
{
    /// <summary>Every contract import, with a mix of the accepted representations, a rec group with a
    /// subtype, a tag, GC global initializers, _start, clysm:prin1 and the string channel.</summary>
    private const string GcModule = """
        (module
          (type $bytes (array (mut i8)))
          (rec
            (type $cons (sub (struct (field (mut anyref)) (field (mut anyref)))))
            (type $node (sub final $cons (struct (field (mut anyref)) (field (mut anyref)) (field (ref null $node))))))
          (import "clysm:io" "write-char" (func (param i31ref i31ref)))
          (import "clysm:io" "write-string" (func (param i32 (ref null $bytes))))
          (import "clysm:io" "read-char" (func (param externref) (result i32)))
          (import "clysm:io" "read-line" (func (param i32) (result externref)))
          (import "clysm:fs" "open" (func (param (ref null $bytes) i32 externref anyref) (result (ref i31))))
          (import "clysm:fs" "close" (func (param i32)))
          (import "clysm:fs" "read-all" (func (param i32) (result eqref)))
          (import "clysm:fs" "write-all" (func (param i32 (ref $bytes))))
          (import "clysm:runtime" "unhandled-condition" (func (param externref externref)))
          (tag $lisp-error (param anyref anyref))
          (global $nil (mut anyref) (ref.null none))
          (global $one (ref $cons) (struct.new $cons (ref.i31 (i32.const 11)) (ref.null none)))
          (global $hi (ref $bytes) (array.new_fixed $bytes 2 (i32.const 104) (i32.const 105)))
          (func (export "_start") (result anyref)
            (block $h (try_table (catch_all $h) (throw $lisp-error (ref.null none) (ref.null none))))
            (struct.new $node (global.get $one) (ref.null none) (ref.null none)))
          (func (export "clysm:prin1") (param anyref) (result anyref) (global.get $hi))
          (func (export "clysm:string-length") (param $s anyref) (result i32)
            (if (result i32) (ref.test (ref $bytes) (local.get $s))
              (then (array.len (ref.cast (ref $bytes) (local.get $s))))
              (else (i32.const -1))))
          (func (export "clysm:string-byte") (param $s anyref) (param $i i32) (result i32)
            (array.get_u $bytes (ref.cast (ref $bytes) (local.get $s)) (local.get $i)))
          (func (export "clysm:string-new") (param $n i32) (result anyref) (array.new_default $bytes (local.get $n)))
          (func (export "clysm:string-set-byte") (param $s anyref) (param $i i32) (param $b i32)
            (array.set $bytes (ref.cast (ref $bytes) (local.get $s)) (local.get $i) (local.get $b)))
        )
        """;

    // wasm-as takes over a second per run: both tests share one assembly.
    private static readonly Lazy<byte[]> Assembled = new(() => Clysm.TestSupport.WasmAs.Assemble(GcModule));

    [Fact]
    public void ParserAgreesWithWasmAsOnAGcModuleImportingTheWholeContract()
    {
        var m = WasmModule.Parse(Assembled.Value, "assembled.wasm");

        Assert.Equal(
        [
            "clysm:io write-char: function (func (param i31ref i31ref))",
            "clysm:io write-string: function (func (param i32 (ref null (array (mut i8)))))",
            "clysm:io read-char: function (func (param externref) (result i32))",
            "clysm:io read-line: function (func (param i32) (result externref))",
            "clysm:fs open: function (func (param (ref null (array (mut i8))) i32 externref anyref) (result (ref i31)))",
            "clysm:fs close: function (func (param i32))",
            "clysm:fs read-all: function (func (param i32) (result eqref))",
            "clysm:fs write-all: function (func (param i32 (ref (array (mut i8)))))",
            "clysm:runtime unhandled-condition: function (func (param externref externref))",
        ], m.Imports.Select(i => i.ToString()));
        Assert.Equal(
        [
            "_start: function (func (result anyref))",
            "clysm:prin1: function (func (param anyref) (result anyref))",
            "clysm:string-length: function (func (param anyref) (result i32))",
            "clysm:string-byte: function (func (param anyref i32) (result i32))",
            "clysm:string-new: function (func (param i32) (result anyref))",
            "clysm:string-set-byte: function (func (param anyref i32 i32))",
        ], m.Exports.Select(e => e.ToString()));
        Assert.Equal(9, m.ImportedFunctionCount);
        Assert.Equal(15, m.FunctionTypes.Count);
        Assert.Equal(6, m.CodeBodySizes.Count);

        // binaryen may reorder types, but the rec group and the subtype relation survive.
        var group = Assert.Single(m.RecGroups, g => g.IsExplicit);
        Assert.Equal(2, group.Types.Count);
        var node = Assert.Single(group.Types, t => t.Supertypes.Count == 1);
        Assert.True(node.Final);
        var cons = m.Types[node.Supertypes[0]];
        Assert.False(cons.Final);
        Assert.Equal("(sub (struct (field (mut anyref)) (field (mut anyref))))", cons.ToString());
        Assert.Equal($"(sub final ${cons.Index} (struct (field (mut anyref)) (field (mut anyref)) (field (ref null ${node.Index}))))", node.ToString());

        Assert.Equal("(func (param anyref anyref))", Assert.Single(m.Tags).ToString());
        Assert.Equal(
            ["(mut anyref)", "(ref (struct (field (mut anyref)) (field (mut anyref))))", "(ref (array (mut i8)))"],
            m.Globals.Select(g => g.ToString()));

        var report = ContractChecker.Check(m, HostContract.Default);
        Assert.True(report.Ok, report.ToString());
        Assert.Equal(
        [
            "clysm:io write-char(Int, Int)",
            "clysm:io write-string(Int, GcString)",
            "clysm:io read-char(Handle) -> Int",
            "clysm:io read-line(Int) -> HostString",
            "clysm:fs open(GcString, KeywordCode, KeywordHostString, KeywordGcString) -> Int",
            "clysm:fs close(Int)",
            "clysm:fs read-all(Int) -> GcString",
            "clysm:fs write-all(Int, GcString)",
            "clysm:runtime unhandled-condition(HostString, HostString)",
        ], report.Bindings.Select(b => b.ToString()));
    }

    [Fact]
    public void ParserAgreesWithV8OnImportAndExportLists()
    {
        var bytes = Assembled.Value;
        var dir = Directory.CreateTempSubdirectory("clysm-v8-");
        try
        {
            var wasm = Path.Combine(dir.FullName, "m.wasm");
            File.WriteAllBytes(wasm, bytes);
            const string script = "const m = new WebAssembly.Module(require('fs').readFileSync(process.argv[1]));"
                + "console.log(JSON.stringify({imports: WebAssembly.Module.imports(m), exports: WebAssembly.Module.exports(m)}));";
            var (exit, output, err) = Tools.Run(Clysm.Runtime.Engine.V8.NodeLocator.Find(), ["-e", script, wasm]);
            Assert.True(exit == 0, $"node failed ({exit}): {err}");
            using var doc = JsonDocument.Parse(output);
            var v8Imports = doc.RootElement.GetProperty("imports").EnumerateArray()
                .Select(i => $"{i.GetProperty("module").GetString()} {i.GetProperty("name").GetString()} {i.GetProperty("kind").GetString()}");
            var v8Exports = doc.RootElement.GetProperty("exports").EnumerateArray()
                .Select(e => $"{e.GetProperty("name").GetString()} {e.GetProperty("kind").GetString()}");
            var m = WasmModule.Parse(bytes);
            Assert.Equal(v8Imports, m.Imports.Select(i => $"{i.Module} {i.Name} {i.Kind}"));
            Assert.Equal(v8Exports, m.Exports.Select(e => $"{e.Name} {e.Kind}"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
