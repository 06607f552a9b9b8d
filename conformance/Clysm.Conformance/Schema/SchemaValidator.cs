using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Clysm.Conformance.Schema;

/// <summary>One schema problem: where in the JSON document (a JSON path) and what.</summary>
/// <remarks><paramref name="HasDetails"/>: a oneOf/anyOf/item failure whose nested reasons follow it.</remarks>
public sealed record SchemaError(string Path, string Property, string Kind, string Problem, bool HasDetails = false)
{
    public override string ToString() => $"{(Path.Length == 0 ? "$" : Path)}: {Problem}";
}

/// <summary>
/// The one place that validates JSON against the suite's draft-07 schemas (the report and a corpus
/// case). NJsonSchema does the work; JsonSchema.Net cannot be restored from this package source.
/// </summary>
public sealed class SchemaValidator
{
    private readonly JsonSchema _schema;

    private SchemaValidator(JsonSchema schema, string name) { _schema = schema; Name = name; }

    public string Name { get; }

    private static readonly Lazy<SchemaValidator> ReportLazy = new(() => FromResource("compilation-report.schema.json"));
    private static readonly Lazy<SchemaValidator> CaseLazy = new(() => FromResource("corpus-case.schema.json"));

    /// <summary>schemas/compilation-report.schema.json.</summary>
    public static SchemaValidator Report => ReportLazy.Value;
    /// <summary>schemas/corpus-case.schema.json.</summary>
    public static SchemaValidator CorpusCase => CaseLazy.Value;

    public static SchemaValidator FromJson(string schemaJson, string name) =>
        new(JsonSchema.FromJsonAsync(schemaJson).GetAwaiter().GetResult(), name);

    private static SchemaValidator FromResource(string name)
    {
        var asm = typeof(SchemaValidator).Assembly;
        using var s = asm.GetManifestResourceStream("Clysm.Conformance." + name)
            ?? throw new InvalidOperationException($"schema resource {name} is not embedded in {asm.GetName().Name}");
        using var r = new StreamReader(s);
        return FromJson(r.ReadToEnd(), name);
    }

    /// <summary>All problems of the document; empty when it conforms.</summary>
    public IReadOnlyList<SchemaError> Validate(string json)
    {
        JToken token;
        // Keep date-time strings as strings so "format" checks see the text as written.
        using (var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None })
            token = JToken.ReadFrom(reader);
        var errors = new List<SchemaError>();
        foreach (var e in _schema.Validate(token))
            Flatten(e, errors);
        return errors;
    }

    private static void Flatten(NJsonSchema.Validation.ValidationError e, List<SchemaError> into)
    {
        if (e is NJsonSchema.Validation.ChildSchemaValidationError child && child.Errors.Count > 0)
        {
            into.Add(new SchemaError(e.Path ?? "", e.Property ?? "", e.Kind.ToString(), Describe(e), HasDetails: true));
            // The reasons inside a failed item or property matter; the branches of a failed
            // oneOf/anyOf are alternatives, and listing each branch's complaint only confuses.
            if (e.Kind is not (NJsonSchema.Validation.ValidationErrorKind.NotOneOf or NJsonSchema.Validation.ValidationErrorKind.NotAnyOf
                or NJsonSchema.Validation.ValidationErrorKind.ExcludedSchemaValidates))
                foreach (var i in child.Errors.SelectMany(kv => kv.Value))
                    Flatten(i, into);
            return;
        }
        into.Add(new SchemaError(e.Path ?? "", e.Property ?? "", e.Kind.ToString(), Describe(e)));
    }

    private static string Describe(NJsonSchema.Validation.ValidationError e) => e.Kind switch
    {
        NJsonSchema.Validation.ValidationErrorKind.NoAdditionalPropertiesAllowed => $"unknown field {e.Property}",
        NJsonSchema.Validation.ValidationErrorKind.PropertyRequired => $"missing required field {e.Property}",
        _ => $"{SplitKind(e.Kind.ToString())}" + (string.IsNullOrEmpty(e.Property) ? "" : $" ({e.Property})"),
    };

    // "StringExpected" -> "string expected"
    private static string SplitKind(string kind) =>
        string.Concat(kind.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
