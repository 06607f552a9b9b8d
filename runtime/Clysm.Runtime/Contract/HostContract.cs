using System.Text.Json;
using Clysm.Runtime.Wasm;

namespace Clysm.Runtime.Contract;

/// <summary>A malformed or unreadable host contract file.</summary>
internal sealed class HostContractException(ExitCode exitCode, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public ExitCode ExitCode { get; } = exitCode;
}

/// <summary>One accepted wasm type of a value kind: the contract's text and the parsed type.</summary>
internal sealed record KindAlternative(string Text, ValType Type);

/// <summary>A host import: parameter and result kinds (names of <see cref="HostContract.Kinds"/>).</summary>
internal sealed record ContractImport(string Module, string Name, IReadOnlyList<string> Params, IReadOnlyList<string> Results)
{
    /// <summary>The canonical signature with kind names, e.g. <c>(func (param fd codepoint))</c>.</summary>
    public string Expected =>
        "(func" + (Params.Count > 0 ? " (param " + string.Join(' ', Params) + ")" : "")
        + (Results.Count > 0 ? " (result " + string.Join(' ', Results) + ")" : "") + ")";
}

/// <summary>One parameter or result of a contract export: a wasm type, or the name of a value kind
/// (e.g. <c>gc-string</c>) whose listed alternatives are the accepted types.</summary>
internal sealed record ExportValue(string Text, ValType? Type, string? Kind)
{
    public override string ToString() => Text;
}

/// <summary>An export the contract describes. Where it says <c>anyref</c> any reference type is
/// accepted; where it names a kind, one of that kind's types. <see cref="ResultAlternatives"/> lists
/// the accepted result lists.</summary>
internal sealed record ContractExport(
    string Name,
    IReadOnlyList<ExportValue> Params,
    IReadOnlyList<IReadOnlyList<ExportValue>> ResultAlternatives,
    bool Optional,
    bool NeedsStrings)
{
    /// <summary>The accepted signatures, e.g. <c>(func (result i32)) or (func (result anyref))</c>.</summary>
    public string Expected => string.Join(" or ", ResultAlternatives.Select(rs =>
        "(func" + (Params.Count > 0 ? " (param " + string.Join(' ', Params) + ")" : "")
        + (rs.Count > 0 ? " (result " + string.Join(' ', rs) + ")" : "") + ")"));
}

/// <summary>
/// The host contract (schemas/host-contract.json, explained in docs/stage-abi.md): the imports a
/// module may declare with the wasm types accepted for each value kind, the string channel, and
/// the exports of each module role (case, Stage, support).
/// </summary>
public sealed class HostContract
{
    private const string ResourceName = "Clysm.Runtime.host-contract.json";
    private static readonly Lazy<HostContract> DefaultContract = new(LoadEmbedded);

    private HostContract() { }

    /// <summary>The contract built into this assembly.</summary>
    public static HostContract Default => DefaultContract.Value;

    /// <summary>Where the contract came from (a path, or the embedded resource name).</summary>
    public string Source { get; private init; } = "";
    public string AbiVersion { get; private init; } = "";
    internal IReadOnlyDictionary<string, IReadOnlyList<KindAlternative>> Kinds { get; private init; } =
        new Dictionary<string, IReadOnlyList<KindAlternative>>();
    internal IReadOnlyList<ContractImport> Imports { get; private init; } = [];
    internal IReadOnlyList<ContractExport> StringChannel { get; private init; } = [];

    /// <summary>Exports of a compiled case module (<c>_start</c>, <c>clysm:prin1</c>).</summary>
    internal IReadOnlyList<ContractExport> Exports { get; private init; } = [];

    /// <summary>Exports of a Stage module (<c>compile_form</c>, optional <c>_start</c>/<c>_initialize</c>).</summary>
    internal IReadOnlyList<ContractExport> StageExports { get; private init; } = [];

    /// <summary>Exports of a support module (docs/stage-abi.md §5): all optional, checked when present.</summary>
    internal IReadOnlyList<ContractExport> SupportExports { get; private init; } = [];

    /// <summary>The exports a module of this role is checked for.</summary>
    internal IReadOnlyList<ContractExport> ExportsFor(ModuleRole role) => role switch
    {
        ModuleRole.Stage => StageExports,
        ModuleRole.Support => SupportExports,
        _ => Exports,
    };

