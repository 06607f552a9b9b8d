using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clysm.Conformance.Reporting;

namespace Clysm.Conformance.Running;

/// <summary>
/// The files of one run, handled so that a run killed at any moment loses nothing and mixes nothing:
/// <list type="bullet">
/// <item>The output folders (of the report and of the results) are locked for the run
/// (<see cref="FolderLock"/>): a second run there is refused; a killed run leaves no stale lock.</item>
/// <item>Results go to <c>results.jsonl.partial</c> as cases finish, one whole line each, every line
/// carrying the run id. When the run ends, the report is written to <c>report.json.partial</c>, and
/// both are moved into place together: a small journal (<c>.clysm-run/commit.json</c>) names the
/// moves first, and the next run completes them if this one was killed in between. Until then the
/// previous run's report and results stay as they were, and they carry the same run id.</item>
/// <item>What a killed or interrupted run leaves (its <c>.partial</c> files) is kept by the next run as
/// <c>.interrupted</c>, and said so in <see cref="Notes"/>.</item>
/// <item>Temporary folders (case sandboxes, command-stage folders) live in <c>.clysm-run/RUN-ID/</c>
/// beside the report, removed at the end, or by the next run when this one was killed.</item>
/// </list>
/// </summary>
public sealed class RunFiles : IDisposable
{
    public const string ScratchName = ".clysm-run";
    private const string JournalName = "commit.json";
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly List<FolderLock> _locks;
    private readonly object _gate = new();
    private FileStream? _results;
    private int _count;
    private bool _ended;                          // committed or abandoned: its files are as they should stay

    private RunFiles(string runId, string report, string results, List<FolderLock> locks, IReadOnlyList<string> notes)
    {
        RunId = runId; ReportPath = report; ResultsPath = results; _locks = locks; Notes = notes;
        ScratchFolder = Path.Combine(Path.GetDirectoryName(report)!, ScratchName, runId);
    }

    /// <summary>Shared by the report's <c>run_id</c> and every line of the results.</summary>
    public string RunId { get; }
    public string ReportPath { get; }
    public string ResultsPath { get; }
    public string PartialReportPath => ReportPath + ".partial";
    public string PartialResultsPath => ResultsPath + ".partial";
    /// <summary>This run's temporary folder, under the report's folder.</summary>
    public string ScratchFolder { get; }
    /// <summary>Where the case sandboxes go.</summary>
    public string SandboxFolder => Path.Combine(ScratchFolder, "cases");
    /// <summary>Where a command stage makes its per-case folders.</summary>
    public string StageFolder => Path.Combine(ScratchFolder, "stage");
    /// <summary>What the start found and did (an earlier run's leftovers), for the person running.</summary>
    public IReadOnlyList<string> Notes { get; }
    /// <summary>Results written so far.</summary>
    public int ResultCount { get { lock (_gate) return _count; } }

    /// <summary>Locks the output folders, repairs what a killed run left, checks that every file of the
    /// run can be written (and the history read back), and opens the partial results.</summary>
    /// <exception cref="RunFolderBusyException">another run holds an output folder.</exception>
    /// <exception cref="IOException">a path is a directory or cannot be written.</exception>
    /// <exception cref="InvalidDataException">the history file has a damaged line (named by file:line).</exception>
    public static RunFiles Open(string reportPath, string resultsPath, string? historyPath = null)
    {
        var report = Path.GetFullPath(reportPath);
        var results = Path.GetFullPath(resultsPath);
        foreach (var (what, path) in new[] { ("report", report), ("results", results), ("history", historyPath is null ? null : Path.GetFullPath(historyPath)) })
            if (path is not null && Directory.Exists(path)) throw new IOException($"the {what} path {path} is a directory; give a file path");
        if (report == results) throw new IOException($"the report and the results cannot be the same file ({report})");

        var runId = $"{DateTime.UtcNow:yyyyMMdd'T'HHmmss'Z'}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
        var holder = $"pid {Environment.ProcessId}, run {runId}, started {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss}Z";
        var locks = new List<FolderLock>();
        try
        {
            foreach (var (what, path) in new[] { ("report", report), ("results", results) }.DistinctBy(p => Path.GetDirectoryName(p.Item2)).OrderBy(p => p.Item2, StringComparer.Ordinal))
                locks.Add(Writable(what, path, () => FolderLock.Take(Path.GetDirectoryName(path)!, holder)));
            var notes = new List<string>();
            var scratchRoot = Path.Combine(Path.GetDirectoryName(report)!, ScratchName);
            CompleteInterruptedCommit(scratchRoot, notes);
            KeepLeftovers(report, results, notes);
            RemoveStaleScratch(scratchRoot, notes);
            if (historyPath is not null) Writable("history", historyPath, () => { History.CheckAppendable(historyPath); return 0; });

            var files = new RunFiles(runId, report, results, locks, notes);
            Directory.CreateDirectory(files.SandboxFolder);
            Directory.CreateDirectory(files.StageFolder);
            files._results = Writable("results", results, () => new FileStream(files.PartialResultsPath, FileMode.CreateNew, FileAccess.Write, FileShare.Read));
            return files;
        }
        catch
        {
            foreach (var l in locks) l.Dispose();
            throw;
        }
    }

