using System.Text.Json;
using System.Text.Json.Nodes;
using Clysm.Conformance.Reporting;

namespace Clysm.Conformance.Running;

/// <summary>The one JSON-lines shape of a case result: out/results.jsonl (written as cases finish)
/// and `export jsonl` (the same object, plus the gate's verdict when expectations are applied).</summary>
internal static class CaseLines
{
    private static readonly JsonSerializerOptions OneLine = new() { WriteIndented = false, Encoder = ReportWriter.Json.Encoder };

    /// <param name="extend">Adds fields after the result's own (the gate's verdict).</param>
    public static string Line(CaseResult result, Action<JsonObject>? extend = null)
    {
        if (extend is null) return JsonSerializer.Serialize(result, OneLine);
        var node = JsonSerializer.SerializeToNode(result, OneLine)!.AsObject();
        extend(node);
        return node.ToJsonString(OneLine);
    }
}
