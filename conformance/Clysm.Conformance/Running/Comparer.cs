using System.Text;
using Clysm.Conformance.Corpus;
using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Running;

/// <summary>What the comparison found: a pass has no <see cref="Differences"/> and is not
/// <see cref="Inconclusive"/> (the result channel could not show whether the value is right).</summary>
internal sealed record Comparison(IReadOnlyList<string> Differences, string? Reason, string? Inconclusive = null)
{
    public bool Passed => Differences.Count == 0 && Inconclusive is null;
    public string? Diff => Differences.Count == 0 ? null : string.Join("\n", Differences);
}

/// <summary>Compares what a run did (value, stdout, stderr, files, condition) with a case's expectations.</summary>
internal static class Comparer
{
    /// <summary>Compare a run that returned or ended in an unhandled condition. <paramref name="sandbox"/>
    /// is the directory the run's files live in (for :files-after); null when the case has none.</summary>
    public static Comparison Compare(CorpusCase c, InvocationResult run, string? sandbox)
    {
        var diffs = new List<string>();
        var reasons = new List<string>();
        string? inconclusive = null;

        if (c.Signals is { } expectedType)
        {
            if (run.Condition is null)
            {
                diffs.Add($"condition: expected {expectedType.ToUpperInvariant()}\n           actual   none (the run returned {run.Value})");
                reasons.Add($"expected condition {expectedType.ToUpperInvariant()}, none signalled");
            }
            else if (!ConditionTypes.IsSubtype(run.Condition.Type, expectedType))
            {
                diffs.Add($"condition: expected {expectedType.ToUpperInvariant()} (or a subtype)\n           actual   {run.Condition.Type}: {run.Condition.Message}");
                reasons.Add($"expected condition {expectedType.ToUpperInvariant()}, got {run.Condition.Type.ToUpperInvariant()}");
            }
        }
        else if (run.Condition is { } cond)
        {
            diffs.Add($"condition: expected none\n           actual   {cond.Type}: {cond.Message}");
            reasons.Add($"unhandled {cond.Type.ToUpperInvariant()}");
        }

        if (c.ExpectedPrinted is { } expectedValue && run.Condition is null)
        {
            var label = c.Values is null ? "value" : "values";
            var check = ResultChannel.Check(expectedValue, run.Value);
            if (check.Difference is { } why)
            {
                diffs.Add($"{label}: expected {expectedValue}\n{new string(' ', label.Length + 2)}actual   {run.Value}{why}");
                reasons.Add(run.Value.Printed is null ? $"{label} not printable ({CaseActual.ValueKindName(run.Value.Kind)})" : $"{label} differs");
            }
            else inconclusive = check.Inconclusive;
        }

        CompareText("stdout", c.Stdout, run.Stdout, diffs, reasons);
        if (c.Stderr is { } expectedErr)
            CompareText("stderr", expectedErr, run.Stderr, diffs, reasons);

        if (c.FilesAfter is { } files)
        {
            foreach (var f in files)
            {
                var path = sandbox is null ? null : Path.Combine(sandbox, f.Name);
                string? actual = path is not null && File.Exists(path) ? ReadUtf8(path) : null;
                if (actual == f.Contents) continue;
                diffs.Add($"file {f.Name}: expected {Show(f.Contents)}\n{new string(' ', f.Name.Length + 7)}actual   {Show(actual)}");
                reasons.Add("file contents differ");
            }
        }

        return new Comparison(diffs, reasons.Count == 0 ? null : string.Join("; ", reasons.Distinct()), inconclusive);
    }

    private static void CompareText(string what, string expected, string actual, List<string> diffs, List<string> reasons)
    {
        if (expected == actual) return;
        var sb = new StringBuilder();
        sb.Append($"{what}: expected {Show(expected)}\n{new string(' ', what.Length + 2)}actual   {Show(actual)}");
        var at = FirstDifference(expected, actual);
        sb.Append($"\n{new string(' ', what.Length + 2)}first difference at character {at}");
        diffs.Add(sb.ToString());
        reasons.Add(what + " differs");
    }

    private static int FirstDifference(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++) if (a[i] != b[i]) return i;
        return n;
    }

    private static string ReadUtf8(string path) =>
        new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(File.ReadAllBytes(path));

    /// <summary>A string shown on one line as a Lisp-ish literal, with control characters escaped; null as "(no file)".</summary>
    internal static string Show(string? s)
    {
        if (s is null) return "(no file)";
        const int max = 400;
        var sb = new StringBuilder("\"");
        foreach (var ch in s.Length > max ? s[..max] : s)
            sb.Append(ch switch
            {
                '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", '"' => "\\\"", '\\' => "\\\\",
                < ' ' => $"\\x{(int)ch:x2}",
                _ => ch.ToString(),
            });
        sb.Append('"');
        if (s.Length > max) sb.Append($" … ({s.Length} characters)");
        return sb.ToString();
    }
}
