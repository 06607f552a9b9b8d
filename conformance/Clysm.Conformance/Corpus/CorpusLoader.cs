using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Clysm.Conformance.Schema;
using Clysm.Lisp;

namespace Clysm.Conformance.Corpus;

/// <summary>
/// Reads corpus files (docs/corpus.md) with the suite's Lisp reader and checks every case against
/// schemas/corpus-case.schema.json. Any problem throws <see cref="CorpusLoadException"/> naming
/// file, line, column and problem: no case is ever dropped, no byte silently replaced.
/// </summary>
public static class CorpusLoader
{
    /// <summary>The characters a case id may hold besides lower-case letters and digits: those of
    /// the standard's operator names (string&lt;=, 1+, format-~{), the package marker excepted.</summary>
    public const string IdPunctuation = "!$%&*+-./<=>?@[]^_{}~#";

    private static readonly HashSet<string> StringFields = ["source", "stdin", "value", "stdout", "stderr", "sbcl-differs", "note"];
    private static readonly HashSet<string> SymbolFields = ["category", "signals", "phase"];

    /// <summary>Every *.lisp file under <paramref name="corpusRoot"/> (recursively, in path order).
    /// Module paths are relative to the root's parent ("corpus/forms/conses.lisp").</summary>
    public static CorpusSet Load(string corpusRoot)
    {
        if (!Directory.Exists(corpusRoot))
            throw new DirectoryNotFoundException($"corpus directory not found: {corpusRoot}");
        var root = Path.GetFullPath(corpusRoot).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(root) ?? root;
        var files = Directory.EnumerateFiles(root, "*.lisp", SearchOption.AllDirectories)
            .Select(f => (Full: f, Module: Path.GetRelativePath(parent, f).Replace(Path.DirectorySeparatorChar, '/')))
            .OrderBy(f => f.Module, StringComparer.Ordinal).ToList();
        var cases = new List<CorpusCase>();
        var seen = new Dictionary<string, CorpusCase>(StringComparer.Ordinal);
        foreach (var (full, module) in files)
            foreach (var c in LoadBytes(File.ReadAllBytes(full), module))
            {
                if (seen.TryGetValue(c.Id, out var first))
                    throw new CorpusLoadException(c.Module, c.Line, c.Column, $"duplicate case id {c.Id}: first defined at {first.Location}");
                seen[c.Id] = c;
                cases.Add(c);
            }
        return new CorpusSet(root, cases, files.Select(f => f.Module).ToList());
    }

    /// <summary>The cases of one corpus file's bytes, which must be UTF-8: an invalid sequence is an
    /// error at its line and column, never replaced.</summary>
    public static IReadOnlyList<CorpusCase> LoadBytes(byte[] bytes, string module) => LoadText(DecodeUtf8(bytes, module), module);

