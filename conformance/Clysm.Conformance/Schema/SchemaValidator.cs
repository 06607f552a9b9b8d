using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Clysm.Conformance.Schema;

/// <summary>One schema problem: where in the document (a JSON pointer, "" for the root), which
/// keyword failed and what is wrong. <see cref="Property"/> names the missing or unknown field for
/// "required" and "additionalProperties".</summary>
internal sealed record SchemaError(string Pointer, string Keyword, string Message, string? Property = null)
{
    public override string ToString() => $"{(Pointer.Length == 0 ? "/" : Pointer)}: {Message}";
}

/// <summary>
/// The one place that checks JSON against the suite's draft-07 schemas (the report, a corpus case,
/// an expectations file), with JsonSchema.Net on System.Text.Json documents and format checks on
/// (a "date-time" that is not one is an error).
/// </summary>
internal sealed class SchemaValidator
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    private readonly JsonSchema _schema;

    private SchemaValidator(JsonSchema schema, string name) { _schema = schema; Name = name; }

    /// <summary>The schema's file name under schemas/.</summary>
    public string Name { get; }

    private static readonly Lazy<SchemaValidator> ReportLazy = new(() => FromResource("compilation-report.schema.json"));
    private static readonly Lazy<SchemaValidator> CaseLazy = new(() => FromResource("corpus-case.schema.json"));
    private static readonly Lazy<SchemaValidator> ExpectationsLazy = new(() => FromResource("expectations.schema.json"));
    private static readonly Lazy<SchemaValidator> DiagnosticsLazy = new(() => FromResource("stage-diagnostics.schema.json"));

    /// <summary>schemas/compilation-report.schema.json.</summary>
    public static SchemaValidator Report => ReportLazy.Value;
    /// <summary>schemas/corpus-case.schema.json.</summary>
    public static SchemaValidator CorpusCase => CaseLazy.Value;
    /// <summary>schemas/expectations.schema.json.</summary>
    public static SchemaValidator Expectations => ExpectationsLazy.Value;
    /// <summary>schemas/stage-diagnostics.schema.json (a command stage's {diagnostics} file).</summary>
    public static SchemaValidator StageDiagnostics => DiagnosticsLazy.Value;

    internal static SchemaValidator FromJson(string schemaJson, string name) =>
        // Each schema gets its own base URI so two schemas never collide in the library's registry.
        new(JsonSchema.FromText(schemaJson, baseUri: new Uri($"https://clysm.invalid/schemas/{name}")), name);

    /// <summary>The text of a schema embedded from schemas/ (one copy: the files are the source of truth).</summary>
    public static string Text(string name)
    {
        var asm = typeof(SchemaValidator).Assembly;
        using var s = asm.GetManifestResourceStream("Clysm.Conformance." + name)
            ?? throw new InvalidOperationException($"schema resource {name} is not embedded in {asm.GetName().Name}");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    private static SchemaValidator FromResource(string name) => FromJson(Text(name), name);

    /// <summary>All problems of the document; empty when it conforms.</summary>
    public IReadOnlyList<SchemaError> Validate(JsonElement document)
    {
        var results = _schema.Evaluate(document, Options);
        var errors = new List<SchemaError>();
        if (!results.IsValid) Collect(results, errors);
        return errors;
    }

    /// <summary>The same for a document built in memory (a corpus case read from Lisp).</summary>
    public IReadOnlyList<SchemaError> Validate(JsonObject document) =>
        Validate(JsonSerializer.SerializeToElement(document));

    /// <summary>
    /// The failures of an invalid evaluation node. The branches of an anyOf/oneOf are alternatives:
    /// listing every branch's complaint only confuses, so a failed combinator is one error; a
    /// "not" whose schema matched is reported at the value it applies to.
    /// </summary>
    private static void Collect(EvaluationResults node, List<SchemaError> into)
    {
        var at = node.InstanceLocation.ToString();
        var path = node.EvaluationPath.ToString();
        if (node.Errors is { } own)
            foreach (var (keyword, message) in own)
                into.Add(Describe(at, path, keyword, message));
        if (node.Details is null) return;

        var alternatives = new Dictionary<string, List<EvaluationResults>>(StringComparer.Ordinal);
        foreach (var child in node.Details)
        {
            var step = Step(path, child.EvaluationPath.ToString());
            if (step is "anyOf" or "oneOf")
            {
                if (!alternatives.TryGetValue(step, out var list)) alternatives[step] = list = [];
                list.Add(child);
            }
            else if (step == "not")
            {
                if (child.IsValid && !(node.Errors?.ContainsKey("not") ?? false))
                    into.Add(new SchemaError(at, "not", "the value matches a schema it must not match (\"not\")"));
            }
            else if (!child.IsValid) Collect(child, into);
        }
        foreach (var (keyword, branches) in alternatives)
        {
            var valid = branches.Count(b => b.IsValid);
            if (keyword == "anyOf" && valid == 0)
                into.Add(new SchemaError(at, "anyOf", $"matches none of the {branches.Count} alternatives (\"anyOf\")"));
            else if (keyword == "oneOf" && valid != 1)
                into.Add(new SchemaError(at, "oneOf", valid == 0
                    ? $"matches none of the {branches.Count} alternatives (\"oneOf\")"
                    : $"matches {valid} of the alternatives, where exactly one is allowed (\"oneOf\")"));
        }
    }

    /// <summary>The first keyword of <paramref name="child"/>'s evaluation path below <paramref name="parent"/>'s.</summary>
    private static string Step(string parent, string child)
    {
        var rest = child.Length > parent.Length ? child[parent.Length..].TrimStart('/') : "";
        var cut = rest.IndexOf('/');
        return cut < 0 ? rest : rest[..cut];
    }

    private static SchemaError Describe(string at, string evaluationPath, string keyword, string message)
    {
        // A false schema under additionalProperties is an unknown field; the library names neither.
        if (evaluationPath.EndsWith("/additionalProperties", StringComparison.Ordinal))
        {
            var name = LastToken(at);
            return new SchemaError(at, "additionalProperties", $"unknown field {name}", name);
        }
        if (keyword == "required" && MissingNames(message) is { Count: > 0 } missing)
            return new SchemaError(at, "required", $"missing required field {string.Join(", ", missing)}", missing[0]);
        return new SchemaError(at, keyword, message);
    }

    private static string LastToken(string pointer)
    {
        var token = pointer[(pointer.LastIndexOf('/') + 1)..];
        return token.Replace("~1", "/").Replace("~0", "~");
    }

    /// <summary>The property names in the library's "required" message (a JSON array inside it).</summary>
    private static List<string> MissingNames(string message)
    {
        var (open, close) = (message.IndexOf('['), message.LastIndexOf(']'));
        if (open < 0 || close <= open) return [];
        try { return JsonSerializer.Deserialize<List<string>>(message[open..(close + 1)]) ?? []; }
        catch (JsonException) { return []; }
    }
}

/// <summary>System.Text.Json's syntax errors, said in one sentence.</summary>
internal static class JsonSyntax
{
    /// <summary>The message without the " Path: ... LineNumber: ..." tail the position is given separately for.</summary>
    public static string FirstSentence(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
