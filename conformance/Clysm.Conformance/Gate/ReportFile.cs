using System.Text.Json;
using Clysm.Conformance.Reporting;

namespace Clysm.Conformance.Gate;

/// <summary>A report and the file it came from (for messages).</summary>
public sealed record LoadedReport(CompilationReport Report, string Source = "<memory>");

/// <summary>An unreadable report, or one that fails `report check`.</summary>
public sealed class ReportLoadException(string message, IReadOnlyList<ReportViolation>? violations = null) : Exception(message)
{
    public IReadOnlyList<ReportViolation> Violations { get; } = violations ?? [];
}

public static class ReportFile
{
    private const int MaxListed = 20;

    /// <summary>Reads the file once into a document, checks it (`report check`) and reads the report from that document.</summary>
    /// <exception cref="ReportLoadException">not JSON, or it fails the check; every violation is named by JSON pointer.</exception>
    public static LoadedReport Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"report not found: {path}", path);
        var violations = ReportCheck.CheckText(File.ReadAllText(path), out var document);
        using (document)
        {
            if (violations.Count > 0)
                throw new ReportLoadException(
                    $"{path}: fails `report check` ({violations.Count} problem(s)):\n  " + string.Join("\n  ", violations.Take(MaxListed))
                    + (violations.Count > MaxListed ? $"\n  ... and {violations.Count - MaxListed} more (clysm-conformance report check {path})" : ""),
                    violations);
            var report = document!.RootElement.Deserialize<CompilationReport>(ReportWriter.Json)
                         ?? throw new ReportLoadException($"{path}: empty report");
            return new LoadedReport(report, path);
        }
    }
}
