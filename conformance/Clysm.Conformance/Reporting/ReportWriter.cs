using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clysm.Conformance.Reporting;

/// <summary>The report failed its own check: a harness bug, never written to disk.</summary>
public sealed class ReportSchemaException(IReadOnlyList<ReportViolation> violations)
    : Exception("harness error: the compilation report fails `report check` (schemas/compilation-report.schema.json and its sums):\n  "
                + string.Join("\n  ", violations))
{
    public IReadOnlyList<ReportViolation> Violations { get; } = violations;
}

public static class ReportWriter
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(CompilationReport report) => JsonSerializer.Serialize(report, Json);

    /// <summary>Serialises the report once, checks that document (schema and sums, as `report
    /// check` does), then writes it atomically (a temporary file in the same directory, then a
    /// rename), so readers never see half a report.</summary>
    /// <exception cref="ReportSchemaException">the report fails the check.</exception>
    public static void Write(CompilationReport report, string path)
    {
        var document = JsonSerializer.SerializeToElement(report, Json);
        var violations = ReportCheck.Check(document);
        if (violations.Count > 0) throw new ReportSchemaException(violations);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = Json.Encoder }))
            document.WriteTo(writer);
        WriteAtomically(path, Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public static void WriteAtomically(string path, string text)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var tmp = full + ".tmp-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            File.WriteAllText(tmp, text, new UTF8Encoding(false));
            File.Move(tmp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp)) File.Delete(tmp);
        }
    }
}