    internal ContractImport? FindImport(string module, string name) =>
        Imports.FirstOrDefault(i => i.Module == module && i.Name == name);

    /// <summary>Read a contract file; a missing file is EXIT_MISSING_DEP, a malformed one EXIT_FAILURE,
    /// both as <see cref="HostContractException"/> naming the file.</summary>
    public static HostContract Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new HostContractException(ExitCode.EXIT_MISSING_DEP, $"host contract {path}: cannot read the file: {e.Message}", e);
        }
        return Parse(text, path);
    }

    /// <summary>Read a contract from JSON text; <paramref name="source"/> names it in errors.</summary>
    public static HostContract Parse(string json, string source)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return new Reader(source).Read(doc.RootElement);
        }
        catch (JsonException e)
        {
            throw new HostContractException(ExitCode.EXIT_FAILURE, $"host contract {source}: not valid JSON: {e.Message}", e);
        }
    }

    private static HostContract LoadEmbedded()
    {
        using var stream = typeof(HostContract).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new HostContractException(ExitCode.EXIT_MISSING_DEP, $"host contract: the embedded resource {ResourceName} is missing from {typeof(HostContract).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "(embedded) schemas/host-contract.json");
    }

    /// <summary>The kinds whose representation the checker knows (see ContractChecker.ReprFor).</summary>
    internal static readonly string[] KnownKinds = ["fd", "codepoint", "string", "keyword", "f64", "gc-string"];

    private sealed class Reader(string source)
    {
        private HostContractException Error(string where, string what) =>
            new(ExitCode.EXIT_FAILURE, $"host contract {source}: {where}: {what}");

        public HostContract Read(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
                throw Error("top level", "expected an object");
            var abi = Str(Prop(root, "abi_version", "top level"), "abi_version");

            var kinds = new Dictionary<string, IReadOnlyList<KindAlternative>>(StringComparer.Ordinal);
            foreach (var k in Obj(Prop(root, "kinds", "top level"), "kinds").EnumerateObject())
            {
                if (!KnownKinds.Contains(k.Name))
                    throw Error($"kinds.{k.Name}", $"unknown kind (the suite knows {string.Join(", ", KnownKinds)})");
                var alts = new List<KindAlternative>();
                var i = 0;
                foreach (var a in Arr(k.Value, $"kinds.{k.Name}").EnumerateArray())
                {
                    var where = $"kinds.{k.Name}[{i++}]";
                    var text = Str(a, where);
                    alts.Add(new KindAlternative(text, Type(text, where)));
                }
                if (alts.Count == 0)
                    throw Error($"kinds.{k.Name}", "no accepted type");
                kinds[k.Name] = alts;
            }

            var imports = new List<ContractImport>();
            var n = 0;
            foreach (var e in Arr(Prop(root, "imports", "top level"), "imports").EnumerateArray())
            {
                var where = $"imports[{n++}]";
                var module = Str(Prop(e, "module", where), where + ".module");
                var name = Str(Prop(e, "name", where), where + ".name");
                where = $"{where} ({module} {name})";
                var ps = KindList(Prop(e, "params", where), where + ".params", kinds);
                var rs = KindList(Prop(e, "results", where), where + ".results", kinds);
                if (rs.Count > 1)
                    throw Error(where + ".results", "at most one result");
                if (imports.Any(x => x.Module == module && x.Name == name))
                    throw Error(where, "listed twice");
                imports.Add(new ContractImport(module, name, ps, rs));
            }

            var channel = new List<ContractExport>();
            n = 0;
            foreach (var e in Arr(Prop(root, "string_channel", "top level"), "string_channel").EnumerateArray())
            {
                var where = $"string_channel[{n++}]";
                channel.Add(Export(Str(Prop(e, "name", where), where + ".name"), e, where, forceRequired: true, kinds));
            }

            return new HostContract
            {
                Source = source,
                AbiVersion = abi,
                Kinds = kinds,
                Imports = imports,
                StringChannel = channel,
                Exports = ExportSet(root, "exports", kinds),
                StageExports = root.TryGetProperty("stage_exports", out _) ? ExportSet(root, "stage_exports", kinds) : [],
                SupportExports = root.TryGetProperty("support_exports", out _) ? ExportSet(root, "support_exports", kinds) : [],
            };
        }

        private List<ContractExport> ExportSet(JsonElement root, string key, Dictionary<string, IReadOnlyList<KindAlternative>> kinds)
        {
            var list = new List<ContractExport>();
            foreach (var p in Obj(Prop(root, key, "top level"), key).EnumerateObject())
                list.Add(Export(p.Name, p.Value, $"{key}.{p.Name}", forceRequired: false, kinds));
            return list;
        }

        private ContractExport Export(string name, JsonElement e, string where, bool forceRequired, Dictionary<string, IReadOnlyList<KindAlternative>> kinds)
        {
            Obj(e, where);
            var ps = ValueList(Prop(e, "params", where), where + ".params", kinds);
            var alts = new List<IReadOnlyList<ExportValue>>();
            if (e.TryGetProperty("results_one_of", out var oneOf))
            {
                var i = 0;
                foreach (var alt in Arr(oneOf, where + ".results_one_of").EnumerateArray())
                {
                    var w = $"{where}.results_one_of[{i++}]";
                    // A string is one result; an array is a whole result list ([] = no result).
                    alts.Add(alt.ValueKind == JsonValueKind.Array ? ValueList(alt, w, kinds) : [Value(Str(alt, w), w, kinds)]);
                }
            }
            else
            {
                alts.Add(ValueList(Prop(e, "results", where), where + ".results", kinds));
            }
            if (alts.Count == 0)
                throw Error(where, "no accepted result");
            var optional = !forceRequired && Bool(e, "optional", where);
            return new ContractExport(name, ps, alts, optional, Bool(e, "needs_strings", where));
        }

        private List<ExportValue> ValueList(JsonElement e, string where, Dictionary<string, IReadOnlyList<KindAlternative>> kinds)
        {
            var list = new List<ExportValue>();
            var i = 0;
            foreach (var t in Arr(e, where).EnumerateArray())
            {
                var w = $"{where}[{i++}]";
                list.Add(Value(Str(t, w), w, kinds));
            }
            return list;
        }

        // A kind name stands for its alternatives; anything else must be a wasm type.
        private ExportValue Value(string text, string where, Dictionary<string, IReadOnlyList<KindAlternative>> kinds) =>
            kinds.ContainsKey(text) ? new ExportValue(text, null, text) : new ExportValue(text, Type(text, where), null);

        private List<string> KindList(JsonElement e, string where, Dictionary<string, IReadOnlyList<KindAlternative>> kinds)
        {
            var list = new List<string>();
            var i = 0;
            foreach (var k in Arr(e, where).EnumerateArray())
            {
                var w = $"{where}[{i++}]";
                var name = Str(k, w);
                if (!kinds.ContainsKey(name))
                    throw Error(w, $"unknown kind \"{name}\" (kinds: {string.Join(", ", kinds.Keys)})");
                list.Add(name);
            }
            return list;
        }

        private ValType Type(string text, string where)
        {
            try
            {
                return ValType.Parse(text);
            }
            catch (FormatException e)
            {
                throw Error(where, e.Message);
            }
        }

        private JsonElement Prop(JsonElement e, string name, string where)
        {
            Obj(e, where);
            return e.TryGetProperty(name, out var v) ? v : throw Error(where, $"missing \"{name}\"");
        }

        private bool Bool(JsonElement e, string name, string where)
        {
            if (!e.TryGetProperty(name, out var v))
                return false;
            return v.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Error($"{where}.{name}", "expected true or false"),
            };
        }

        private string Str(JsonElement e, string where) =>
            e.ValueKind == JsonValueKind.String ? e.GetString()! : throw Error(where, $"expected a string, found {e.ValueKind}");

        private JsonElement Arr(JsonElement e, string where) =>
            e.ValueKind == JsonValueKind.Array ? e : throw Error(where, $"expected an array, found {e.ValueKind}");

        private JsonElement Obj(JsonElement e, string where) =>
            e.ValueKind == JsonValueKind.Object ? e : throw Error(where, $"expected an object, found {e.ValueKind}");
    }
}
