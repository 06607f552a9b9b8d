using System.Diagnostics;
using Clysm.Runtime;
using Clysm.Runtime.Engine;
using Xunit;

namespace Clysm.Reference.Tests;

/// <summary>SBCL as the oracle of the differential tests: a program runs under `sbcl --script` and what it
/// prints is what the compiled module must print. SBCL is installed wherever the tests run (./run-tests.sh
/// installs it); without it these tests skip, naming the reason.</summary>
internal static class Sbcl
{
    private static readonly Lazy<string?> Missing = new(() =>
    {
        try
        {
            var (code, stdout, stderr) = Start("--version", null, TimeSpan.FromSeconds(30));
            return code == 0 && stdout.StartsWith("SBCL", StringComparison.Ordinal) ? null : "sbcl --version failed: " + stderr;
        }
        catch (Exception e) { return "sbcl not found: " + e.Message; }
    });

    /// <summary>Null when SBCL can run, else why not.</summary>
    public static string? Unavailable => Missing.Value;

    /// <summary>The standard output of the program run by `sbcl --script`; an SBCL error fails the test.</summary>
    public static string Run(string program)
    {
        var file = Path.Combine(Path.GetTempPath(), $"clysm-oracle-{Guid.NewGuid():N}.lisp");
        File.WriteAllText(file, program);
        try
        {
            var (code, stdout, stderr) = Start("--script " + file, null, TimeSpan.FromMinutes(5));
            Assert.True(code == 0, $"SBCL failed on the generated program (exit {code}): {stderr}");
            return stdout;
        }
        finally { File.Delete(file); }
    }

    private static (int, string, string) Start(string args, string? stdin, TimeSpan timeout)
    {
        using var p = Process.Start(new ProcessStartInfo("sbcl", args)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        })!;
        p.StandardInput.Close();
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(timeout)) { p.Kill(true); throw new TimeoutException("sbcl " + args); }
        return (p.ExitCode, output, err.Result);
    }
}

/// <summary>Runs one program in SBCL and through the reference stage and compares what they print, line by
/// line. The program generates its own inputs (a PRNG in the program, seeded by the test), so the data are
/// not checked in and both sides see the same values.</summary>
internal static class Differential
{
    public static int AssertAgrees(EngineFixture engine, string program, int expectedLines)
    {
        Skip.If(Sbcl.Unavailable != null, Sbcl.Unavailable);
        var expected = Sbcl.Run(program);
        var module = Lisp.Compile(program);
        var r = engine.Run(new InvocationRequest
        {
            Module = module, Timeout = TimeSpan.FromMinutes(5), OutputLimitBytes = 64 << 20,
        });
        Assert.True(r.Status == InvocationStatus.Returned, $"{r.Status} {r.Message} {r.Condition?.Type} {r.Condition?.Message}");
        var want = expected.Split('\n');
        var got = r.Stdout.Split('\n');
        var diffs = new List<string>();
        for (int i = 0; i < Math.Max(want.Length, got.Length) && diffs.Count < 12; i++)
        {
            var w = i < want.Length ? want[i] : "<missing>";
            var g = i < got.Length ? got[i] : "<missing>";
            if (w != g) diffs.Add($"line {i + 1}:\n  sbcl:      {w}\n  reference: {g}");
        }
        Assert.True(diffs.Count == 0, $"{diffs.Count}{(diffs.Count == 12 ? "+" : "")} lines differ from SBCL:\n" + string.Join("\n", diffs));
        // a program that printed nothing on both sides would agree vacuously
        Assert.Equal(expectedLines, want.Length - 1);
        return want.Length - 1;
    }
}
