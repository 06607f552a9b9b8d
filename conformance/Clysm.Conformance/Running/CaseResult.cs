using System.Text.Json.Serialization;
using Clysm.Conformance.Stages;
using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Running;

/// <summary>The result of one case, as written to results.jsonl, the report's "cases" and `export jsonl`.</summary>
public sealed record CaseResult
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("module")] public required string Module { get; init; }
    [JsonPropertyName("category")] public required string Category { get; init; }
    [JsonPropertyName("features")] public IReadOnlyList<string> Features { get; init; } = [];
    [JsonPropertyName("outcome")] public required Outcome Outcome { get; init; }
    [JsonPropertyName("phase")] public required Phase Phase { get; init; }
    /// <summary>One line: why it failed or was skipped (grouped into top blockers).</summary>
    [JsonPropertyName("reason")] public string? Reason { get; init; }
    /// <summary>Expected vs actual, several lines.</summary>
    [JsonPropertyName("diff")] public string? Diff { get; init; }
    [JsonPropertyName("compile_ms")] public double CompileMs { get; init; }
    [JsonPropertyName("run_ms")] public double RunMs { get; init; }
    [JsonPropertyName("import_calls")] public IReadOnlyDictionary<string, int> ImportCalls { get; init; } = new Dictionary<string, int>();
    /// <summary>The engine (name and version) of the session that ran the case, whether or not a module reached it.</summary>
    [JsonPropertyName("engine")] public string? Engine { get; init; }
    [JsonPropertyName("stage_version")] public string? StageVersion { get; init; }
    /// <summary>What actually happened, pass or not, so any verdict can be audited.</summary>
    [JsonPropertyName("actual")] public CaseActual? Actual { get; init; }

    /// <summary>The stage produced a module and it validated (the report's "compiled").</summary>
    [JsonIgnore] public bool Compiled => Outcome.Info().Module switch
    {
        ModuleEvidence.Yes => true,
        ModuleEvidence.No => false,
        _ => Phase >= Phase.Link,
    };

    [JsonIgnore] public bool Scored => Outcome.IsScored();
    [JsonIgnore] public bool Failed => Outcome.IsFailure();

    /// <summary>Readable summary for test output: outcome, phase, reason and diff.</summary>
    public string Describe() =>
        $"{Id} ({Module}): {Outcome.Name()} at {Phase.Name()}"
        + (Reason is null ? "" : $": {Reason}")
        + (Diff is null ? "" : "\n" + Diff)
        + (ImportCalls.Count == 0 ? "" : "\nhost imports called: " + string.Join(", ", ImportCalls.Select(kv => $"{kv.Key} x{kv.Value}")));
}

/// <summary>What a case did: the value as the result channel gave it, output, condition, files, and
/// what the stage said. Texts longer than <see cref="MaxChars"/> are cut, with the full length kept.</summary>
public sealed record CaseActual
{
    public const int MaxChars = 16 * 1024;

    /// <summary>The printed value (a fixnum's digits through the i32 channel, NIL, the module's prin1 text), else null.</summary>
    [JsonPropertyName("value")] public string? Value { get; init; }
    /// <summary>How the value came back: none, fixnum, nil, not-fixnum, string, printed, opaque.</summary>
    [JsonPropertyName("value_kind")] public string? ValueKind { get; init; }
    [JsonPropertyName("stdout")] public string? Stdout { get; init; }
    [JsonPropertyName("stderr")] public string? Stderr { get; init; }
    /// <summary>Set when stdout was cut: its full length in characters.</summary>
    [JsonPropertyName("stdout_chars")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public int? StdoutChars { get; init; }
    [JsonPropertyName("stderr_chars")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public int? StderrChars { get; init; }
    [JsonPropertyName("condition")] public ActualCondition? Condition { get; init; }
    /// <summary>Every file in the case's sandbox after the run.</summary>
    [JsonPropertyName("files")] public IReadOnlyList<ActualFile>? Files { get; init; }
    /// <summary>Size of the module the stage produced.</summary>
    [JsonPropertyName("module_bytes")] public int? ModuleBytes { get; init; }
    /// <summary>The stage's own account of why it produced no module.</summary>
    [JsonPropertyName("diagnostic")] public ActualDiagnostic? Diagnostic { get; init; }

    internal static (string Text, int? Chars) Cut(string s) => s.Length <= MaxChars ? (s, null) : (s[..MaxChars], s.Length);

    /// <summary>What an engine run returned.</summary>
    internal static CaseActual FromRun(InvocationResult run, int moduleBytes, IReadOnlyList<ActualFile>? files)
    {
        var (stdout, stdoutChars) = Cut(run.Stdout);
        var (stderr, stderrChars) = Cut(run.Stderr);
        return new CaseActual
        {
            Value = run.Status == InvocationStatus.Returned ? run.Value.Printed : null,
            ValueKind = run.Status == InvocationStatus.Returned ? ValueKindName(run.Value.Kind) : null,
            Stdout = stdout, StdoutChars = stdoutChars,
            Stderr = stderr, StderrChars = stderrChars,
            Condition = run.Condition is { } c ? new ActualCondition(c.Type, c.Message) : null,
            Files = files,
            ModuleBytes = moduleBytes,
        };
    }

    internal static CaseActual? FromStage(StageOutput s) =>
        s.Diagnostic is null && s.Module is null ? null : new CaseActual
        {
            ModuleBytes = s.Module?.Length,
            Diagnostic = s.Diagnostic is { } d ? new ActualDiagnostic(d.Phase, d.ConditionType, d.Message, d.Line, d.Column) : null,
        };

    internal static string ValueKindName(LispValueKind k) => k switch
    {
        LispValueKind.None => "none",
        LispValueKind.Fixnum => "fixnum",
        LispValueKind.Nil => "nil",
        LispValueKind.NotFixnum => "not-fixnum",
        LispValueKind.String => "string",
        LispValueKind.Printed => "printed",
        _ => "opaque",
    };
}

public sealed record ActualCondition(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("message")] string Message);

/// <summary>A file after the run; <see cref="Contents"/> is null when it is not UTF-8 text.</summary>
public sealed record ActualFile(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("contents")] string? Contents);

public sealed record ActualDiagnostic(
    [property: JsonPropertyName("phase")] string Phase,
    [property: JsonPropertyName("condition")] string? Condition,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("line")] int? Line,
    [property: JsonPropertyName("column")] int? Column);
