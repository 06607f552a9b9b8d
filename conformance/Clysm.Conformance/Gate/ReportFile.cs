using System.Text.Json;
using System.Text.Json.Nodes;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Schema;

namespace Clysm.Conformance.Gate;

/// <summary>A report and the file it came from (for messages).</summary>
public sealed record LoadedReport(CompilationReport Report, string Source = "<memory>");

/// <summary>An unreadable or schema-violating report file.</summary>
public sealed class ReportLoadException(string message) : Exception(message);

public static class ReportFile
{
    /// <exception cref="ReportLoadException">not JSON, or not a compilation report.</exception>
    public static LoadedReport Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"report not found: {path}", path);
        var json = File.ReadAllText(path);
        JsonNode? node;
        try { node = JsonNode.Parse(json); }
        catch (JsonException e) { throw new ReportLoadException($"{path}:{e.LineNumber + 1}: not valid JSON: {e.Message}"); }
        var errors = SchemaValidator.Report.Validate(json);
        if (errors.Count > 0)
            throw new ReportLoadException($"{path}: not a compilation report (schemas/compilation-report.schema.json):\n  " + string.Join("\n  ", errors.Take(10)));
        var report = node.Deserialize<CompilationReport>(ReportWriter.Json)
                     ?? throw new ReportLoadException($"{path}: empty report");
        return new LoadedReport(report, path);
    }
}
