using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Client;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;

namespace Clysm.Conformance.TestLogger;

/// <summary>
/// Prints each failed test with its message as it finishes, and at the end one line counting the
/// skipped tests by reason ("skipped 343: 126 KNOWN FAILURE, 77 unsupported: float, ...").
/// Enabled by tests/Clysm.Conformance.Tests/conformance.runsettings, or `--logger clysm-summary`.
/// </summary>
[FriendlyName(FriendlyName)]
[ExtensionUri(Uri)]
public sealed class SummaryLogger : ITestLogger
{
    public const string FriendlyName = "clysm-summary";
    public const string Uri = "logger://clysm-conformance/summary";

    private readonly SkipTally _skips = new();
    private readonly object _gate = new();
    private int _failed;

    public void Initialize(TestLoggerEvents events, string testRunDirectory)
    {
        events.TestResult += (_, e) => OnResult(e.Result);
        events.TestRunComplete += (_, _) => OnComplete();
    }

    private void OnResult(TestResult r)
    {
        lock (_gate)
        {
            switch (r.Outcome)
            {
                case TestOutcome.Failed:
                    _failed++;
                    Console.Out.WriteLine($"  Failed {r.DisplayName ?? r.TestCase.DisplayName}");
                    if (r.ErrorMessage is { Length: > 0 } m)
                        Console.Out.WriteLine("    " + m.TrimEnd().Replace("\n", "\n    "));
                    break;
                case TestOutcome.Skipped:
                    _skips.Add(r.ErrorMessage ?? r.Messages.FirstOrDefault()?.Text);
                    break;
            }
        }
    }

    private void OnComplete()
    {
        lock (_gate)
        {
            if (_skips.Total > 0) Console.Out.WriteLine(_skips.Line());
            if (_failed > 0) Console.Out.WriteLine($"failed {_failed} (listed above; every case is in the TRX file)");
        }
    }
}

/// <summary>Skips counted by reason: the tag the corpus tests give (KNOWN FAILURE, UNVERIFIED,
/// INCONCLUSIVE) or the stage's own reason.</summary>
internal sealed class SkipTally
{
    private const int Shown = 8;
    private readonly Dictionary<string, int> _byReason = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    public void Add(string? message)
    {
        Total++;
        var key = Reason(message);
        _byReason[key] = _byReason.GetValueOrDefault(key) + 1;
    }

    /// <summary>The key a skip is counted under: "KNOWN FAILURE (expectations/reference.json): why" →
    /// "KNOWN FAILURE"; "stage skip: unsupported: float [reference compiler ...]" → "unsupported: float".</summary>
    internal static string Reason(string? message)
    {
        if (string.IsNullOrWhiteSpace(message)) return "(no reason)";
        var line = message.Split('\n', 2)[0].Trim();
        foreach (var tag in new[] { "KNOWN FAILURE", "UNVERIFIED", "INCONCLUSIVE" })
            if (line.StartsWith(tag, StringComparison.Ordinal)) return tag;
        const string stageSkip = "stage skip: ";
        if (line.StartsWith(stageSkip, StringComparison.Ordinal))
        {
            line = line[stageSkip.Length..];
            var cut = line.LastIndexOf(" [", StringComparison.Ordinal);
            if (cut > 0) line = line[..cut];
        }
        return line.Length > 60 ? line[..60] + "…" : line;
    }

    public string Line()
    {
        var top = _byReason.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", top.Take(Shown).Select(kv => $"{kv.Value} {kv.Key}"));
        var rest = top.Count > Shown ? $", {top.Skip(Shown).Sum(kv => kv.Value)} for {top.Count - Shown} other reason(s)" : "";
        return $"skipped {Total}: {shown}{rest}";
    }
}
