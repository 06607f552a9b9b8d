using System.Text;
using Clysm.Lisp;
using Clysm.Runtime;
using Clysm.Runtime.Engine;
using Xunit;
using Xunit.Abstractions;

namespace Clysm.Reference.Tests;

/// <summary>Runs the suite's corpus through the reference stage. Expectations come from the corpus
/// (checked against SBCL by the oracle), never from this compiler.</summary>
[Collection("engine")]
public sealed class CorpusTests(EngineFixture engine, ITestOutputHelper output)
{
    internal sealed record Case(string Id, string File, int Line, string Source, string Stdin, string? Value, string? Stdout,
        string? Signals, List<(string Name, string Text)> Files);

    internal static string CorpusRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir != null && !Directory.Exists(Path.Combine(dir, "corpus"))) dir = Path.GetDirectoryName(dir);
        return dir == null ? "" : Path.Combine(dir, "corpus");
    }

    internal static List<Case> LoadCorpus()
    {
        var cases = new List<Case>();
        var root = CorpusRoot();
        if (root == "") return cases;
        foreach (var file in Directory.GetFiles(root, "*.lisp", SearchOption.AllDirectories).Order())
        {
            var text = File.ReadAllText(file);
            var reader = new LispReader(text, file);
            foreach (var rr in reader.ReadAll())
            {
                if (rr.Datum is not Cons c || c.Car is not Symbol { Name: "DEFCASE" }) continue;
                var items = new List<object>();
                for (object p = c.Cdr; p is Cons pc; p = pc.Cdr) items.Add(pc.Car);
                string id = ((Symbol)items[0]).Name;
                var fields = new Dictionary<string, object>();
                for (int i = 1; i + 1 < items.Count; i += 2) fields[((Symbol)items[i]).Name] = items[i + 1];
                string? source = null;
                if (fields.TryGetValue("FORMS", out var forms))
                {
                    var span = reader.SpanOf(forms);
                    if (span is { } s) { var t = text.Substring(s.Start, s.End - s.Start).Trim(); source = t[1..^1]; }
                }
                else if (fields.TryGetValue("SOURCE", out var src)) source = ((LispString)src).Text;
                if (source == null) continue;
                string? Str(string k) => fields.TryGetValue(k, out var v) ? v is LispString ls ? ls.Text : v is Symbol sy && sy == Symbol.Nil ? null : v.ToString() : null;
                var files = new List<(string, string)>();
                if (fields.TryGetValue("FILES", out var fl))
                    for (object p = fl; p is Cons pc; p = pc.Cdr)
                        if (pc.Car is Cons fc && fc.Car is LispString n && fc.Cdr is Cons fc2 && fc2.Car is LispString body) files.Add((n.Text, body.Text));
                cases.Add(new Case(id, Path.GetRelativePath(root, file), rr.Span.Line, source, Str("STDIN") ?? "", Str("VALUE"), Str("STDOUT"),
                    fields.TryGetValue("SIGNALS", out var sg) ? ((Symbol)sg).Name : null, files));
            }
        }
        return cases;
    }

    internal enum Outcome { Pass, Fail, Skip, CompileError, Invalid }

    internal static (Outcome, string) RunCase(EngineFixture engine, Case k)
    {
        var r = ReferenceCompiler.Compile(k.Source, k.File);
        if (r.ExitCode == ExitCode.EXIT_SKIP) return (Outcome.Skip, r.Message ?? "");
        if (r.ExitCode != ExitCode.EXIT_SUCCESS)
            return k.Signals != null && r.Phase == "compile" ? (Outcome.Pass, "") : (Outcome.CompileError, r.Message ?? "");
        var invalid = engine.Validate(r.Module!);
        if (invalid != null) return (Outcome.Invalid, invalid);
        var dir = Path.Combine(Path.GetTempPath(), "clysm-ref-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            foreach (var (name, body) in k.Files)
            {
                var p = Path.Combine(dir, name);
                Directory.CreateDirectory(Path.GetDirectoryName(p)!);
                File.WriteAllText(p, body);
            }
            var res = engine.Run(r.Module!, k.Stdin, dir);
            var diff = new StringBuilder();
            if (k.Signals != null)
            {
                if (res.Condition == null) diff.Append($"expected condition {k.Signals}, got {res.Status} {res.Message} value {res.Value}; ");
                else if (!SubtypeOk(res.Condition.Type, k.Signals)) diff.Append($"expected {k.Signals}, got {res.Condition.Type}: {res.Condition.Message}; ");
            }
            else
            {
                if (res.Status != InvocationStatus.Returned) diff.Append($"status {res.Status}: {res.Message} {res.Condition?.Type} {res.Condition?.Message}; ");
                else if (k.Value != null && res.Value.Printed != k.Value) diff.Append($"value {res.Value.Printed} != {k.Value}; ");
            }
            if ((k.Stdout ?? "") != res.Stdout && !(k.Signals != null && k.Stdout == null)) diff.Append($"stdout [{res.Stdout}] != [{k.Stdout}]; ");
            return diff.Length == 0 ? (Outcome.Pass, "") : (Outcome.Fail, diff.ToString());
        }
        finally { try { Directory.Delete(dir, true); } catch (IOException) { } }
    }

    private static bool SubtypeOk(string actual, string expected) =>
        actual == expected || expected == "ERROR" && actual != "WARNING" || expected == "CONDITION" ||
        (expected, actual) is ("TYPE-ERROR", "SIMPLE-TYPE-ERROR") or ("ARITHMETIC-ERROR", "DIVISION-BY-ZERO") or
            ("CELL-ERROR", "UNBOUND-VARIABLE") or ("CELL-ERROR", "UNDEFINED-FUNCTION") or ("STREAM-ERROR", "END-OF-FILE") or
            ("SIMPLE-CONDITION", "SIMPLE-ERROR");

    [SkippableFact]
    public void Corpus_modules_validate_and_mostly_pass()
    {
        var cases = LoadCorpus();
        Skip.If(cases.Count == 0, "no corpus found");
        var counts = new Dictionary<Outcome, int>();
        var problems = new List<string>();
        foreach (var k in cases)
        {
            var (o, msg) = RunCase(engine, k);
            counts[o] = counts.GetValueOrDefault(o) + 1;
            if (o != Outcome.Pass) output.WriteLine($"{o} {k.File}:{k.Line} {k.Id}: {msg}");
            if (o is Outcome.Invalid) problems.Add($"{k.File}:{k.Line} {k.Id}: invalid module: {msg}");
        }
        output.WriteLine(string.Join(", ", counts.Select(kv => $"{kv.Key} {kv.Value}")) + $" of {cases.Count}");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
