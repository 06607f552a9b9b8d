using System.Text.Json.Serialization;
using Clysm.Conformance.Running;

namespace Clysm.Conformance.Reporting;

// The report as written to JSON. The first four members are the seed's CompilationReport; the
// rest are the optional fields schemas/compilation-report.schema.json allows (docs/report.md).

public sealed record Summary
{
    [JsonPropertyName("total_forms")] public int TotalForms { get; init; }
    [JsonPropertyName("compiled")] public int Compiled { get; init; }
    [JsonPropertyName("failed")] public int Failed { get; init; }
    [JsonPropertyName("skipped")] public int Skipped { get; init; }
    [JsonPropertyName("coverage_pct")] public double CoveragePct { get; init; }
    [JsonPropertyName("passed")] public int Passed { get; init; }
    [JsonPropertyName("run_failed")] public int RunFailed { get; init; }
    [JsonPropertyName("scored")] public int Scored { get; init; }
    [JsonPropertyName("unverified")] public int Unverified { get; init; }
    [JsonPropertyName("inconclusive")] public int Inconclusive { get; init; }
    [JsonPropertyName("pass_pct")] public double PassPct { get; init; }
    [JsonPropertyName("outcomes")] public IReadOnlyDictionary<string, int> Outcomes { get; init; } = new Dictionary<string, int>();

    /// <summary>"passed/scored of total", so more skips can never raise a rate unnoticed.</summary>
    public string ScoredLine() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"passed {Passed} / scored {Scored} / total {TotalForms} (skipped {Skipped}, unverified {Unverified}, inconclusive {Inconclusive}); compiled {Compiled}/{TotalForms} = {CoveragePct:0.00}%");
}

public sealed record ModuleResult
{
    [JsonPropertyName("path")] public required string Path { get; init; }
    [JsonPropertyName("compiled")] public int Compiled { get; init; }
    [JsonPropertyName("failed")] public int Failed { get; init; }
    [JsonPropertyName("total")] public int Total { get; init; }
    [JsonPropertyName("skipped")] public int Skipped { get; init; }
    [JsonPropertyName("passed")] public int Passed { get; init; }
}

public sealed record StageInfo
{
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    [JsonPropertyName("description")] public required string Description { get; init; }
    [JsonPropertyName("sha256")] public string? Sha256 { get; init; }
}

public sealed record CategoryResult
{
    [JsonPropertyName("category")] public required string Category { get; init; }
    [JsonPropertyName("total")] public int Total { get; init; }
    [JsonPropertyName("compiled")] public int Compiled { get; init; }
    [JsonPropertyName("passed")] public int Passed { get; init; }
    [JsonPropertyName("skipped")] public int Skipped { get; init; }
    /// <summary>Cases with a failing outcome (the outcome table's failures).</summary>
    [JsonPropertyName("failed")] public int Failed { get; init; }
    [JsonPropertyName("unverified")] public int Unverified { get; init; }
    [JsonPropertyName("inconclusive")] public int Inconclusive { get; init; }
    [JsonPropertyName("coverage_pct")] public double CoveragePct { get; init; }
    [JsonPropertyName("pass_pct")] public double PassPct { get; init; }
}

/// <summary>A frequent failure reason: what to fix first.</summary>
public sealed record Blocker
{
    [JsonPropertyName("phase")] public required string Phase { get; init; }
    [JsonPropertyName("outcome")] public required string Outcome { get; init; }
    [JsonPropertyName("reason")] public required string Reason { get; init; }
    [JsonPropertyName("count")] public int Count { get; init; }
    [JsonPropertyName("examples")] public IReadOnlyList<string> Examples { get; init; } = [];
}

/// <summary>Which part of a sharded run a report holds.</summary>
public sealed record ShardInfo
{
    [JsonPropertyName("index")] public int Index { get; init; }
    [JsonPropertyName("count")] public int Count { get; init; }
    /// <summary>Cases the whole run selected, over all shards.</summary>
    [JsonPropertyName("selected")] public int Selected { get; init; }
    [JsonPropertyName("balance")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Balance { get; init; }
}

public sealed record CompilationReport
{
    [JsonPropertyName("timestamp")] public required string Timestamp { get; init; }
    /// <summary>Set by the run that wrote the report; every line of that run's results carries the same id.</summary>
    [JsonPropertyName("run_id")] public string? RunId { get; init; }
    [JsonPropertyName("stage_version")] public required string StageVersion { get; init; }
    [JsonPropertyName("summary")] public required Summary Summary { get; init; }
    [JsonPropertyName("modules")] public IReadOnlyList<ModuleResult> Modules { get; init; } = [];
    [JsonPropertyName("suite_version")] public string? SuiteVersion { get; init; }
    [JsonPropertyName("engine_version")] public string? EngineVersion { get; init; }
    /// <summary>Each engine of the run, name and version; two with --engine both.</summary>
    [JsonPropertyName("engines")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? Engines { get; init; }
    /// <summary>Set on the report of one shard (run --shard K/N).</summary>
    [JsonPropertyName("shard")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public ShardInfo? Shard { get; init; }
    /// <summary>Set by merge: the run id of each shard joined.</summary>
    [JsonPropertyName("merged_from")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<string>? MergedFrom { get; init; }
    [JsonPropertyName("stage")] public StageInfo? Stage { get; init; }
    [JsonPropertyName("duration_ms")] public double DurationMs { get; init; }
    [JsonPropertyName("filters")] public IReadOnlyList<string> Filters { get; init; } = [];
    /// <summary><see cref="Corpus.CorpusSet.Fingerprint"/> of the cases run; null when unknown.</summary>
    [JsonPropertyName("corpus_fingerprint")] public string? CorpusFingerprint { get; init; }
    [JsonPropertyName("categories")] public IReadOnlyList<CategoryResult> Categories { get; init; } = [];
    [JsonPropertyName("failures_by_phase")] public IReadOnlyDictionary<string, int> FailuresByPhase { get; init; } = new Dictionary<string, int>();
    [JsonPropertyName("top_blockers")] public IReadOnlyList<Blocker> TopBlockers { get; init; } = [];
    [JsonPropertyName("host_import_calls")] public IReadOnlyDictionary<string, int> HostImportCalls { get; init; } = new Dictionary<string, int>();
    [JsonPropertyName("cases")] public IReadOnlyList<CaseResult> Cases { get; init; } = [];
}
