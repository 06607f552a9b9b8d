using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Schema;

namespace Clysm.Conformance.Gate;

/// <summary>One known non-passing case (schemas/expectations.schema.json).</summary>
public sealed record Expectation
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    /// <summary>"fail" (any failing outcome but crash, invalid-module and timeout), "skip", or one exact failing outcome name such as "trap".</summary>
    [JsonPropertyName("expect")] public required string Expect { get; init; }
    [JsonPropertyName("reason")] public required string Reason { get; init; }
    [JsonPropertyName("link")][System.Text.Json.Serialization.JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Link { get; init; }
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

/// <summary>A malformed expectations file: names the file, line, column and JSON path.</summary>
public sealed class ExpectationsFormatException(string file, int line, int column, string jsonPath, string problem)
    : Exception($"{file}:{line}:{column}: {(jsonPath.Length == 0 ? "$" : "$." + jsonPath)}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string JsonPath { get; } = jsonPath;
    public string Problem { get; } = problem;
}

/// <summary>Reading, checking and writing expectations files.</summary>
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

    public static ExpectationsFile Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"expectations file not found: {path}", path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <param name="source">The file name used in error messages.</param>
    /// <exception cref="ExpectationsFormatException">bad JSON, a schema violation or a duplicate id.</exception>
    public static ExpectationsFile Parse(string json, string source)
    {
        // System.Text.Json is strict about syntax (Newtonsoft accepts "[,]") and gives the line of a syntax error.
        try
        {
            using var _ = JsonDocument.Parse(json);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ExpectationsFormatException(source, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, e.Path?.TrimStart('$', '.') ?? "",
                "not valid JSON: " + FirstSentence(e.Message));
        }
        var token = Positions(json);

        var errors = ExpectationsSchema.Validator.Validate(json);
        if (errors.Count > 0)
        {
            // The deepest problem is the useful one (a failed item also reports its parent array).
            var e = errors.FirstOrDefault(x => !x.HasDetails) ?? errors[0];
            var path = NormalizePath(e.Path);
            var (line, col) = Locate(token, path);
            var more = errors.Count(x => !x.HasDetails) > 1 ? $" (and {errors.Count(x => !x.HasDetails) - 1} more problem(s))" : "";
            throw new ExpectationsFormatException(source, line, col, path, e.Problem + more);
        }

        var file = System.Text.Json.JsonSerializer.Deserialize<ExpectationsFile>(json, Json)
                   ?? throw new ExpectationsFormatException(source, 1, 1, "", "empty document");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < file.Entries.Count; i++)
            if (!seen.Add(file.Entries[i].Id))
            {
                var path = $"entries[{i}].id";
                var (line, col) = Locate(token, path);
                throw new ExpectationsFormatException(source, line, col, path, $"duplicate id {file.Entries[i].Id}");
            }
        return file;
    }

    public static string Serialize(ExpectationsFile file) => System.Text.Json.JsonSerializer.Serialize(file, Json) + "\n";

    /// <summary>Checks the file against its schema, then replaces it atomically.</summary>
    public static void Save(string path, ExpectationsFile file)
    {
        var text = Serialize(file);
        var errors = ExpectationsSchema.Validator.Validate(text);
        if (errors.Count > 0)
            throw new InvalidOperationException("harness error: generated expectations do not match schemas/expectations.schema.json:\n  " + string.Join("\n  ", errors));
        ReportWriter.WriteAtomically(path, text);
    }

    // NJsonSchema writes "#/entries[0].expect"; SelectToken wants "entries[0].expect".
    private static string NormalizePath(string path) => path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');

    private static (int Line, int Column) Locate(IReadOnlyDictionary<string, (int, int)> positions, string path)
    {
        // A missing property is reported at its parent object.
        while (true)
        {
            if (positions.TryGetValue(path, out var at)) return at;
            if (path.Length == 0) return (1, 1);
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut <= 0 ? "" : path[..cut];
        }
    }

    /// <summary>The line and column of every value of the document, by JSON path ("entries[0].expect").
    /// Done here rather than with Newtonsoft's line info, which differs between the versions that
    /// the CLI and the tests end up with.</summary>
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
            return (line, (int)(index - lineStart) + 1);
        }
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var top = frames.Peek();
                    var name = reader.GetString()!;
                    top.Pending = top.Path.Length == 0 ? name : top.Path + "." + name;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.Pop();
                    break;
                default:
                    string path;
                    if (frames.Count == 0) path = "";
                    else if (frames.Peek() is { IsArray: true } arr) path = $"{arr.Path}[{arr.Index++}]";
                    else path = frames.Peek().Pending ?? "";
                    map[path] = Where(reader.TokenStartIndex);
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        frames.Push(new Frame { Path = path, IsArray = reader.TokenType == JsonTokenType.StartArray });
                    break;
            }
        }
        return map;
    }

    private sealed class Frame
    {
        public required string Path { get; init; }
        public bool IsArray { get; init; }
        public int Index { get; set; }
        public string? Pending { get; set; }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

/// <summary>schemas/expectations.schema.json.</summary>
public static class ExpectationsSchema
{
    private const string ResourceName = "Clysm.Conformance.expectations.schema.json";

    private static readonly Lazy<SchemaValidator> Lazy = new(() => SchemaValidator.FromJson(Text, "expectations.schema.json"));

    public static SchemaValidator Validator => Lazy.Value;

    /// <summary>schemas/expectations.schema.json, embedded in the assembly.</summary>
    public static string Text
    {
        get
        {
            using var s = typeof(ExpectationsSchema).Assembly.GetManifestResourceStream(ResourceName);
            if (s is null) throw new InvalidOperationException(ResourceName + " is not embedded");
            using var r = new StreamReader(s, Encoding.UTF8);
            return r.ReadToEnd();
        }
    }
}
