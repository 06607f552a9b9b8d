using System.Runtime.InteropServices;

namespace Clysm.Runtime.Engine.V8;

/// <summary>
/// Pins the calling thread to one core (Linux). A synchronous host call is a round trip
/// between two processes; when both sit on the same core the wake-up costs ~6 µs, when the
/// scheduler spreads them it costs 10-80 µs on these VMs (bench/: `host`).
/// </summary>
internal static partial class CpuAffinity
{
    [LibraryImport("libc", SetLastError = true)]
    private static partial int sched_setaffinity(int pid, nint size, ref ulong mask);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int sched_getaffinity(int pid, nint size, out ulong mask);

    /// <summary>Pins the calling thread to <paramref name="core"/>; returns the mask to restore, or null.</summary>
    public static ulong? PinCurrentThread(int core)
    {
        if (!OperatingSystem.IsLinux() || core is < 0 or > 63) return null;
        try
        {
            if (sched_getaffinity(0, sizeof(ulong), out var old) != 0) return null;
            var mask = 1UL << core;
            return sched_setaffinity(0, sizeof(ulong), ref mask) == 0 ? old : null;
        }
        catch (DllNotFoundException) { return null; }
        catch (EntryPointNotFoundException) { return null; }
    }

    public static void Restore(ulong? mask)
    {
        if (mask is not { } m) return;
        sched_setaffinity(0, sizeof(ulong), ref m);
    }
}
