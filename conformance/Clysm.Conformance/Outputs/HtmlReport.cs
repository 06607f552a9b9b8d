using System.Globalization;
using System.Net;
using System.Text;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;

namespace Clysm.Conformance.Outputs;

/// <summary>One self-contained HTML file (inline CSS and SVG, no scripts, no external resources): the summary,
/// the per-category table, the coverage trend and every failing case with its diff.</summary>
public static class HtmlReport
{
    private const int MaxFailuresShown = 5000;

    private const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1200px;color:#1b1f23;padding:0 16px}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
        .meta{color:#57606a;font-size:13px}
        .banner{padding:12px 16px;border-radius:6px;margin:16px 0;font-weight:600}
        .ok{background:#dafbe1;border:1px solid #4ac26b}.bad{background:#ffebe9;border:1px solid #ff8182}
        .warn{background:#fff8c5;border:1px solid #d4a72c;font-size:18px}
        .cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
        .card{border:1px solid #d0d7de;border-radius:6px;padding:8px 14px;min-width:110px}
        .card b{display:block;font-size:22px}.card span{color:#57606a;font-size:12px}
        table{border-collapse:collapse;font-size:13px;margin:6px 0}
        th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
        th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
        .bar{background:#eaeef2;width:200px;height:12px;border-radius:3px;overflow:hidden;display:flex}
        .bar i{display:block;height:12px}
        .bar .pass{background:#2da44e}.bar .fail{background:#cf222e}.bar .inconclusive{background:#bf8700}
        .bar .unverified{background:#e6c35c}.bar .skip{background:#afb8c1}
        .legend i{display:inline-block;width:10px;height:10px;margin:0 3px 0 10px;vertical-align:middle}
        .up{color:#1a7f37}.down{color:#cf222e}
        details{border:1px solid #d0d7de;border-radius:6px;margin:4px 0;padding:4px 8px}
        details summary{cursor:pointer;font-size:13px}
        details pre{background:#f6f8fa;padding:8px;overflow:auto;font-size:12px;white-space:pre-wrap;word-break:break-all}
        code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}
        .tag{display:inline-block;border-radius:10px;padding:0 7px;font-size:11px;margin-right:4px;color:#fff;background:#6e7781}
        .tag.new{background:#cf222e}.tag.xfail{background:#9a6700}.tag.reg{background:#8250df}
        .chart svg{max-width:100%;height:auto;border:1px solid #d0d7de;border-radius:6px}
        """;

    /// <param name="history">Past runs for the trend chart (oldest first); none: the chart says so.</param>
    public static string Render(CompilationReport report, IReadOnlyList<HistoryEntry>? history = null, RunComparison? baseline = null, GateResult? gate = null)
    {
        var ci = CultureInfo.InvariantCulture;
        var h = new StringBuilder();
        var s = report.Summary;
        var nothing = RunStatus.NothingScored(report);
        var title = $"Clysm conformance: {report.StageVersion}";
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        h.Append("<h1>").Append(E(title)).Append("</h1>\n<div class=\"meta\">")
            .Append(E($"{report.Timestamp} · stage {report.Stage?.Kind ?? "?"}: {report.Stage?.Description ?? "?"} · suite {report.SuiteVersion ?? "?"} · engine {report.EngineVersion ?? "?"} · {report.DurationMs / 1000:0.0} s"))
            .Append(report.Filters.Count > 0 ? E(" · filters: " + string.Join(", ", report.Filters)) : "").Append("</div>\n");

        // Verdict banner.
        var problems = new List<string>();
        if (baseline is { Incompatible.Count: > 0 }) problems.Add("baseline not comparable: " + string.Join("; ", baseline.Incompatible));
        if (baseline is { Incompatible.Count: 0, Regressions.Count: > 0 }) problems.Add($"{baseline.Regressions.Count} regression(s)");
        if (gate is not null) problems.AddRange(gate.FailureReasons());
        if (nothing) h.Append("<div class=\"banner warn\">⚠ ").Append(E(RunStatus.LoudMessage(report))).Append("</div>\n");
        else if (problems.Count > 0) h.Append("<div class=\"banner bad\">✗ ").Append(E(string.Join(", ", problems))).Append("</div>\n");
        else if (gate is not null || baseline is not null) h.Append("<div class=\"banner ok\">✓ no regressions, no new failures</div>\n");

        h.Append("<h2 id=\"summary\">Summary</h2>\n<div class=\"cards\">");
        Card(h, s.TotalForms.ToString(ci), "total cases");
        Card(h, s.Passed.ToString(ci), "passed");
        Card(h, (s.Scored - s.Passed).ToString(ci), "failed");
        Card(h, s.Unverified.ToString(ci), "unverified");
        Card(h, s.Inconclusive.ToString(ci), "inconclusive");
        Card(h, s.Skipped.ToString(ci), "skipped");
        Card(h, s.CoveragePct.ToString("0.00", ci) + "%", "coverage_pct (compiled)" + DeltaText(baseline is { Incompatible.Count: 0 } ? baseline.Overall.Delta : null));
        Card(h, s.PassPct.ToString("0.00", ci) + "%", "pass_pct");
        if (gate is not null)
        {
            Card(h, gate.Count(GateStatus.NewFailure).ToString(ci), "new failures");
            Card(h, gate.Count(GateStatus.ExpectedFailure).ToString(ci), "expected failures");
            Card(h, gate.Count(GateStatus.UnexpectedPass).ToString(ci), "unexpected passes");
            Card(h, gate.Count(GateStatus.NewNotScored).ToString(ci), "new skips / unverified");
            Card(h, gate.Stale.Count.ToString(ci), "stale entries");
        }
        h.Append("</div>\n<p class=\"meta\">").Append(E(s.ScoredLine())).Append("</p>\n");

        if (baseline is { Incompatible.Count: 0 } b)
        {
            foreach (var w in b.Warnings) h.Append("<p class=\"meta\">Note: ").Append(E(w)).Append("</p>\n");
            if (b.Regressions.Count > 0)
            {
                h.Append(ci, $"<h2 id=\"regressions\">Regressions ({b.Regressions.Count}): passed in the baseline, not now</h2>\n<table><tr><th>case</th><th>now</th><th>reason</th></tr>\n");
                foreach (var x in b.Regressions)
                    h.Append("<tr><td><code>").Append(E(x.Id)).Append("</code></td><td>").Append(E(x.After.Outcome.Name() + " at " + x.After.Phase.Name()))
                        .Append("</td><td>").Append(E(x.After.Reason ?? "")).Append("</td></tr>\n");
                h.Append("</table>\n");
            }
            if (b.NewlyPassing.Count > 0)
                h.Append(ci, $"<p>Newly passing ({b.NewlyPassing.Count}): ").Append(string.Join(", ", b.NewlyPassing.Select(x => "<code>" + E(x.Id) + "</code>"))).Append("</p>\n");
        }

        // Per-category table: the bar stacks every case of the category by verdict, so a category
        // that compiles but does not pass never draws as green.
        h.Append("<h2 id=\"categories\">Categories</h2>\n<p class=\"meta legend\">")
            .Append("<i style=\"background:#2da44e\"></i>passed<i style=\"background:#cf222e\"></i>failed<i style=\"background:#bf8700\"></i>inconclusive")
            .Append("<i style=\"background:#e6c35c\"></i>unverified<i style=\"background:#afb8c1\"></i>skipped</p>\n")
            .Append("<table><tr><th>category</th><th>total</th><th>passed</th><th>failed</th><th>unverified</th><th>inconclusive</th><th>skipped</th><th>pass_pct</th><th>coverage_pct</th><th></th>")
            .Append(baseline is { Incompatible.Count: 0 } ? "<th>coverage change</th>" : "").Append("</tr>\n");
        var change = baseline is { Incompatible.Count: 0 } ? baseline.Categories.ToDictionary(c => c.Category, c => c.Delta) : null;
        foreach (var c in report.Categories)
        {
            h.Append(ci, $"<tr><td>{E(c.Category)}</td><td class=\"n\">{c.Total}</td><td class=\"n\">{c.Passed}</td><td class=\"n\">{c.Failed}</td><td class=\"n\">{c.Unverified}</td><td class=\"n\">{c.Inconclusive}</td><td class=\"n\">{c.Skipped}</td>");
            h.Append(ci, $"<td class=\"n\">{c.PassPct:0.00}%</td><td class=\"n\">{c.CoveragePct:0.00}%</td><td>{StackedBar(c.Total, c.Passed, c.Failed, c.Inconclusive, c.Unverified, c.Skipped)}</td>");
            if (change is not null) h.Append("<td class=\"n\">").Append(DeltaHtml(change.GetValueOrDefault(c.Category))).Append("</td>");
            h.Append("</tr>\n");
        }
        h.Append(ci, $"<tr><th>all</th><th class=\"n\">{s.TotalForms}</th><th class=\"n\">{s.Passed}</th><th class=\"n\">{s.Scored - s.Passed}</th><th class=\"n\">{s.Unverified}</th><th class=\"n\">{s.Inconclusive}</th><th class=\"n\">{s.Skipped}</th>")
            .Append(ci, $"<th class=\"n\">{s.PassPct:0.00}%</th><th class=\"n\">{s.CoveragePct:0.00}%</th><th>{StackedBar(s.TotalForms, s.Passed, s.Scored - s.Passed, s.Inconclusive, s.Unverified, s.Skipped)}</th>")
            .Append(change is not null ? "<th class=\"n\">" + DeltaHtml(baseline!.Overall.Delta) + "</th>" : "").Append("</tr>\n</table>\n");

        h.Append("<h2 id=\"trend\">Trend: pass rate and coverage</h2>\n<div class=\"chart\">\n").Append(SvgChart.Render(history ?? [])).Append("</div>\n");

        if (report.TopBlockers.Count > 0)
        {
            h.Append("<h2 id=\"blockers\">Top blockers</h2>\n<table><tr><th>cases</th><th>outcome</th><th>phase</th><th>reason</th><th>e.g.</th></tr>\n");
            foreach (var t in report.TopBlockers)
                h.Append(ci, $"<tr><td class=\"n\">{t.Count}</td><td>{E(t.Outcome)}</td><td>{E(t.Phase)}</td><td>{E(t.Reason)}</td><td><code>{E(string.Join(", ", t.Examples))}</code></td></tr>\n");
            h.Append("</table>\n");
        }

        // Failing cases: new failures and regressions first.
        var status = gate?.Cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var regressed = baseline is { Incompatible.Count: 0 } ? baseline.Regressions.Select(x => x.Id).ToHashSet(StringComparer.Ordinal) : [];
        var failing = report.Cases.Where(r => r.Failed)
            .OrderBy(r => regressed.Contains(r.Id) ? 0 : status?.GetValueOrDefault(r.Id)?.Status == GateStatus.NewFailure ? 1 : 2)
            .ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        h.Append(ci, $"<h2 id=\"failing\">Failing cases ({failing.Count})</h2>\n");
        foreach (var r in failing.Take(MaxFailuresShown))
        {
            h.Append("<details><summary>");
            if (regressed.Contains(r.Id)) h.Append("<span class=\"tag reg\">regression</span>");
            var g = status?.GetValueOrDefault(r.Id);
            if (g?.Status == GateStatus.NewFailure) h.Append("<span class=\"tag new\">new</span>");
            if (g?.Status == GateStatus.ExpectedFailure) h.Append("<span class=\"tag xfail\">expected</span>");
            h.Append("<code>").Append(E(r.Id)).Append("</code> ").Append(E($"{r.Outcome.Name()} at {r.Phase.Name()}"))
                .Append(r.Reason is null ? "" : ": " + E(r.Reason)).Append("</summary>\n");
            h.Append("<div class=\"meta\">").Append(E($"{r.Module} · {r.Category}" + (g?.Expectation is { } e ? $" · expected {e.Expect}: {e.Reason}" : "") + (g?.Note is { } n ? $" · {n}" : ""))).Append("</div>\n");
            h.Append("<pre>").Append(E(r.Diff ?? r.Reason ?? "(no diff)")).Append("</pre></details>\n");
        }
        if (failing.Count > MaxFailuresShown)
            h.Append(ci, $"<p>… and {failing.Count - MaxFailuresShown} more failing cases (see the JSON report).</p>\n");
        if (failing.Count == 0) h.Append("<p>None.</p>\n");

        // Not scored: listed with the reason, never hidden.
        foreach (var (outcome, heading) in new[] { (Outcome.Unverified, "Unverified cases"), (Outcome.Inconclusive, "Inconclusive cases"), (Outcome.Skip, "Skipped cases") })
        {
            var list = report.Cases.Where(r => r.Outcome == outcome).ToList();
            if (list.Count == 0) continue;
            h.Append(ci, $"<h2 id=\"{outcome.Name()}\">{heading} ({list.Count})</h2>\n<details class=\"{outcome.Name()}\"><summary>show</summary><table><tr><th>case</th><th>reason</th></tr>\n");
            foreach (var r in list.Take(MaxFailuresShown))
                h.Append("<tr><td><code>").Append(E(r.Id)).Append("</code></td><td>").Append(E(r.Reason ?? "")).Append("</td></tr>\n");
            h.Append("</table></details>\n");
        }
        h.Append("</body>\n</html>\n");
        return h.ToString();
    }

    /// <summary>Segments in the order passed, failed, inconclusive, unverified, skipped, each as wide as its share.</summary>
    internal static string StackedBar(int total, int passed, int failed, int inconclusive, int unverified, int skipped)
    {
        var sb = new StringBuilder("<div class=\"bar\">");
        if (total > 0)
            foreach (var (n, cls) in new[] { (passed, "pass"), (failed, "fail"), (inconclusive, "inconclusive"), (unverified, "unverified"), (skipped, "skip") })
                if (n > 0)
                    sb.Append(CultureInfo.InvariantCulture, $"<i class=\"{cls}\" style=\"width:{100.0 * n / total:0.##}%\" title=\"{cls} {n}\"></i>");
        return sb.Append("</div>").ToString();
    }

    private static void Card(StringBuilder h, string value, string label) =>
        h.Append("<div class=\"card\"><b>").Append(E(value)).Append("</b><span>").Append(E(label)).Append("</span></div>");

    private static string DeltaText(double? d) => d is null ? "" : " " + d.Value.ToString("+0.00;-0.00;±0.00", CultureInfo.InvariantCulture) + " vs baseline";

    private static string DeltaHtml(double? d) =>
        d is null ? "" : $"<span class=\"{(d > 0 ? "up" : d < 0 ? "down" : "")}\">{d.Value.ToString("+0.00;-0.00;±0.00", CultureInfo.InvariantCulture)}</span>";

    private static string E(string s) => WebUtility.HtmlEncode(JUnitXml.Clean(s));
}
