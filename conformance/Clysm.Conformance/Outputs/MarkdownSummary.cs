using System.Globalization;
using System.Text;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;

namespace Clysm.Conformance.Outputs;

/// <summary>A Markdown summary for a pull-request comment or a CI step summary: the verdict, counts,
/// coverage and its change, then regressions, new failures and the rest; never above <see cref="MaxBytes"/>.</summary>
public static class MarkdownSummary
{
    /// <summary>GitHub allows 65,536 characters in a comment; stay well below.</summary>
    public const int MaxBytes = 60 * 1024;
    private const int Reserve = 10 * 1024;   // kept free for the tables at the end
    private const int MaxItemsPerList = 50;
    private const int MaxReason = 160;

    public static string Render(CompilationReport report, RunComparison? baseline = null, GateResult? gate = null)
    {
        var ci = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        var s = report.Summary;
        var nothing = RunStatus.NothingScored(report);

        var problems = new List<string>();
        if (baseline is { Incompatible.Count: > 0 }) problems.Add("baseline not comparable");
        if (baseline is { Regressions.Count: > 0 } b0) problems.Add($"{b0.Regressions.Count} regression(s)");
        if (gate is not null) problems.AddRange(gate.FailureReasons());
        else if (baseline is null && s.Scored > s.Passed) problems.Add($"{s.Scored - s.Passed} failing");
        var icon = nothing ? "⚠️" : problems.Count > 0 ? "❌" : "✅";
        md.Append(ci, $"## {icon} Clysm conformance: {Esc(report.StageVersion)}");
        md.Append(nothing ? ": NOTHING WAS TESTED" : problems.Count > 0 ? ": " + string.Join(", ", problems) : ": no regressions");
        md.Append("\n\n");
        if (nothing) md.Append("> [!CAUTION]\n> **").Append(Esc(RunStatus.LoudMessage(report))).Append("**\n\n");

        md.Append("| | cases |\n|---|---:|\n");
        md.Append(ci, $"| passed | {s.Passed} |\n| failed | {s.Scored - s.Passed} |\n| unverified | {s.Unverified} |\n| inconclusive | {s.Inconclusive} |\n| skipped | {s.Skipped} |\n| **total** | **{s.TotalForms}** |\n");
        md.Append(ci, $"| coverage_pct (compiled) | {s.CoveragePct:0.00}%{Delta(baseline?.Overall.Delta)} |\n");
        md.Append(ci, $"| pass_pct | {s.PassPct:0.00}% |\n\n");
        if (gate is not null)
        {
            md.Append(ci, $"Expectations: {gate.Count(GateStatus.ExpectedFailure)} expected failure(s), {gate.Count(GateStatus.ExpectedNotScored)} expected skip(s) or unverified/inconclusive case(s), ");
            md.Append(ci, $"{gate.Count(GateStatus.NewFailure)} new failure(s), {gate.Count(GateStatus.UnexpectedPass)} unexpected pass(es), ");
            md.Append(ci, $"{gate.Count(GateStatus.NewNotScored)} new skip(s) or unverified/inconclusive case(s), {gate.Stale.Count} stale entr{(gate.Stale.Count == 1 ? "y" : "ies")}, ");
            md.Append(ci, $"{gate.Unexplained.Count} entr{(gate.Unexplained.Count == 1 ? "y" : "ies")} without a written reason or kind");
            md.Append(gate.Strict ? " (strict).\n\n" : ".\n\n");
        }
        if (baseline is not null)
        {
            foreach (var w in baseline.Incompatible) md.Append("**Not compared with the baseline:** ").Append(Esc(w)).Append("\n\n");
            foreach (var w in baseline.Warnings) md.Append("Note: ").Append(Esc(w)).Append("\n\n");
        }

        if (baseline is { Incompatible.Count: 0 })
            List(md, "Regressions: passed in the baseline, not now", baseline.Regressions,
                x => $"`{x.Id}`: pass → {x.After.Outcome.Name()} at {x.After.Phase.Name()}{Because(x.After.Reason)}");
        if (gate is not null)
        {
            List(md, "New failures", gate.With(GateStatus.NewFailure).ToList(), g => Line(g.Result) + (g.Note is null ? "" : $" ({Esc(g.Note)})"));
            List(md, "Unexpected passes (remove their entries: `bless`)", gate.With(GateStatus.UnexpectedPass).ToList(), g => $"`{g.Id}` (expected {g.Expectation!.Expect.Name()})");
            List(md, "New skips, unverified and inconclusive cases", gate.With(GateStatus.NewNotScored).ToList(), g => Line(g.Result));
            List(md, "Stale expectations (case no longer in the corpus)", gate.Stale, e => $"`{e.Id}`");
            List(md, "Expectations without a written reason or kind", gate.Unexplained, e => $"`{e.Id}`: {Esc(Short(e.Reason))}");
        }
        else
        {
            List(md, "Failures", report.Cases.Where(r => r.Failed).ToList(), Line);
            List(md, "Unverified and inconclusive (not scored)", report.Cases.Where(r => r.Outcome is Outcome.Unverified or Outcome.Inconclusive).ToList(), Line);
        }
        if (baseline is { Incompatible.Count: 0 })
        {
            List(md, "Newly passing", baseline.NewlyPassing, x => $"`{x.Id}`" + (x.Before is null ? " (new case)" : $" (was {x.Before.Outcome.Name()})"));
            List(md, "Cases only in the baseline", baseline.OnlyInBaseline, id => $"`{id}`");
            List(md, "Cases only in this run", baseline.OnlyInCurrent, id => $"`{id}`");
        }

        if (report.Categories.Count > 0)
        {
            var change = baseline is { Incompatible.Count: 0 } ? baseline.Categories.ToDictionary(c => c.Category, c => c.Delta) : null;
            // The bar stacks every case by verdict: 🟩 passed, 🟥 failed, 🟧 inconclusive, 🟨 unverified, ⬜ skipped.
            md.Append("<details><summary>By category</summary>\n\n🟩 passed · 🟥 failed · 🟧 inconclusive · 🟨 unverified · ⬜ skipped\n\n");
            md.Append("| category | cases | total | passed | failed | unverified | inconclusive | skipped | pass_pct | coverage_pct | coverage change |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            foreach (var c in report.Categories)
                md.Append(ci, $"| {Esc(c.Category)} | {Bar(c.Total, c.Passed, c.Failed, c.Inconclusive, c.Unverified, c.Skipped)} | {c.Total} | {c.Passed} | {c.Failed} | {c.Unverified} | {c.Inconclusive} | {c.Skipped} | {c.PassPct:0.00}% | {c.CoveragePct:0.00}% | {Delta(change?.GetValueOrDefault(c.Category)).Trim(' ', '(', ')')} |\n");
            md.Append("\n</details>\n\n");
        }
        if (report.TopBlockers.Count > 0)
        {
            md.Append("### Top blockers\n\n| cases | outcome | phase | reason | e.g. |\n|---:|---|---|---|---|\n");
            foreach (var t in report.TopBlockers.Take(10))
                md.Append(ci, $"| {t.Count} | {Esc(t.Outcome)} | {Esc(t.Phase)} | {Esc(Short(t.Reason))} | {string.Join(", ", t.Examples.Select(e => $"`{e}`"))} |\n");
            md.Append('\n');
        }
        md.Append(ci, $"<sub>{Esc(report.Timestamp)} · suite {Esc(report.SuiteVersion ?? "?")} · engine {Esc(report.EngineVersion ?? "?")}</sub>\n");
        return Fit(md.ToString());
    }

    private static void List<T>(StringBuilder md, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0) return;
        md.Append(CultureInfo.InvariantCulture, $"### {title} ({items.Count})\n\n");
        var shown = 0;
        foreach (var item in items)
        {
            var text = "- " + line(item) + "\n";
            if (shown >= MaxItemsPerList || Encoding.UTF8.GetByteCount(md.ToString()) + Encoding.UTF8.GetByteCount(text) > MaxBytes - Reserve) break;
            md.Append(text);
            shown++;
        }
        if (shown < items.Count) md.Append(CultureInfo.InvariantCulture, $"- … and {items.Count - shown} more (see the full report)\n");
        md.Append('\n');
    }