    /// <summary>A folder on the way that cannot be made is an output that cannot be written (exit 2),
    /// not a missing input (exit 3).</summary>
    private static T Writable<T>(string what, string path, Func<T> f)
    {
        try { return f(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write the {what} to {path}: {e.Message}", e);
        }
    }

    /// <summary>Appends one case's result as one line (safe from any thread).</summary>
    public void Append(CaseResult result)
    {
        var line = Utf8.GetBytes(CaseLines.Line(result, node => node.Insert(0, "run_id", RunId)) + "\n");
        lock (_gate)
        {
            var s = _results ?? throw new InvalidOperationException("the run's results are already closed");
            s.Write(line);                        // one write per line: a kill leaves whole lines
            s.Flush();
            _count++;
        }
    }

    /// <summary>The run finished: writes the report (schema-checked, with this run's id) and moves
    /// report and results into place together.</summary>
    /// <exception cref="ReportSchemaException">the report does not match its schema (nothing is moved).</exception>
    public CompilationReport Commit(CompilationReport report)
    {
        report = report with { RunId = RunId };
        _ended = true;
        CloseResults();
        ReportWriter.Write(report, PartialReportPath);
        var scratchRoot = Path.GetDirectoryName(ScratchFolder)!;
        var journal = new JsonObject
        {
            ["run_id"] = RunId,
            ["moves"] = new JsonArray(Move(PartialResultsPath, ResultsPath), Move(PartialReportPath, ReportPath)),
        };
        ReportWriter.WriteAtomically(Path.Combine(scratchRoot, JournalName), journal.ToJsonString());
        CompleteInterruptedCommit(scratchRoot, []);
        return report;
    }

    /// <summary>The run was interrupted: its partial results stay where they are, next to a partial
    /// report when one is given; the previous report and results are left alone.</summary>
    public void Abandon(CompilationReport? partialReport)
    {
        _ended = true;
        CloseResults();
        if (partialReport is not null) ReportWriter.Write(partialReport with { RunId = RunId }, PartialReportPath);
    }

    /// <summary>Nothing was run (the stage is missing): the empty partial results are removed, and the
    /// previous report and results stay.</summary>
    public void Discard()
    {
        _ended = true;
        CloseResults();
        File.Delete(PartialResultsPath);
    }

    /// <summary>Closes the results, removes the temporary folder and releases the folders. A run that
    /// stopped before its first result (a bad corpus, a missing stage) leaves no partial results.</summary>
    public void Dispose()
    {
        if (!_ended && ResultCount == 0) Discard();
        CloseResults();
        try
        {
            Directory.Delete(ScratchFolder, recursive: true);
            var scratchRoot = Path.GetDirectoryName(ScratchFolder)!;
            if (!Directory.EnumerateFileSystemEntries(scratchRoot).Any()) Directory.Delete(scratchRoot);
        }
        catch (IOException) { } catch (UnauthorizedAccessException) { }
        foreach (var l in _locks) l.Dispose();
    }

    private void CloseResults()
    {
        lock (_gate)
        {
            _results?.Flush(flushToDisk: true);
            _results?.Dispose();
            _results = null;
        }
    }

    private static JsonArray Move(string from, string to) => new(from, to);

    /// <summary>Finishes a commit whose journal is there (a run killed while moving its files).</summary>
    private static void CompleteInterruptedCommit(string scratchRoot, List<string> notes)
    {
        var journal = Path.Combine(scratchRoot, JournalName);
        if (!File.Exists(journal)) return;
        JsonNode? doc;
        try { doc = JsonNode.Parse(File.ReadAllText(journal)); }
        catch (JsonException) { doc = null; }    // written atomically: a damaged one was never complete
        var moved = 0;
        foreach (var move in doc?["moves"]?.AsArray() ?? [])
        {
            if (move?[0]?.GetValue<string>() is not { } from || move[1]?.GetValue<string>() is not { } to || !File.Exists(from)) continue;
            File.Move(from, to, overwrite: true);
            moved++;
        }
        File.Delete(journal);
        if (moved > 0) notes.Add($"completed moving the results of run {doc?["run_id"]}, which was stopped while moving them into place");
    }

    private static void KeepLeftovers(string report, string results, List<string> notes)
    {
        foreach (var path in new[] { results, report })
        {
            var partial = path + ".partial";
            if (!File.Exists(partial)) continue;
            var kept = path + ".interrupted";
            var what = path == results ? Describe(partial) : "its partial report";
            File.Move(partial, kept, overwrite: true);
            notes.Add($"an earlier run did not finish: {what} kept in {kept}");
        }
    }

    private static string Describe(string partialResults)
    {
        var lines = File.ReadLines(partialResults).Where(l => l.EndsWith('}')).ToList();
        string? id = null;
        try { id = lines.Count > 0 ? JsonNode.Parse(lines[0])?["run_id"]?.GetValue<string>() : null; }
        catch (JsonException) { }
        return $"the results of its {lines.Count} finished case(s)" + (id is null ? "" : $" (run {id})");
    }

    private static void RemoveStaleScratch(string scratchRoot, List<string> notes)
    {
        if (!Directory.Exists(scratchRoot)) return;
        var stale = Directory.GetDirectories(scratchRoot);
        foreach (var d in stale)
            try { Directory.Delete(d, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        if (stale.Length > 0) notes.Add($"removed {stale.Length} temporary folder(s) left by a run that was killed");
    }
}
