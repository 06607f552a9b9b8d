using System.Text;
using System.Text.Json;
using Clysm.Runtime.Host;

namespace Clysm.Conformance.Stages;

/// <summary>A diagnostics file a command stage wrote that does not follow the protocol: a stage
/// error naming the problem, never evidence for a pass.</summary>
internal sealed class StageDiagnosticsException(string message) : Exception(message);

/// <summary>
/// Reads the file a command stage may write at <c>{diagnostics}</c>: one JSON object
/// <c>{"phase": "read"|"compile", "condition": "END-OF-FILE", "message": "...", "line": 1, "column": 5}</c>
/// with <c>phase</c> and <c>message</c> required, as schemas/stage-diagnostics.schema.json describes.
/// Every deviation is named; nothing is guessed.
/// </summary>
internal static class StageDiagnosticsFile
{
    public const int MaxBytes = 64 << 10;

    private static readonly HashSet<string> Known = ["phase", "condition", "message", "line", "column"];

    /// <summary>The diagnostic in <paramref name="path"/>, or null when the stage wrote no file.</summary>
    /// <exception cref="StageDiagnosticsException">the file does not follow the protocol.</exception>
    public static StageDiagnostic? Read(string path)
    {
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Missing) return null;
        if (kind != FileKind.Regular) throw new StageDiagnosticsException($"{path} is {FileKinds.Describe(kind)}, not a regular file");
        var length = new FileInfo(path).Length;
        if (length > MaxBytes) throw new StageDiagnosticsException($"{path} holds {length} bytes; a diagnostics file may hold at most {MaxBytes}");
        string text;
        try { text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path)); }
        catch (DecoderFallbackException) { throw new StageDiagnosticsException($"{path} is not valid UTF-8"); }
        return Parse(text, path);
    }

    /// <exception cref="StageDiagnosticsException">the text does not follow the protocol.</exception>
    public static StageDiagnostic Parse(string text, string name)
    {
        StageDiagnosticsException Bad(string why) => new($"{name}: {why}");
        JsonDocument doc;
        try { doc = JsonDocument.Parse(text); }
        catch (JsonException e) { throw Bad($"not JSON ({e.Message})"); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Bad($"expected one JSON object, found {Kind(root)}");
            foreach (var p in root.EnumerateObject())
                if (!Known.Contains(p.Name)) throw Bad($"unknown member \"{p.Name}\" (known: phase, condition, message, line, column)");

            var phase = String(root, "phase", required: true, Bad)!;
            if (phase is not ("read" or "compile")) throw Bad($"\"phase\" must be \"read\" or \"compile\", not \"{phase}\"");
            var message = String(root, "message", required: true, Bad)!;
            var condition = String(root, "condition", required: false, Bad);
            if (condition is { Length: 0 }) throw Bad("\"condition\" is empty (leave it out when the type is not known)");
            return new StageDiagnostic(phase, condition?.ToUpperInvariant(), message, Position(root, "line", Bad), Position(root, "column", Bad));
        }
    }

    private static string? String(JsonElement o, string name, bool required, Func<string, StageDiagnosticsException> bad)
    {
        if (!o.TryGetProperty(name, out var v)) return required ? throw bad($"\"{name}\" is required") : null;
        if (v.ValueKind != JsonValueKind.String) throw bad($"\"{name}\" must be a string, not {Kind(v)}");
        return v.GetString();
    }

    private static int? Position(JsonElement o, string name, Func<string, StageDiagnosticsException> bad)
    {
        if (!o.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var n) || n < 1)
            throw bad($"\"{name}\" must be a whole number >= 1 (1-based), not {v.GetRawText()}");
        return n;
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };
}
