using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Clysm.Conformance.Stages;

/// <summary>How a stage process ended, with the start of what it wrote.</summary>
internal sealed record StageProcessResult(int? ExitCode, bool TimedOut, string? Runaway, string Stdout, string Stderr);

/// <summary>
/// Runs one stage command with no shell, in a process group of its own (the program is started
/// through setsid(1), which makes it the leader of a new session), so that everything it starts
/// can be ended together: at the timeout, when it writes too much, and also when it exits, so a
/// background process it left behind (<c>(sleep 90 &amp;)</c>) never outlives its case. Its stdin is
/// empty; of its stdout and stderr the first <see cref="KeptBytes"/> are kept, and writing more than
/// <see cref="MaxOutputBytes"/> to either ends it. A process that puts itself in yet another session
/// escapes the group: that needs the stage's cooperation, and is documented.
/// </summary>
internal static partial class StageProcess
{
    public const int KeptBytes = 64 << 10;
    public const long MaxOutputBytes = 1 << 20;
    private const int SIGKILL = 9;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static readonly Lazy<string?> Setsid = new(() => FindOnPath("setsid", Environment.GetEnvironmentVariable("PATH")));

    /// <summary>Whether stages run in a process group of their own here (setsid(1) found on PATH).</summary>
    public static bool OwnProcessGroup => Setsid.Value is not null && !OperatingSystem.IsWindows();

    public static StageProcessResult Run(string program, IReadOnlyList<string> args, IReadOnlyList<KeyValuePair<string, string>> environment,
        string workingDirectory, TimeSpan timeout)
    {
        var group = OwnProcessGroup;
        var psi = new ProcessStartInfo(group ? Setsid.Value! : program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (group) psi.ArgumentList.Add(program);
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (name, value) in environment) psi.Environment[name] = value;

        using var p = Process.Start(psi) ?? throw new IOException($"could not start {program}");
        var runaway = new CancellationTokenSource();
        var stdout = Capture(p.StandardOutput.BaseStream, "stdout", runaway);
        var stderr = Capture(p.StandardError.BaseStream, "stderr", runaway);
        try { p.StandardInput.Close(); } catch (IOException) { /* it exited already */ }

        var exited = p.WaitForExitAsync();
        var which = Task.WaitAny([exited, Task.Delay(timeout), Task.Delay(Timeout.Infinite, runaway.Token)]);
        // Whatever happened, nothing the stage started may go on: the whole group is ended, also
        // after a normal exit (background processes it left would otherwise hold its pipes open).
        EndAll(p, group);
        var timedOut = which == 1 && !p.HasExited;
        if (!p.WaitForExit(TimeSpan.FromSeconds(5))) timedOut = true;
        // The pipes reach end of file once every process that held them is gone; one that escaped the
        // group could keep them open, so the output is taken as it stands after a short wait.
        Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(2));
        var (outText, outRunaway) = stdout.IsCompleted ? stdout.Result : ("", null);
        var (errText, errRunaway) = stderr.IsCompleted ? stderr.Result : ("", null);
        var code = which == 0 && p.HasExited ? p.ExitCode : (int?)null;
        return new StageProcessResult(code, timedOut && which != 2, outRunaway ?? errRunaway, outText, errText);
    }

    private static void EndAll(Process p, bool group)
    {
        if (group)
        {
            Kill(-p.Id, SIGKILL);                  // the group is p's own; ESRCH when it is already empty
            return;
        }
        try { if (!p.HasExited) p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
    }

    /// <summary>Reads a stream to its end, keeping the first <see cref="KeptBytes"/> bytes, decoded as
    /// UTF-8 (invalid bytes replaced: this is for messages). Past <see cref="MaxOutputBytes"/> it
    /// cancels <paramref name="runaway"/> and stops reading.</summary>
    private static Task<(string Text, string? Runaway)> Capture(Stream s, string name, CancellationTokenSource runaway) => Task.Run(async () =>
    {
        var kept = new MemoryStream();
        var buffer = new byte[16 << 10];
        long total = 0;
        try
        {
            for (int n; (n = await s.ReadAsync(buffer).ConfigureAwait(false)) > 0;)
            {
                total += n;
                if (kept.Length < KeptBytes) kept.Write(buffer, 0, (int)Math.Min(n, KeptBytes - kept.Length));
                if (total > MaxOutputBytes)
                {
                    runaway.Cancel();
                    return (Decode(kept), $"stage command wrote more than {MaxOutputBytes} bytes to {name}");
                }
            }
        }
        catch (IOException) { /* the pipe broke: what was read stands */ }
        catch (ObjectDisposedException) { }
        return (Decode(kept), (string?)null);
    });

    private static string Decode(MemoryStream kept) => Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length);

    internal static string? FindOnPath(string program, string? path) =>
        (path ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, program)).FirstOrDefault(IsExecutableFile);

    internal static bool IsExecutableFile(string path)
    {
        if (!File.Exists(path) || Directory.Exists(path)) return false;
        if (OperatingSystem.IsWindows()) return true;
        return (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
    }
}
