using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clysm.Conformance.Reporting;

/// <summary>One line of the history file: a run's summary (docs/report.md).</summary>
public sealed record HistoryEntry
{
    [JsonPropertyName("timestamp")] public required string Timestamp { get; init; }
    /// <summary>The run's id, as in its report and results (null for entries older than run ids).</summary>
    [JsonPropertyName("run_id")] public string? RunId { get; init; }
    [JsonPropertyName("stage_version")] public required string StageVersion { get; init; }
    [JsonPropertyName("stage_kind")] public string? StageKind { get; init; }
    [JsonPropertyName("stage_sha256")] public string? StageSha256 { get; init; }
    /// <summary>The run's engine(s), name and version (absent in entries written before it was recorded).</summary>
    [JsonPropertyName("engine_version")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? EngineVersion { get; init; }
    [JsonPropertyName("total")] public int Total { get; init; }
    [JsonPropertyName("compiled")] public int Compiled { get; init; }
    [JsonPropertyName("failed")] public int Failed { get; init; }
    [JsonPropertyName("skipped")] public int Skipped { get; init; }
    [JsonPropertyName("passed")] public int Passed { get; init; }
    [JsonPropertyName("scored")] public int Scored { get; init; }
    [JsonPropertyName("coverage_pct")] public double CoveragePct { get; init; }
    [JsonPropertyName("pass_pct")] public double PassPct { get; init; }
    /// <summary>The run's case selection; empty for a run of the whole corpus.</summary>
    [JsonPropertyName("filters")] public IReadOnlyList<string> Filters { get; init; } = [];
    [JsonPropertyName("corpus_fingerprint")] public string? CorpusFingerprint { get; init; }
    /// <summary>coverage_pct per category.</summary>
    [JsonPropertyName("categories")] public IReadOnlyDictionary<string, double> Categories { get; init; } = new Dictionary<string, double>();
    /// <summary>pass_pct per category (absent in entries written before it was recorded).</summary>
    [JsonPropertyName("category_pass_pct")] public IReadOnlyDictionary<string, double>? CategoryPassPct { get; init; }

    public static HistoryEntry From(CompilationReport r) => new()
    {
        Timestamp = r.Timestamp,
        RunId = r.RunId,
        StageVersion = r.StageVersion,
        StageKind = r.Stage?.Kind,
        StageSha256 = r.Stage?.Sha256,
        EngineVersion = r.EngineVersion,
        Total = r.Summary.TotalForms,
        Compiled = r.Summary.Compiled,
        Failed = r.Summary.Failed,
        Skipped = r.Summary.Skipped,
        Passed = r.Summary.Passed,
        Scored = r.Summary.Scored,
        CoveragePct = r.Summary.CoveragePct,
        PassPct = r.Summary.PassPct,
        Filters = r.Filters,
        CorpusFingerprint = r.CorpusFingerprint,
        Categories = r.Categories.ToDictionary(c => c.Category, c => c.CoveragePct),
        CategoryPassPct = r.Categories.ToDictionary(c => c.Category, c => c.PassPct),
    };

    /// <summary>A run of the whole corpus: only such runs make a comparable trend.</summary>
    [JsonIgnore] public bool WholeCorpus => Filters.Count == 0;
}

/// <summary>The append-only history file (JSON lines) and its trend.</summary>
public static class History
{
    public const string DefaultPath = ".clysm/history.jsonl";
    private static readonly JsonSerializerOptions OneLine = new() { WriteIndented = false };

    public static void Append(string path, HistoryEntry entry)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        var line = JsonSerializer.Serialize(entry, OneLine) + "\n";
        // A last line left without its newline (an editor, a full disk) must not swallow this one.
        if (file.Length > 0 && LastByte(path) != '\n') line = "\n" + line;
        // One write of one whole line, so concurrent runs never interleave half lines.
        file.Write(new UTF8Encoding(false).GetBytes(line));
    }

    /// <summary>Checks, before a run, that its entry can be appended and read back: every line of the
    /// file is an entry, and the file can be opened for appending (it is created when missing).</summary>
    /// <exception cref="InvalidDataException">a damaged line, named by file:line.</exception>
    /// <exception cref="IOException">the file cannot be written.</exception>
    public static void CheckAppendable(string path)
    {
        Read(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var _ = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
    }

    private static int LastByte(string path)
    {
        using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (s.Length == 0) return -1;
        s.Seek(-1, SeekOrigin.End);
        return s.ReadByte();
    }

    /// <summary>All entries, oldest first. A damaged line is an error naming its line number.</summary>
    public static IReadOnlyList<HistoryEntry> Read(string path)
    {
        var list = new List<HistoryEntry>();
        if (!File.Exists(path)) return list;
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Trim().Length == 0) continue;
            try
            {
                list.Add(JsonSerializer.Deserialize<HistoryEntry>(line) ?? throw new JsonException("null entry"));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{n}: not a history entry ({FirstSentence(e.Message)}); "
                    + "fix or remove that line, or move the file away", e);
            }
        }
        return list;
    }

    // System.Text.Json's messages go on with a path and position the line number already gives.
    private static string FirstSentence(string message) => message.Split(" Path: ", 2)[0].TrimEnd('.');

    /// <summary>A table of the runs: pass rate and coverage, each with its change since the previous run.</summary>
    public static string Trend(IReadOnlyList<HistoryEntry> entries)
    {
        if (entries.Count == 0) return "no runs recorded yet\n";
        var sb = new StringBuilder();
        sb.AppendLine($"{"timestamp",-24} {"stage",-14} {"hash",-12} {"pass",8} {"change",7} {"coverage",9} {"change",7} {"passed/scored/total",22}");
        HistoryEntry? prev = null;
        static string Change(double now, double? before) => before is null ? "" : (now - before.Value).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
        foreach (var e in entries)
        {
            var hash = e.StageSha256 is { Length: >= 12 } h ? h[..12] : e.StageSha256 ?? "-";
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{e.Timestamp,-24} {e.StageVersion,-14} {hash,-12} {e.PassPct,7:0.00}% {Change(e.PassPct, prev?.PassPct),7} {e.CoveragePct,8:0.00}% {Change(e.CoveragePct, prev?.CoveragePct),7} {$"{e.Passed}/{e.Scored}/{e.Total}",22}");
            prev = e;
        }
        return sb.ToString();
    }
}
