using System.Globalization;
using System.Security;
using System.Text;

namespace Clysm.Conformance.Reporting;

/// <summary>A line chart over the runs of the history: the pass rate (pass_pct) beside
/// coverage_pct overall, and the pass rate per category, written as plain SVG (no packages).
/// Compiling is not passing: the two overall lines show how far apart they are.</summary>
public static class SvgChart
{
    private static readonly string[] Palette =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    public static string Render(IReadOnlyList<HistoryEntry> entries, string title = "Clysm conformance: pass rate and coverage_pct per run")
    {
        const int w = 900, left = 50, top = 40, plotW = 600, plotH = 300;
        var categories = entries.SelectMany(e => e.CategoryPassPct?.Keys ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
        var h = Math.Max(top + plotH + 60, top + 20 + 16 * (categories.Count + 2));
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        sb.Append(CultureInfo.InvariantCulture, $"<rect width=\"{w}\" height=\"{h}\" fill=\"white\"/>\n<text x=\"{left}\" y=\"22\" font-size=\"14\">{Esc(title)}</text>\n");
        // Axes and grid every 20 %.
        for (var p = 0; p <= 100; p += 20)
        {
            var y = top + plotH - plotH * p / 100.0;
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{y:0.#}\" x2=\"{left + plotW}\" y2=\"{y:0.#}\" stroke=\"#ddd\"/><text x=\"{left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{p}%</text>\n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{top + plotH}\" stroke=\"black\"/><line x1=\"{left}\" y1=\"{top + plotH}\" x2=\"{left + plotW}\" y2=\"{top + plotH}\" stroke=\"black\"/>\n");
        if (entries.Count == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + 10}\" y=\"{top + 20}\">no runs recorded</text>\n</svg>\n");
            return sb.ToString();
        }

        double X(int i) => entries.Count == 1 ? left + plotW / 2.0 : left + plotW * i / (double)(entries.Count - 1);
        double Y(double pct) => top + plotH - plotH * Math.Clamp(pct, 0, 100) / 100.0;

        // First and last run times under the x axis.
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{top + plotH + 16}\">{Esc(entries[0].Timestamp)}</text>\n");
        if (entries.Count > 1)
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + plotW}\" y=\"{top + plotH + 16}\" text-anchor=\"end\">{Esc(entries[^1].Timestamp)}</text>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + plotW / 2}\" y=\"{top + plotH + 34}\" text-anchor=\"middle\">run ({entries.Count} recorded)</text>\n");

        void Series(string name, Func<HistoryEntry, double?> value, string color, double width, int legendRow, string dash = "")
        {
            var points = entries.Select((e, i) => (i, v: value(e))).Where(p => p.v is not null).ToList();
            if (points.Count == 0) return;
            var pts = string.Join(" ", points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.i):0.#},{Y(p.v!.Value):0.#}")));
            var dashed = dash.Length == 0 ? "" : $" stroke-dasharray=\"{dash}\"";
            sb.Append(CultureInfo.InvariantCulture, $"<polyline class=\"series\" data-name=\"{Esc(name)}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"{width}\"{dashed} points=\"{pts}\"/>\n");
            foreach (var p in points)
                sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(p.i):0.#}\" cy=\"{Y(p.v!.Value):0.#}\" r=\"{width + 0.5}\" fill=\"{color}\"><title>{Esc(name)}: {p.v:0.00}%</title></circle>\n");
            var ly = top + 16 * legendRow;
            var last = points[^1].v!.Value;
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left + plotW + 20}\" y1=\"{ly - 4}\" x2=\"{left + plotW + 40}\" y2=\"{ly - 4}\" stroke=\"{color}\" stroke-width=\"{width}\"{dashed}/><text x=\"{left + plotW + 46}\" y=\"{ly}\">{Esc(name)} ({last:0.0}%)</text>\n");
        }

        Series("pass rate (overall)", e => e.PassPct, "#1a7f37", 3, 0);
        Series("coverage_pct (overall)", e => e.CoveragePct, "black", 2, 1, "6 3");
        for (var i = 0; i < categories.Count; i++)
        {
            var cat = categories[i];
            Series(cat + " pass rate", e => e.CategoryPassPct is { } p && p.TryGetValue(cat, out var v) ? v : null, Palette[i % Palette.Length], 1.2, i + 2);
        }
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static string Esc(string s) => SecurityElement.Escape(s) ?? "";
}
