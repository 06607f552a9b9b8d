using System.Diagnostics;

namespace Clysm.Runtime.Host;

/// <summary>
/// Per-invocation caps on what a module can make the host do, besides the stdout/stderr cap
/// (<see cref="Engine.InvocationRequest.OutputLimitBytes"/>) and the time limit. Each is far below
/// what the machine allows, so no module can exhaust the process (descriptors, memory, disk) and
/// every cap is a named host error, never a crash.
/// </summary>
public sealed record HostLimits
{
    public static readonly HostLimits Default = new();

    /// <summary>Bytes written to files, all descriptors together; reaching it ends the run like the output cap.</summary>
    public long FileWriteBytes { get; init; } = 16L << 20;
    /// <summary>Bytes read from stdin and files, all together.</summary>
    public long ReadBytes { get; init; } = 16L << 20;
    /// <summary>User descriptors open at the same time.</summary>
    public int OpenFiles { get; init; } = 64;
    /// <summary>Calls of clysm:fs open, successful or not, in one invocation.</summary>
    public int Opens { get; init; } = 10_000;
    /// <summary>How long after the invocation's timeout a host call gives up by itself. The engine's
    /// watchdog ends the run at the timeout (reported as a timeout); this bounds a host call the
    /// watchdog cannot interrupt.</summary>
    public TimeSpan DeadlineGrace { get; init; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// What is left of one invocation's limits: its deadline and its byte budgets. Host calls run on the
/// engine's calling thread, where the engine's watchdog cannot interrupt them, so every call that
/// could take long checks the deadline itself, and nothing the host reads can block (only regular
/// files are opened).
/// </summary>
internal sealed class InvocationBudget(HostLimits limits, TimeSpan timeout)
{
    private readonly long _deadline = Stopwatch.GetTimestamp() + (long)((timeout + limits.DeadlineGrace).TotalSeconds * Stopwatch.Frequency);
    private long _read, _written;

    public HostLimits Limits { get; } = limits;
    public TimeSpan Timeout { get; } = timeout;
    public bool FileWriteLimitHit { get; private set; }

    /// <exception cref="BudgetException">the invocation's time is up.</exception>
    public void CheckDeadline()
    {
        if (Stopwatch.GetTimestamp() > _deadline)
            throw new BudgetException($"the invocation's time limit of {Timeout.TotalSeconds:0.###} s passed during the call");
    }

    /// <summary>Counts <paramref name="n"/> bytes read (every 4 KiB also checks the deadline).</summary>
    public void Read(long n)
    {
        var before = _read;
        _read += n;
        if (_read > Limits.ReadBytes) throw new BudgetException($"read limit of {Limits.ReadBytes} bytes per invocation reached");
        if ((before >> 12) != (_read >> 12)) CheckDeadline();
    }

    public void Write(long n)
    {
        if (_written + n > Limits.FileWriteBytes)
        {
            FileWriteLimitHit = true;
            throw new BudgetException(FileWriteLimitMessage);
        }
        _written += n;
        CheckDeadline();
    }

    public string FileWriteLimitMessage => $"file write limit of {Limits.FileWriteBytes} bytes per invocation reached";
}

/// <summary>A limit of the invocation was reached; the host turns it into a host error.</summary>
internal sealed class BudgetException(string message) : Exception(message);
