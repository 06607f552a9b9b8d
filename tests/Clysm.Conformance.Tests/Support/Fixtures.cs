using System.Text;

namespace Clysm.Conformance.Tests.Support;

/// <summary>WAT fixtures: case modules and Stage modules with each defect the suite must name.</summary>
public static class Fixtures
{
    /// <summary>A compiled case whose _start returns 42 (i32 convention).</summary>
    public const string Answer42 = """(module (func (export "_start") (result i32) (i32.const 42)))""";

    public static readonly Lazy<byte[]> Answer42Bytes = new(() => WasmAs.Assemble(Answer42));

    // The string channel over (array (mut i8)) (docs/stage-abi.md §3).
    private const string Channel = """
          (func (export "clysm:string-length") (param anyref) (result i32)
            (if (result i32) (ref.test (ref $bytes) (local.get 0))
              (then (array.len (ref.cast (ref $bytes) (local.get 0))))
              (else (i32.const -1))))
          (func (export "clysm:string-byte") (param anyref i32) (result i32)
            (array.get_u $bytes (ref.cast (ref $bytes) (local.get 0)) (local.get 1)))
          (func (export "clysm:string-new") (param i32) (result anyref)
            (array.new_default $bytes (local.get 0)))
          (func (export "clysm:string-set-byte") (param anyref i32 i32)
            (array.set $bytes (ref.cast (ref $bytes) (local.get 0)) (local.get 1) (local.get 2)))
        """;

    /// <summary>A Stage module with no compile_form (like Clysm's Stage 0 stubs).</summary>
    public const string StageWithoutCompileForm = """(module (func (export "_start") (result i32) (i32.const 0)))""";

    /// <summary>A Stage module whose _start traps.</summary>
    public const string StageStartTraps = """
        (module
          (func (export "_start") (result i32) (unreachable))
          (func (export "compile_form") (param anyref) (result anyref) (ref.null any)))
        """;

    /// <summary>A Stage module importing write-char with a signature the contract does not accept.</summary>
    public const string StageWrongImport = """
        (module
          (import "clysm:io" "write-char" (func $wc (param f64 f64)))
          (func (export "_start") (result i32) (i32.const 0))
          (func (export "compile_form") (param anyref) (result anyref) (ref.null any)))
        """;

    /// <summary>compile_form without the string channel (like Clysm's Stage 1 today).</summary>
    public const string StageNoChannel = """
        (module
          (func (export "_start") (result i32) (i32.const 0))
          (func (export "compile_form") (param anyref) (result anyref) (ref.null any)))
        """;

    /// <summary>A complete Stage module whose compile_form returns null for every form.</summary>
    public const string StageReturnsNull = """
        (module
          (type $bytes (array (mut i8)))
        """ + Channel + """
          (func (export "_start") (result i32) (i32.const 0))
          (func (export "compile_form") (param anyref) (result anyref) (ref.null any)))
        """;

    /// <summary>A complete Stage module whose compile_form traps.</summary>
    public const string StageCompileTraps = """
        (module
          (type $bytes (array (mut i8)))
        """ + Channel + """
          (func (export "compile_form") (param anyref) (result anyref) (unreachable)))
        """;

    /// <summary>A working Stage module: whatever the source, compile_form returns <paramref name="module"/>'s bytes,
    /// and traps unless _start ran first on the same instance (as a real Stage's initialisation must).
    /// When <paramref name="echoLength"/> is set it returns null unless the source has that many bytes,
    /// which proves the source text arrived through the channel.</summary>
    public static string StageReturning(byte[] module, int? echoLength = null)
    {
        var data = new StringBuilder();
        foreach (var b in module) data.Append('\\').Append(b.ToString("x2"));
        var check = echoLength is { } n
            ? $"(if (i32.ne (call $len (local.get 0)) (i32.const {n})) (then (return (ref.null any))))"
            : "";
        return $$"""
            (module
              (type $bytes (array (mut i8)))
              (data $m "{{data}}")
              (func $len (param anyref) (result i32)
                (if (result i32) (ref.test (ref $bytes) (local.get 0))
                  (then (array.len (ref.cast (ref $bytes) (local.get 0))))
                  (else (i32.const -1))))
            {{Channel}}
              (global $ready (mut i32) (i32.const 0))
              (func (export "_start") (result i32) (global.set $ready (i32.const 1)) (i32.const 0))
              (func (export "compile_form") (param anyref) (result anyref)
                (if (i32.eqz (global.get $ready)) (then (unreachable)))
                {{check}}
                (array.new_data $bytes $m (i32.const 0) (i32.const {{module.Length}}))))
            """;
    }
}
