using System.Globalization;
using System.Text.Json;
using Clysm.Conformance.Running;
using Clysm.Conformance.Schema;

namespace Clysm.Conformance.Reporting;

/// <summary>One thing wrong with a compilation report: where (a JSON pointer) and what.</summary>
public sealed record ReportViolation(string Pointer, string Problem)
{
    public override string ToString() => $"{(Pointer.Length == 0 ? "/" : Pointer)}: {Problem}";
}

/// <summary>
/// `report check`: any CompilationReport, the suite's own or a compiler's (Clysm writes
/// dist/stage1-report.json), against schemas/compilation-report.schema.json and for consistency:
/// the summary equals the sums over modules, compiled + failed + skipped = total_forms where all
/// three are given, coverage_pct = compiled / total_forms to two decimals, no case id twice, and
/// when per-case results are present, the summary is what they add up to. A report that fails it
/// is refused by gate, compare and export, and never written by run.
/// </summary>
public static class ReportCheck
{
    public static IReadOnlyList<ReportViolation> Check(JsonElement report)
    {
        var list = new List<ReportViolation>();
        foreach (var e in SchemaValidator.Report.Validate(report))
            list.Add(new ReportViolation(e.Pointer, Hint(report, e)));
        if (report.ValueKind != JsonValueKind.Object) return list;

        var summary = report.TryGetProperty("summary", out var s) && s.ValueKind == JsonValueKind.Object ? s : (JsonElement?)null;
        if (summary is { } sum)
        {
            Identity(sum, "/summary", "total_forms", list);
            Coverage(sum, "/summary", list);
        }
        if (report.TryGetProperty("modules", out var modules) && modules.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var m in modules.EnumerateArray())
                if (m.ValueKind == JsonValueKind.Object) Identity(m, $"/modules/{i++}", "total", list);
                else i++;
            Duplicates(modules, "/modules", "path", "module path", list);
            if (summary is { } total && modules.GetArrayLength() > 0)
                foreach (var (field, moduleField) in new[] { ("total_forms", "total"), ("compiled", "compiled"), ("failed", "failed"), ("skipped", "skipped"), ("passed", "passed") })
                    SumMatches(total, field, modules, moduleField, "/modules", list);
        }
        if (report.TryGetProperty("categories", out var categories) && categories.ValueKind == JsonValueKind.Array && categories.GetArrayLength() > 0 && summary is { } sc)
            foreach (var field in new[] { "total", "passed", "skipped" })
                SumMatches(sc, field == "total" ? "total_forms" : field, categories, field, "/categories", list);
        if (report.TryGetProperty("cases", out var cases) && cases.ValueKind == JsonValueKind.Array)
        {
            Duplicates(cases, "/cases", "id", "case id", list);
            if (summary is { } st && cases.GetArrayLength() > 0) AgreesWithCases(st, cases, list);
        }
        return list;
    }

    /// <summary>The check of a file: a JSON syntax error is one violation at the root.</summary>
    public static IReadOnlyList<ReportViolation> CheckText(string json, out JsonDocument? document)
    {
        document = null;
        try { document = JsonDocument.Parse(json); }
        catch (JsonException e)
        {
            return [new ReportViolation("", $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {JsonSyntax.FirstSentence(e)}")];
        }
        return Check(document.RootElement);
    }

    // The names people get wrong, so the message says what was meant.
    private static string Hint(JsonElement report, SchemaError e)
    {
        if (e.Keyword == "required" && e.Property == "stage_version" && report.ValueKind == JsonValueKind.Object)
            foreach (var p in report.EnumerateObject())
                if (p.Name != "stage_version" && p.Name.EndsWith("_version", StringComparison.Ordinal) && p.Name.StartsWith("stage", StringComparison.Ordinal))
                    return $"{e.Message} (found {p.Name}: the schema names this field stage_version)";
        return e.Message;
    }

    private static long? Int(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : null;

    private static double? Number(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static void Identity(JsonElement obj, string at, string totalName, List<ReportViolation> list)
    {
        if (Int(obj, "compiled") is { } c && Int(obj, "failed") is { } f && Int(obj, "skipped") is { } s && Int(obj, totalName) is { } t && c + f + s != t)
            list.Add(new ReportViolation($"{at}/{totalName}", $"compiled + failed + skipped = {c} + {f} + {s} = {c + f + s}, not {totalName} {t}"));
    }

    private static void Coverage(JsonElement summary, string at, List<ReportViolation> list)
    {
        if (Int(summary, "compiled") is not { } c || Int(summary, "total_forms") is not { } t || Number(summary, "coverage_pct") is not { } pct) return;
        var expected = t == 0 ? 0 : Math.Round(100.0 * c / t, 2, MidpointRounding.AwayFromZero);
        // Two decimals: a figure rounded either way at the midpoint is accepted.
        if (Math.Abs(expected - pct) > 0.0051)
            list.Add(new ReportViolation($"{at}/coverage_pct", string.Create(CultureInfo.InvariantCulture,
                $"coverage_pct is {pct} but compiled / total_forms = {c} / {t} = {expected:0.00}")));
    }

    private static void SumMatches(JsonElement summary, string field, JsonElement items, string itemField, string itemsAt, List<ReportViolation> list)
    {
        if (Int(summary, field) is not { } want) return;
        long sum = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || Int(item, itemField) is not { } n) return; // not given everywhere: nothing to compare
            sum += n;
        }
        if (sum != want)
            list.Add(new ReportViolation($"/summary/{field}", $"{field} is {want} but the {itemsAt.TrimStart('/')} add up to {sum} ({itemsAt}/*/{itemField})"));
    }

    private static void Duplicates(JsonElement items, string at, string field, string what, List<ReportViolation> list)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String)
            {
                var key = v.GetString()!;
                if (first.TryGetValue(key, out var j))
                    list.Add(new ReportViolation($"{at}/{i}/{field}", $"duplicate {what} {key} (first at {at}/{j}/{field})"));
                else first[key] = i;
            }
            i++;
        }
    }

    /// <summary>With per-case results, the summary must be what they add up to (never a counter that drifted).</summary>
    private static void AgreesWithCases(JsonElement summary, JsonElement cases, List<ReportViolation> list)
    {
        var outcomes = new List<(Outcome Outcome, Phase Phase)>();
        foreach (var c in cases.EnumerateArray())
        {
            if (c.ValueKind != JsonValueKind.Object
                || !c.TryGetProperty("outcome", out var o) || o.ValueKind != JsonValueKind.String || !Outcomes.TryParse(o.GetString()!, out var outcome)
                || !c.TryGetProperty("phase", out var p) || p.ValueKind != JsonValueKind.String || !Phases.TryParse(p.GetString()!, out var phase))
                return; // the schema has named the bad case
            outcomes.Add((outcome, phase));
        }
        var results = outcomes.Select(x => new CaseResult { Id = "", Module = "", Category = "", Outcome = x.Outcome, Phase = x.Phase }).ToList();
        var expected = ReportBuilder.Summarize(results);
        void Compare(string field, long value)
        {
            if (Int(summary, field) is { } given && given != value)
                list.Add(new ReportViolation($"/summary/{field}", $"{field} is {given} but the {results.Count} per-case results (/cases) give {value}"));
        }
        Compare("total_forms", expected.TotalForms);
        Compare("compiled", expected.Compiled);
        Compare("failed", expected.Failed);
        Compare("skipped", expected.Skipped);
        Compare("passed", expected.Passed);
        Compare("scored", expected.Scored);
        if (summary.TryGetProperty("outcomes", out var given) && given.ValueKind == JsonValueKind.Object)
            foreach (var name in Outcomes.Names)
            {
                var count = given.TryGetProperty(name, out var n) && n.ValueKind == JsonValueKind.Number && n.TryGetInt64(out var k) ? k : 0;
                var actual = expected.Outcomes.GetValueOrDefault(name);
                if (count != actual)
                    list.Add(new ReportViolation($"/summary/outcomes/{name}", $"{name} is {count} but the per-case results (/cases) have {actual}"));
            }
    }

}