    private static string Line(CaseResult r) =>
        $"`{r.Id}`: {r.Outcome.Name()} at {r.Phase.Name()}{Because(r.Reason)}";

    /// <summary>Ten squares, each segment as many as its share (largest remainders, so they add up to
    /// ten); a segment that is not empty gets at least one square, so one failure never disappears.</summary>
    internal static string Bar(int total, int passed, int failed, int inconclusive, int unverified, int skipped)
    {
        const int cells = 10;
        if (total == 0) return "";
        var parts = new[] { (passed, "🟩"), (failed, "🟥"), (inconclusive, "🟧"), (unverified, "🟨"), (skipped, "⬜") };
        var whole = parts.Select(p => p.Item1 * cells / total).ToArray();
        var left = cells - whole.Sum();
        foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => parts[i].Item1 * cells % total).ThenBy(i => i))
        {
            if (left == 0) break;
            if (parts[i].Item1 == 0) continue;
            whole[i]++;
            left--;
        }
        for (var i = 0; i < parts.Length; i++)
            if (parts[i].Item1 > 0 && whole[i] == 0)
            {
                whole[Array.IndexOf(whole, whole.Max())]--;
                whole[i]++;
            }
        return string.Concat(parts.Select((p, i) => string.Concat(Enumerable.Repeat(p.Item2, whole[i]))));
    }

    private static string Because(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : ": " + Esc(Short(reason));

    private static string Short(string s)
    {
        s = s.Replace("\r", "").Replace('\n', ' ');
        return s.Length <= MaxReason ? s : s[..MaxReason] + "…";
    }

    private static string Delta(double? d) =>
        d is null ? "" : " (" + d.Value.ToString("+0.00;-0.00;±0.00", CultureInfo.InvariantCulture) + ")";

    /// <summary>Markdown-escapes free text (reasons, names) so it cannot break a table or open HTML.</summary>
    internal static string Esc(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
            switch (ch)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\n' or '\r': sb.Append(' '); break;
                case '|' or '\\' or '`' or '*' or '_' or '[' or ']' or '#': sb.Append('\\').Append(ch); break;
                default: sb.Append(ch); break;
            }
        return sb.ToString();
    }

    // The lists already respect the budget; this is the last guard.
    private static string Fit(string text)
    {
        if (Encoding.UTF8.GetByteCount(text) <= MaxBytes) return text;
        const string note = "\n\n… truncated to stay under the comment size limit (see the full report)\n";
        var cut = text.Length;
        while (cut > 0 && Encoding.UTF8.GetByteCount(text.AsSpan(0, cut)) > MaxBytes - note.Length) cut = text.LastIndexOf('\n', cut - 1);
        if (cut < 0) cut = 0;
        return text[..cut] + note;
    }
}
