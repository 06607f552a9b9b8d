using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clysm.Conformance.Running;

/// <summary>The verdict of one case. Only <see cref="Pass"/> and the failure kinds are scored; a skip never is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Outcome>))]
public enum Outcome
{
    [JsonStringEnumMemberName("pass")] Pass,
    /// <summary>Ran, but a value, output, file or condition differs.</summary>
    [JsonStringEnumMemberName("fail")] Fail,
    /// <summary>The stage declined (exit 77), with its reason.</summary>
    [JsonStringEnumMemberName("skip")] Skip,
    [JsonStringEnumMemberName("compile-error")] CompileError,
    /// <summary>Bad magic/version or the engine's validation rejected the module.</summary>
    [JsonStringEnumMemberName("invalid-module")] InvalidModule,
    /// <summary>Imports violate the host contract or instantiation failed.</summary>
    [JsonStringEnumMemberName("link-error")] LinkError,
    [JsonStringEnumMemberName("trap")] Trap,
    [JsonStringEnumMemberName("timeout")] Timeout,
    /// <summary>The stage or engine process died, or the harness failed on this case.</summary>
    [JsonStringEnumMemberName("crash")] Crash,
}

/// <summary>Where a case ended: the last phase it reached.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Phase>))]
public enum Phase
{
    [JsonStringEnumMemberName("read")] Read,
    [JsonStringEnumMemberName("compile")] Compile,
    [JsonStringEnumMemberName("validate")] Validate,
    [JsonStringEnumMemberName("link")] Link,
    [JsonStringEnumMemberName("run")] Run,
    [JsonStringEnumMemberName("compare")] Compare,
    [JsonStringEnumMemberName("done")] Done,
}

/// <summary>The result of one case, as written to results.jsonl and the report's "cases".</summary>
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

    /// <summary>The stage produced a valid module, or rejected a case that expects a read/compile error.</summary>
    [JsonIgnore] public bool Compiled => Outcome is not (Outcome.Skip or Outcome.CompileError or Outcome.InvalidModule);
    [JsonIgnore] public bool CompileFailed => Outcome is Outcome.CompileError or Outcome.InvalidModule;
    [JsonIgnore] public bool Scored => Outcome != Outcome.Skip;

    /// <summary>Readable summary for test output: outcome, phase, reason and diff.</summary>
    public string Describe() =>
        $"{Id} ({Module}): {JsonSerializer.Serialize(Outcome).Trim('"')} at {JsonSerializer.Serialize(Phase).Trim('"')}"
        + (Reason is null ? "" : $": {Reason}")
        + (Diff is null ? "" : "\n" + Diff)
        + (ImportCalls.Count == 0 ? "" : "\nhost imports called: " + string.Join(", ", ImportCalls.Select(kv => $"{kv.Key} x{kv.Value}")));
}
