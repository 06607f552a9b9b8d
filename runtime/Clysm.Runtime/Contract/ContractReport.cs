using System.Text.Json.Serialization;

namespace Clysm.Runtime.Contract;

/// <summary>How one value crosses the host boundary (serialized by name).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Repr>))]
internal enum Repr
{
    /// <summary>i32, or i31ref: a JS number either way.</summary>
    Int,
    /// <summary>externref file descriptor: a host number the module only passes back.</summary>
    Handle,
    /// <summary>externref string: a host string.</summary>
    HostString,
    /// <summary>GC byte array (UTF-8) read and built through the string channel.</summary>
    GcString,
    /// <summary>i32 keyword code (docs/stage-abi.md §2).</summary>
    KeywordCode,
    /// <summary>keyword as a host string with its lower-case name.</summary>
    KeywordHostString,
    /// <summary>keyword as a GC byte array with its lower-case name.</summary>
    KeywordGcString,
    /// <summary>f64, passed as it is (clysm:math).</summary>
    F64,
}

/// <summary>How the host must call or answer one accepted import: the representation of each
/// parameter and of the result (null when the import returns nothing).</summary>
internal sealed record ImportBinding(string Module, string Name, IReadOnlyList<Repr> Params, Repr? Result)
{
    public override string ToString() =>
        $"{Module} {Name}({string.Join(", ", Params)})" + (Result is { } r ? $" -> {r}" : "");
}

[JsonConverter(typeof(JsonStringEnumConverter<ViolationKind>))]
public enum ViolationKind
{
    /// <summary>A module/name pair the contract does not list.</summary>
    UnknownImport,
    /// <summary>A contract name imported as a table, memory, global or tag.</summary>
    NonFunctionImport,
    SignatureMismatch,
    MissingExport,
    BadExportSignature,
    /// <summary>Strings cross as GC references but the module has neither the whole string channel
    /// nor a string type the suite can bridge, or it exports only part of the channel.</summary>
    StringChannelMissing,
}

/// <summary>One deviation from the host contract. <paramref name="Module"/> is empty for exports;
/// <paramref name="Expected"/> and <paramref name="Declared"/> are WAT text when they apply.</summary>
public sealed record ContractViolation(
    ViolationKind Kind, string Module, string Name, string? Expected, string? Declared, string Message)
{
    public override string ToString() => Message;
}

public sealed class ContractReport
{
    internal ContractReport(IReadOnlyList<ContractViolation> violations, IReadOnlyList<ImportBinding> bindings)
    {
        Violations = violations;
        Bindings = bindings;
    }

    internal static readonly ContractReport Empty = new([], []);

    /// <summary>Every deviation found, imports first, in module order.</summary>
    public IReadOnlyList<ContractViolation> Violations { get; }

    /// <summary>One binding per host function import that matches the contract, in import order
    /// (<c>clysm:support</c> imports are resolved to the support instance, not bound to the host).</summary>
    internal IReadOnlyList<ImportBinding> Bindings { get; }

    public bool Ok => Violations.Count == 0;

    public ExitCode ExitCode => Ok ? ExitCode.EXIT_SUCCESS : ExitCode.EXIT_FAILURE;

    public override string ToString() =>
        Ok ? "host contract: ok" : "host contract: " + Violations.Count + " violation(s)\n" + string.Join("\n", Violations.Select(v => "  " + v.Message));
}
