using System.Text;

namespace Clysm.Conformance.Running;

/// <summary>
/// One case module run on several engines (--engine both): the runs must agree on what the module
/// did (outcome, value, stdout, stderr, condition, files). Engines word their own messages
/// differently (validation errors, trap texts), so messages are kept side by side, not compared.
/// A difference is the <see cref="Outcome.Disagreement"/> outcome, never a pass, with both sides in
/// the diff: an engine bug and a compiler bug look the same from one engine.
/// </summary>
internal static class EngineComparison
{
    /// <param name="runs">The case's result on each engine, engine name first, in the run's engine order.</param>
    public static CaseResult Combine(IReadOnlyList<(string Engine, CaseResult Result)> runs)
    {
        if (runs.Count == 0) throw new ArgumentException("no engine ran the case", nameof(runs));
        var (firstEngine, first) = runs[0];
        if (runs.Count == 1) return first;

        var differences = new List<string>();
        var diff = new StringBuilder();
        void Side(string what, Func<CaseResult, string> show)
        {
            var values = runs.Select(r => show(r.Result)).ToList();
            if (values.Distinct(StringComparer.Ordinal).Count() == 1) return;
            differences.Add(what);
            var width = runs.Max(r => r.Engine.Length);
            diff.Append(what).Append(':').AppendLine();
            for (var i = 0; i < runs.Count; i++)
                diff.Append("  ").Append(runs[i].Engine.PadRight(width)).Append("  ").AppendLine(Indent(values[i]));
        }

        Side("outcome", r => r.Outcome.Name());
        Side("value", r => r.Actual?.Value is { } v ? $"{v} ({r.Actual.ValueKind})" : "(none)");
        Side("stdout", r => Comparer.Show(r.Actual?.Stdout ?? ""));
        Side("stderr", r => Comparer.Show(r.Actual?.Stderr ?? ""));
        Side("condition", r => r.Actual?.Condition is { } c ? $"{c.Type}: {c.Message}" : "(none)");
        Side("files", r => r.Actual?.Files is { } fs
            ? string.Join("\n", fs.Select(f => $"{f.Name} ({f.Bytes} bytes){(f.Contents is null ? "" : ": " + Comparer.Show(f.Contents))}"))
            : "(none)");

        var engines = string.Join(", ", runs.Select(r => r.Engine));
        var merged = first with
        {
            RunMs = Math.Round(runs.Sum(r => r.Result.RunMs), 2),
            Reason = Messages(runs, r => r.Reason, "; "),
        };
        if (differences.Count == 0)
            return merged with { Diff = Messages(runs, r => r.Diff, "\n") };

        // Each engine's own verdict follows the differences, so nothing either side said is lost.
        foreach (var (engine, r) in runs)
            diff.AppendLine($"on {engine}: {r.Outcome.Name()} at {r.Phase.Name()}{(r.Reason is null ? "" : ": " + r.Reason)}");
        return merged with
        {
            Outcome = Outcome.Disagreement,
            Reason = $"the engines disagree on {string.Join(", ", differences)} ({string.Join(" vs ", runs.Select(r => $"{r.Engine} {r.Result.Outcome.Name()}"))})",
            Diff = diff.ToString().TrimEnd(),
        };
    }

    /// <summary>One text when every engine said the same, else each engine's, named.</summary>
    private static string? Messages(IReadOnlyList<(string Engine, CaseResult Result)> runs, Func<CaseResult, string?> text, string separator)
    {
        var texts = runs.Select(r => text(r.Result)).ToList();
        if (texts.Distinct(StringComparer.Ordinal).Count() == 1) return texts[0];
        return string.Join(separator, runs.Select((r, i) => $"{r.Engine}: {texts[i] ?? "(nothing)"}"));
    }

    private static string Indent(string s) => s.Replace("\n", "\n      ");
}
