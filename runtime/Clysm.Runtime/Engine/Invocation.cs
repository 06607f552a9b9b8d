using Clysm.Runtime.Contract;
using Clysm.Runtime.Host;

namespace Clysm.Runtime.Engine;

/// <summary>One call of one export of one module, with the host state it runs against.</summary>
public sealed record InvocationRequest
{
    /// <summary>The module's bytes; not to be changed once passed: a Stage or support module handed
    /// over again (the same array) is read, checked and compiled once per <see cref="WasmRunner"/>.</summary>
    public required byte[] Module { get; init; }
    /// <summary>What the module is: decides the exports the host contract requires (never guessed from names).</summary>
    public ModuleRole Role { get; init; } = ModuleRole.Case;
    /// <summary>A case module's support module (docs/stage-abi.md §5): instantiated fresh first, in the
    /// same store; the case's <c>clysm:support</c> imports are its exports.</summary>
    public byte[]? Support { get; init; }
    public string Export { get; init; } = "_start";
    /// <summary>Exports called first, in order, with no arguments, on the same instance (a Stage
    /// module's _initialize before compile_form). A trap in one ends the run as a trap.</summary>
    public IReadOnlyList<string> Setup { get; init; } = [];
    /// <summary>When set, the export is called with this one string argument, a GC string of the
    /// module's own type (through its string channel, or the suite's bridge); otherwise with none.</summary>
    public string? Argument { get; init; }
    /// <summary>Read a reference result as bytes (a Stage's compile_form returns module bytes):
    /// <see cref="InvocationResult.ReturnedBytes"/>, and no printing through clysm:prin1.</summary>
    public bool ReturnsBytes { get; init; }
    /// <summary>Standard input text (UTF-8); ignored when <see cref="StdinFile"/> is set.</summary>
    public string Stdin { get; init; } = "";
    public string? StdinFile { get; init; }
    /// <summary>Directory every clysm:fs path resolves inside; null forbids file access.</summary>
    public string? SandboxRoot { get; init; }
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>Cap on stdout and on stderr, each, in bytes; hitting it ends the run.</summary>
    public int OutputLimitBytes { get; init; } = 1 << 20;
    /// <summary>The host's other caps: bytes written to files, bytes read, open descriptors.</summary>
    public HostLimits Limits { get; init; } = HostLimits.Default;
}

public enum InvocationStatus
{
    /// <summary>The export returned normally.</summary>
    Returned,
    /// <summary>The engine rejected the module (validation).</summary>
    InvalidModule,
    /// <summary>Instantiation failed: imports do not match the host, or the export is absent.</summary>
    LinkError,
    /// <summary>A trap, an uncaught exception, a host error or an unhandled condition ended the run.</summary>
    Trapped,
    TimedOut,
    /// <summary>stdout or stderr exceeded the cap, or the bytes written to files did (the message says which).</summary>
    OutputLimit,
    /// <summary>The engine failed: its process died, it broke the protocol, or the harness did.</summary>
    Crashed,
}

/// <summary>The value an export returned, decoded under docs/stage-abi.md.</summary>
public sealed record LispValue(LispValueKind Kind, long Fixnum = 0, string? Text = null)
{
    public static readonly LispValue Nil = new(LispValueKind.Nil);
    public static readonly LispValue NotFixnum = new(LispValueKind.NotFixnum);
    public static readonly LispValue Opaque = new(LispValueKind.Opaque);
    public static readonly LispValue None = new(LispValueKind.None);

    /// <summary>The printed form when known (fixnum, NIL, printed text, string), else null.</summary>
    public string? Printed => Kind switch
    {
        LispValueKind.Fixnum => Fixnum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        LispValueKind.Nil => "NIL",
        LispValueKind.Printed => Text,
        LispValueKind.String => Clysm.Runtime.Host.LispText.Prin1String(Text ?? ""),
        _ => null,
    };

    /// <summary>An opaque value described for people (what came back, when nothing can print it).</summary>
    public static LispValue Described(string what) => new(LispValueKind.Opaque, Text: what);

    public override string ToString() => Printed ?? Kind switch
    {
        LispValueKind.NotFixnum => "#<a value that is not a fixnum (i32 convention)>",
        LispValueKind.Opaque when Text is not null => $"#<{Text}>",
        LispValueKind.Opaque => "#<an opaque value: the module exports no clysm:prin1>",
        _ => "#<no value>",
    };
}

public enum LispValueKind
{
    /// <summary>The export returns nothing.</summary>
    None,
    Fixnum,
    Nil,
    /// <summary>i32 convention: INT32_MIN+1, a value that is not a fixnum.</summary>
    NotFixnum,
    /// <summary>A string (GC byte array or host string) when the module has no printer.</summary>
    String,
    /// <summary>Text printed by the module's own clysm:prin1.</summary>
    Printed,
    /// <summary>A reference the host cannot print.</summary>
    Opaque,
}

/// <summary>An unhandled Lisp condition the module reported through clysm:runtime unhandled-condition.</summary>
public sealed record ConditionInfo(string Type, string Message);

public sealed record InvocationResult
{
    public required InvocationStatus Status { get; init; }
    public LispValue Value { get; init; } = LispValue.None;
    /// <summary>The bytes of the byte array the export returned, when the request asked for bytes
    /// (<see cref="InvocationRequest.ReturnsBytes"/>: a Stage module's compiled wasm), else null.</summary>
    public byte[]? ReturnedBytes { get; init; }
    public string Stdout { get; init; } = "";
    public string Stderr { get; init; } = "";
    /// <summary>Engine message for traps, link errors, invalid modules, crashes; null on return.</summary>
    public string? Message { get; init; }
    /// <summary>The wasm stack trace of a trap, when the engine gives one.</summary>
    public string? WasmStack { get; init; }
    /// <summary>The host error that ended the run (bad descriptor, wrong direction, sandbox...).</summary>
    public HostError? HostError { get; init; }
    public ConditionInfo? Condition { get; init; }
    /// <summary>Calls per host import ("clysm:io write-char" → count).</summary>
    public IReadOnlyDictionary<string, int> ImportCalls { get; init; } = new Dictionary<string, int>();
    /// <summary>The exports actually called, in order (setup exports, the export, clysm:prin1).</summary>
    public IReadOnlyList<string> ExportsCalled { get; init; } = [];
    /// <summary>The engine's name and version, e.g. "v8 13.6.233.17-node.53 (Node 24.21.0)".</summary>
    public string? Engine { get; init; }
    public TimeSpan Duration { get; init; }

    /// <summary>The seed's exit code for this outcome.</summary>
    public ExitCode ExitCode => Status == InvocationStatus.Returned ? ExitCode.EXIT_SUCCESS : ExitCode.EXIT_FAILURE;
}