    internal static string DecodeUtf8(byte[] bytes, string module)
    {
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done) return new string(chars, 0, written);
        // Line: newlines before the bad byte; column: characters since the last one, plus one.
        var lineStart = read == 0 ? 0 : Array.LastIndexOf(bytes, (byte)'\n', read - 1) + 1;
        var line = 1 + bytes.AsSpan(0, lineStart).Count((byte)'\n');
        var column = 1 + Encoding.UTF8.GetCharCount(bytes, lineStart, read - lineStart);
        throw new CorpusLoadException(module, line, column, $"not UTF-8: invalid byte 0x{bytes[read]:X2} (corpus files are UTF-8 text)");
    }

    /// <summary>The cases of one corpus file's text; <paramref name="module"/> names it in errors.</summary>
    public static IReadOnlyList<CorpusCase> LoadText(string text, string module)
    {
        var reader = new LispReader(text, module);
        var list = new List<CorpusCase>();
        try
        {
            foreach (var top in reader.ReadAll())
                list.Add(ReadCase(top, reader, text, module));
        }
        catch (LispReadException e)
        {
            throw new CorpusLoadException(module, e.Line, e.Column, e.Problem);
        }
        var dup = list.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null)
        {
            var (a, b) = (dup.First(), dup.Skip(1).First());
            throw new CorpusLoadException(module, b.Line, b.Column, $"duplicate case id {b.Id}: first defined at {a.Location}");
        }
        return list;
    }

    private static CorpusCase ReadCase(ReadResult top, LispReader reader, string text, string module)
    {
        var span = top.Span;
        CorpusLoadException Error(SourceSpan? at, string problem) =>
            new(module, (at ?? span).Line, (at ?? span).Column, problem);

        if (top.Datum is not Cons { Car: Symbol { Name: "DEFCASE" } } form)
            throw Error(span, "expected a (defcase ID ...) form, found " + Describe(top.Datum));
        if (form.Cdr is not Cons { Car: Symbol idSym } idCell || idSym == Symbol.Nil || idSym.IsKeyword)
            throw Error(span, "defcase needs a case id symbol right after defcase");
        // A package prefix would silently drop part of the name: pkg:x would be the case x.
        if (idSym.Package is not ("COMMON-LISP-USER" or "COMMON-LISP"))
            throw Error(span, $"the case id {idSym.Name.ToLowerInvariant()} is written with a package prefix or #: ; a case id is a plain symbol");
        var id = idSym.Name.ToLowerInvariant();
        CorpusLoadException CaseError(SourceSpan? at, string problem) => Error(at, $"case {id}: {problem}");

        var json = new JsonObject { ["id"] = id };
        Cons? formsList = null;
        var keySpans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        for (var rest = idCell.Cdr; rest != Symbol.Nil;)
        {
            if (rest is not Cons keyCell) throw CaseError(span, "dotted defcase form");
            var keyAt = reader.SpanOf(keyCell);
            if (keyCell.Car is not Symbol { IsKeyword: true } key)
                throw CaseError(keyAt, "expected a field keyword (:category, :forms, ...), found " + Describe(keyCell.Car));
            var name = key.Name.ToLowerInvariant();
            if (keyCell.Cdr is not Cons valueCell) throw CaseError(keyAt, $"field :{name} has no value");
            if (!keySpans.TryAdd(name, keyAt ?? span)) throw CaseError(keyAt, $"field :{name} given twice");
            if (name == "forms" && valueCell.Car is Cons fl) formsList = fl;
            json[name] = Convert(name, valueCell.Car, reader.SpanOf(valueCell), reader, text, CaseError);
            rest = valueCell.Cdr;
        }

        // Rules the schema states too, checked first for a message that names the fields.
        if (json["phase"] is not null && json["signals"] is null)
            throw CaseError(keySpans["phase"], ":phase needs :signals (the condition expected in that phase)");
        if (json["values"] is not null && json["value"] is not null)
            throw CaseError(keySpans["values"], ":value and :values cannot both be given (the first of :values is the primary value)");
        if (json["values"] is not null && json["source"] is not null)
            throw CaseError(keySpans["values"], ":values needs :forms (the last form is wrapped in multiple-value-list)");

        var errors = SchemaValidator.CorpusCase.Validate(json);
        if (errors.Count > 0)
        {
            // The most specific problem first: an unknown field explains a missing expectation.
            var e = errors.OrderBy(Priority).First();
            var field = e.Property is { } p && keySpans.ContainsKey(p) ? p : FirstToken(e.Pointer);
            throw CaseError(field is not null && keySpans.TryGetValue(field, out var fieldAt) ? fieldAt : span, Explain(e));
        }

        string? Str(string f) => json[f]?.GetValue<string>();
        var hasSignals = json["signals"] is not null;
        var values = json["values"]?.AsArray().Select(n => n!.GetValue<string>()).ToList();
        var source = Str("forms") ?? Str("source")!;
        if (values is not null) source = WrapLastForm(formsList!, text, reader);
        return new CorpusCase
        {
            Id = id,
            Category = Str("category")!,
            Features = json["features"]?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [],
            Source = source,
            Stdin = Str("stdin") ?? "",
            Files = Files(json["files"]) ?? [],
            Value = Str("value"),
            Values = values,
            Stdout = Str("stdout") ?? "",
            Stderr = Str("stderr") ?? (hasSignals ? null : ""),
            FilesAfter = Files(json["files-after"]),
            Signals = Str("signals"),
            Phase = Str("phase") switch { "read" => ExpectedPhase.Read, "compile" => ExpectedPhase.Compile, _ => ExpectedPhase.Run },
            SbclDiffers = Str("sbcl-differs"),
            Note = Str("note"),
            Module = module,
            Line = span.Line,
            Column = span.Column,
        };
    }

    private static IReadOnlyList<CaseFile>? Files(JsonNode? node) =>
        node?.AsArray().Select(p => new CaseFile(p![0]!.GetValue<string>(), p[1]?.GetValue<string>())).ToList();

    /// <summary>A field's Lisp value as the JSON the schema checks; kinds the schema cannot tell
    /// apart (a symbol vs a string) are checked here.</summary>
    private static JsonNode? Convert(string field, object value, SourceSpan? at, LispReader reader, string text,
        Func<SourceSpan?, string, CorpusLoadException> error)
    {
        switch (field)
        {
            case "forms":
                if (value is not Cons forms) throw error(at, ":forms must be a non-empty list of forms");
                for (object x = forms; x != Symbol.Nil; x = ((Cons)x).Cdr)
                    if (x is not Cons) throw error(at, ":forms must be a proper list of forms, found a dotted list ending in " + Describe(x));
                // The verbatim text inside the :forms list's parentheses (comments and spacing kept).
                if (reader.SpanOf(forms) is not { } list || list.End - list.Start < 2 || text[list.Start] != '(' || text[list.End - 1] != ')')
                    throw error(at, ":forms: cannot locate the forms' text");
                return text[(list.Start + 1)..(list.End - 1)].Trim();
            case "features":
                if (value == Symbol.Nil) return new JsonArray();
                if (value is not Cons) throw error(at, ":features must be a list of symbols");
                var arr = new JsonArray();
                foreach (var item in Items(value, at, error))
                    arr.Add(item is Symbol s && s != Symbol.Nil ? s.Name.ToLowerInvariant() : throw error(at, ":features must be a list of symbols, found " + Describe(item)));
                return arr;
            case "files" or "files-after":
                if (value == Symbol.Nil) return new JsonArray();
                if (value is not Cons) throw error(at, $":{field} must be a list of (\"name\" \"contents\") lists");
                var files = new JsonArray();
                foreach (var entry in Items(value, at, error))
                {
                    var parts = entry is Cons ? Items(entry, at, error).ToList() : [];
                    if (parts.Count != 2 || parts[0] is not LispString fileName
                        || !(parts[1] is LispString || (field == "files-after" && parts[1] == Symbol.Nil)))
                        throw error(at, field == "files" ? ":files entries must be (\"name\" \"contents\")" : ":files-after entries must be (\"name\" \"contents\") or (\"name\" nil)");
                    files.Add(new JsonArray(fileName.Text, parts[1] is LispString c ? c.Text : null));
                }
                return files;
            case "values":
                // NIL is the empty list: a form that returns no values.
                if (value != Symbol.Nil && value is not Cons) throw error(at, ":values must be a list of strings, one printed value each");
                var printed = new JsonArray();
                foreach (var item in Items(value, at, error))
                    printed.Add(item is LispString v ? v.Text : throw error(at, ":values must be a list of strings, found " + Describe(item)));
                return printed;
            case var f when StringFields.Contains(f):
                return value is LispString str ? str.Text : throw error(at, $":{f} must be a string, found {Describe(value)}");
            case var f when SymbolFields.Contains(f):
                return value is Symbol sym && sym != Symbol.Nil ? sym.Name.ToLowerInvariant() : throw error(at, $":{f} must be a symbol, found {Describe(value)}");
            default:
                // An unknown field: the schema names it.
                return value is LispString s2 ? s2.Text : Describe(value);
        }
    }

    private static IEnumerable<object> Items(object list, SourceSpan? at, Func<SourceSpan?, string, CorpusLoadException> error)
    {
        for (var x = list; x != Symbol.Nil;)
        {
            if (x is not Cons c) throw error(at, "dotted list");
            yield return c.Car;
            x = c.Cdr;
        }
    }

    private static int Priority(SchemaError e) => e.Keyword switch
    {
        "additionalProperties" => 0,
        "required" => 3,
        "oneOf" or "anyOf" => 4,
        _ => 1,
    };

    private static string? FirstToken(string pointer)
    {
        var parts = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? null : parts[0];
    }

    private static string Explain(SchemaError e)
    {
        var field = FirstToken(e.Pointer);
        return e.Keyword switch
        {
            "pattern" or "not" when field is "files" or "files-after" => $"{e.Pointer.TrimStart('/')}: file names must be relative and stay inside the sandbox",
            "additionalProperties" => $"unknown field :{e.Property}",
            "required" => $"missing field :{e.Property}",
            "oneOf" => "needs exactly one of :forms and :source",
            "anyOf" => "needs at least one expectation (:value, :values, :stdout, :stderr, :files-after or :signals)",
            "pattern" when field is "id" or "category" => $":{field} may hold only lower-case letters, digits and {IdPunctuation} (a symbol without package marker or escapes)",
            "enum" when field == "phase" => ":phase must be read, compile or run",
            "dependencies" => ":phase needs :signals (the condition expected in that phase)",
            _ => $"{(e.Pointer.Length == 0 ? "" : ":" + e.Pointer.TrimStart('/') + ": ")}{e.Message}",
        };
    }

    /// <summary>The verbatim forms with the last one wrapped in (multiple-value-list ...), so a
    /// stage that returns one value returns them all. The closing parenthesis goes on its own line
    /// so a comment after the last form cannot swallow it.</summary>
    private static string WrapLastForm(Cons forms, string text, LispReader reader)
    {
        var list = reader.SpanOf(forms)!.Value;
        var last = forms;
        while (last.Cdr is Cons next) last = next;
        // The span of a list's tail cell starts at its element; the first cell's starts at the
        // parenthesis, so one form is the whole text inside it (comments included: they end at a newline).
        var lastStart = ReferenceEquals(last, forms) ? list.Start + 1 : reader.SpanOf(last)!.Value.Start;
        var before = text[(list.Start + 1)..lastStart];
        var lastText = text[lastStart..(list.End - 1)].TrimEnd();
        return (before + "(multiple-value-list " + lastText + "\n)").Trim();
    }

    private static string Describe(object datum) => datum switch
    {
        LispString s => $"the string \"{(s.Text.Length > 40 ? s.Text[..40] + "…" : s.Text)}\"",
        Symbol s => "the symbol " + s,
        Cons => "a list",
        _ => LispPrinter.Prin1(datum),
    };
}
