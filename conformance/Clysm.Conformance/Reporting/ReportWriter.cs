using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Clysm.Conformance.Schema;

namespace Clysm.Conformance.Reporting;

/// <summary>The report failed its own schema: a harness bug, never written to disk.</summary>
public sealed class ReportSchemaException(IReadOnlyList<SchemaError> errors)
    : Exception("harness error: the compilation report does not match schemas/compilation-report.schema.json:\n  "
                + string.Join("\n  ", errors))
{
    public IReadOnlyList<SchemaError> Errors { get; } = errors;
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

    /// <summary>Validates the report against the schema, then writes it atomically (a temporary file in
    /// the same directory, then a rename), so readers never see half a report.</summary>
    /// <exception cref="ReportSchemaException">the report does not match the schema.</exception>
    public static void Write(CompilationReport report, string path)
    {
        var json = Serialize(report);
        var errors = SchemaValidator.Report.Validate(json);
        if (errors.Count > 0) throw new ReportSchemaException(errors);
        WriteAtomically(path, json);
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
