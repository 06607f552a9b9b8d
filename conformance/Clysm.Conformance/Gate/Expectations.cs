using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Conformance.Schema;

namespace Clysm.Conformance.Gate;

/// <summary>Whether a known non-passing case is meant to pass one day (the model is the test262
/// harnesses' split of exclusions into "not yet" and "never").</summary>
[JsonConverter(typeof(ExpectationKindJsonConverter))]
public enum ExpectationKind
{
    /// <summary>Work to do: the stage should pass it one day.</summary>
    NotYet,
    /// <summary>By design: the stage will not do this (say why in the reason).</summary>
    Never,
}

/// <summary>One known non-passing case (schemas/expectations.schema.json).</summary>
public sealed record Expectation
{
    /// <summary>What bless writes as the reason of a new entry, until someone says why.</summary>
    public const string ReasonPlaceholder = "TODO: say why this case does not pass";

    [JsonPropertyName("id")] public required string Id { get; init; }
    /// <summary><see cref="Outcome.Fail"/>: any failing outcome but crash, invalid-module, timeout and
    /// disagreement; another failing outcome: that one exactly; skip, unverified, inconclusive: that
    /// outcome, which is not scored.</summary>
    [JsonPropertyName("expect")] public required Outcome Expect { get; init; }
    [JsonPropertyName("kind")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public ExpectationKind? Kind { get; init; }
    [JsonPropertyName("reason")] public required string Reason { get; init; }
    [JsonPropertyName("link")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Link { get; init; }

    /// <summary>The reason is still the placeholder bless wrote, or the entry is not tagged not-yet/never.</summary>
    [JsonIgnore] public bool Unexplained => Kind is null || Reason.StartsWith("TODO", StringComparison.Ordinal);
}

/// <summary>A stage's expectations file: the cases its developers know do not pass yet.</summary>
public sealed record ExpectationsFile
{
    /// <summary>"stage1" (every version of it) or an exact stage_version ("stage1-v0.3").</summary>
    [JsonPropertyName("stage")] public required string Stage { get; init; }
    [JsonPropertyName("entries")] public IReadOnlyList<Expectation> Entries { get; init; } = [];

    /// <summary>Whether these expectations are for the report's stage_version.</summary>
    public bool AppliesTo(string stageVersion) =>
        Stage == stageVersion || stageVersion.StartsWith(Stage + "-v", StringComparison.Ordinal);
}

/// <summary>A malformed expectations file: names the file, line, column and JSON pointer.</summary>
public sealed class ExpectationsFormatException(string file, int line, int column, string pointer, string problem)
    : Exception($"{file}:{line}:{column}: {(pointer.Length == 0 ? "/" : pointer)}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;
    /// <summary>Where in the document, as a JSON pointer ("/entries/1/expect").</summary>
    public string Pointer { get; } = pointer;
    public string Problem { get; } = problem;
}

/// <summary>Finding, reading, checking and writing expectations files.</summary>
public static class Expectations
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Where a stage's checked-in expectations live by default, relative to the checkout:
    /// expectations/reference.json for the built-in reference stage, else expectations/&lt;stageN&gt;.json.</summary>
    public static string DefaultPath(string? stageKind, string stageVersion) =>
        Path.Combine("expectations", (stageKind == "reference" ? "reference" : Blesser.StageName(stageVersion)) + ".json");

    /// <summary>The one rule for which file applies: <paramref name="given"/> (--expectations), else
    /// $CLYSM_EXPECTATIONS, else <see cref="DefaultPath"/> under <paramref name="root"/>; and
    /// whether it was named explicitly (then it must exist).</summary>
    public static (string Path, bool Explicit) Locate(string? given, string? stageKind, string stageVersion, string? root = null)
    {
        if (given is not null) return (given, true);
        if (Environment.GetEnvironmentVariable("CLYSM_EXPECTATIONS") is { Length: > 0 } env) return (env, true);
        var path = DefaultPath(stageKind, stageVersion);
        return (root is null ? path : System.IO.Path.Combine(root, path), false);
    }

    /// <summary>The located file for this stage, or null when there is none by default.</summary>
    /// <exception cref="FileNotFoundException">an explicitly named file is missing.</exception>
    /// <exception cref="ArgumentException">the file is for another stage.</exception>
    public static ExpectationsFile? ForStage((string Path, bool Explicit) located, string stageVersion)
    {
        if (!File.Exists(located.Path))
            return located.Explicit ? throw new FileNotFoundException($"expectations file not found: {located.Path}", located.Path) : null;
        var file = Load(located.Path);
        if (!file.AppliesTo(stageVersion))
            throw new ArgumentException($"{located.Path} is for stage {file.Stage}, the run is of {stageVersion}");
        return file;
    }

    public static ExpectationsFile Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"expectations file not found: {path}", path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads the text once into a document, checks that document against the schema,
    /// and reads the file from it; line and column are worked out only for an error.</summary>
    /// <param name="source">The file name used in error messages.</param>
    /// <exception cref="ExpectationsFormatException">bad JSON, a schema violation or a duplicate id.</exception>
    public static ExpectationsFile Parse(string json, string source)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(json); }
        catch (JsonException e)
        {
            throw new ExpectationsFormatException(source, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, "",
                "not valid JSON: " + JsonSyntax.FirstSentence(e));
        }
        using (document)
        {
            var errors = SchemaValidator.Expectations.Validate(document.RootElement);
            if (errors.Count > 0)
            {
                var e = errors[0];
                var (line, col) = Locate(Positions(json), e.Pointer);
                var more = errors.Count > 1 ? $" (and {errors.Count - 1} more problem(s))" : "";
                throw new ExpectationsFormatException(source, line, col, e.Pointer, e.Message + more);
            }

            var file = document.RootElement.Deserialize<ExpectationsFile>(Json)
                       ?? throw new ExpectationsFormatException(source, 1, 1, "", "empty document");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < file.Entries.Count; i++)
                if (!seen.Add(file.Entries[i].Id))
                {
                    var pointer = $"/entries/{i}/id";
                    var (line, col) = Locate(Positions(json), pointer);
                    throw new ExpectationsFormatException(source, line, col, pointer, $"duplicate id {file.Entries[i].Id}");
                }
            return file;
        }
    }

    /// <summary>Serialises once, checks that document against the schema, then replaces the file atomically.</summary>
    public static void Save(string path, ExpectationsFile file)
    {
        var document = JsonSerializer.SerializeToElement(file, Json);
        var errors = SchemaValidator.Expectations.Validate(document);
        if (errors.Count > 0)
            throw new InvalidOperationException("harness error: generated expectations do not match schemas/expectations.schema.json:\n  " + string.Join("\n  ", errors));
        ReportWriter.WriteAtomically(path, JsonSerializer.Serialize(document, Json) + "\n");
    }

    private static (int Line, int Column) Locate(IReadOnlyDictionary<string, (int, int)> positions, string pointer)
    {
        // A missing property is reported at its parent object.
        while (true)
        {
            if (positions.TryGetValue(pointer, out var at)) return at;
            if (pointer.Length == 0) return (1, 1);
            pointer = pointer[..pointer.LastIndexOf('/')];
        }
    }

    /// <summary>The line and column of every value of the document, by JSON pointer ("/entries/0/expect").</summary>
    private static Dictionary<string, (int, int)> Positions(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var map = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var frames = new Stack<Frame>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        (int, int) Where(long index)
        {
            int line = 1, lineStart = 0;
            for (var i = 0; i < index; i++)
                if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
            // Columns count characters, not bytes.
            return (line, Encoding.UTF8.GetCharCount(bytes, lineStart, (int)index - lineStart) + 1);
        }
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var top = frames.Peek();
                    top.Pending = top.Pointer + "/" + reader.GetString()!.Replace("~", "~0").Replace("/", "~1");
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.Pop();
                    break;
                default:
                    string pointer;
                    if (frames.Count == 0) pointer = "";
                    else if (frames.Peek() is { IsArray: true } arr) pointer = $"{arr.Pointer}/{arr.Index++}";
                    else pointer = frames.Peek().Pending ?? "";
                    map[pointer] = Where(reader.TokenStartIndex);
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        frames.Push(new Frame { Pointer = pointer, IsArray = reader.TokenType == JsonTokenType.StartArray });
                    break;
            }
        }
        return map;
    }

    private sealed class Frame
    {
        public required string Pointer { get; init; }
        public bool IsArray { get; init; }
        public int Index { get; set; }
        public string? Pending { get; set; }
    }

}

internal sealed class ExpectationKindJsonConverter : JsonConverter<ExpectationKind>
{
    public override ExpectationKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString() switch
    {
        "not-yet" => ExpectationKind.NotYet,
        "never" => ExpectationKind.Never,
        var s => throw new JsonException($"unknown kind {s}: not-yet or never"),
    };

    public override void Write(Utf8JsonWriter writer, ExpectationKind value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value == ExpectationKind.Never ? "never" : "not-yet");
}
