using System.Diagnostics;
using System.Globalization;
using Clysm.Conformance.Running;

namespace Clysm.Cli;

/// <summary>A single updating line on a terminal; a plain line every <paramref name="every"/> (5 s) otherwise,
/// so a long run in a CI log shows it is alive without a line per case.</summary>
internal sealed class ProgressDisplay(TextWriter o, bool tty, TimeSpan? every = null)
{
    private readonly long _everyMs = (long)(every ?? TimeSpan.FromSeconds(5)).TotalMilliseconds;
    private readonly Stopwatch _since = Stopwatch.StartNew();
    private Progress? _last;

    public void Update(Progress p)
    {
        _last = p;
        var line = string.Format(CultureInfo.InvariantCulture, "{0}/{1} pass {2} fail {3} skip {4} ({5:0} cases/s)", p.Done, p.Total, p.Passed, p.Failed, p.Skipped, p.CasesPerSecond);
        if (tty)
        {
            if (_since.ElapsedMilliseconds < 100 && p.Done != p.Total) return;
            o.Write("\r" + line + "   ");
            _since.Restart();
        }
        else if (_since.ElapsedMilliseconds >= _everyMs)
        {
            o.WriteLine(line);
            _since.Restart();
        }
    }

    public void Finish()
    {
        if (tty && _last is not null) o.WriteLine();
    }
}
