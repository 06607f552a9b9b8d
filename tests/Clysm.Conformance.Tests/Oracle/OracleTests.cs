using System.Diagnostics;
using Xunit;

namespace Clysm.Conformance.Tests.Oracle;

/// <summary>
/// Runs tools/oracle/oracle.lisp (SBCL) over the corpus: every expectation in the corpus must be
/// what real SBCL does. SBCL missing is a failure, not a skip: a missing oracle must not pass.
/// </summary>
public sealed class OracleTests
{
    [Fact]
    public void CorpusMatchesSbcl()
    {
        var root = OracleProcess.RepoRoot();
        var run = OracleProcess.Run(root, "--quiet", Path.Combine(root, "corpus"));

        Assert.True(run.ExitCode == 0,
            $"the SBCL oracle disagrees with the corpus (exit {run.ExitCode}):\n{run.Output}");
        Assert.Matches(@"oracle: checked [1-9]\d* cases", run.Output);
    }

    [Fact]
    public void OracleReportsAWrongExpectation()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "wrong.lisp");
        File.WriteAllText(file, """
            ;;;; one right case, one wrong value, one wrong stdout, one exempt
            (defcase t.right :category conses :forms ((car (list 1 2))) :value "1")
            (defcase t.wrong-value :category conses :forms ((+ 1 1)) :value "3")
            (defcase t.wrong-stdout :category streams :forms ((write-string "ab")) :value "\"ab\"" :stdout "abc")
            (defcase t.exempt :category conses :forms (1) :value "2" :sbcl-differs "test of exemption")
            """);
        var jsonl = Path.Combine(dir.Path, "out.jsonl");

        var run = OracleProcess.Run(OracleProcess.RepoRoot(), "--jsonl", jsonl, file);

        Assert.True(run.ExitCode == 1, $"expected exit 1 (mismatch), got {run.ExitCode}:\n{run.Output}");
        Assert.Contains("t.wrong-value", run.Output);
        Assert.Contains("expected: \"3\"", run.Output);
        Assert.Contains("actual:   \"2\"", run.Output);
        Assert.Contains("t.wrong-stdout", run.Output);
        Assert.Contains("field :stdout", run.Output);
        Assert.DoesNotContain("t.right", run.Output);
        Assert.Contains("oracle: checked 3 cases, 1 exempt, 2 mismatches", run.Output);

        var lines = File.ReadAllLines(jsonl);
        Assert.Equal(4, lines.Length);
        Assert.Contains("\"status\":\"match\"", lines[0]);
        Assert.Contains("\"status\":\"mismatch\"", lines[1]);
        Assert.Contains("\"status\":\"exempt\"", lines[3]);
    }

    [Fact]
    public void OracleChecksSignalsFilesAndStdin()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "io.lisp");
        File.WriteAllText(file, """
            (defcase t.stdin :category io-stdin :stdin "a
            b" :forms ((list (read-line) (multiple-value-list (read-line)))) :value "(\"a\" (\"b\" T))")
            (defcase t.file :category io-files :files (("in.txt" "x")) :forms ((with-open-file (o "out.txt" :direction :output) (write-string "y" o)) (with-open-file (i "in.txt") (read-line i)))
              :value "\"x\"" :files-after (("out.txt" "y") ("gone.txt" nil)))
            (defcase t.signals :category conditions :forms ((car 1)) :signals type-error)
            (defcase t.wrong-signal :category conditions :forms ((car 1)) :signals division-by-zero)
            """);

        var run = OracleProcess.Run(OracleProcess.RepoRoot(), file);

        Assert.True(run.ExitCode == 1, $"expected exit 1, got {run.ExitCode}:\n{run.Output}");
        Assert.Contains("t.wrong-signal", run.Output);
        Assert.Contains("TYPE-ERROR", run.Output);
        Assert.Contains("oracle: checked 4 cases, 0 exempt, 1 mismatches", run.Output);
    }

    [Fact]
    public void OracleChecksEveryValueOfValuesAndTakesOperatorNamesAsIds()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "values.lisp");
        File.WriteAllText(file, """
            (defcase mv.floor :category multiple-values :forms ((floor 7 2)) :values ("3" "1"))
            (defcase mv.none :category multiple-values :forms ((values)) :values ())
            (defcase mv.wrong-second :category multiple-values :forms ((floor 7 2)) :values ("3" "2"))
            (defcase mv.one-too-few :category multiple-values :forms ((truncate 7 2)) :values ("3"))
            (defcase strings.string<= :category strings :forms ((string<= "a" "b")) :value "0")
            (defcase format.~{-iteration :category format :forms ((format nil "~{~a~}" '(1 2))) :value "\"12\"")
            """);
        var run = OracleProcess.Run(OracleProcess.RepoRoot(), file);
        Assert.True(run.ExitCode == 1, $"expected exit 1, got {run.ExitCode}:\n{run.Output}");
        Assert.Contains("mv.wrong-second", run.Output);
        Assert.Contains("field :values", run.Output);
        Assert.Contains("mv.one-too-few", run.Output);
        Assert.DoesNotContain("mv.floor ", run.Output);
        Assert.Contains("oracle: checked 6 cases, 0 exempt, 2 mismatches", run.Output);
    }

    [Fact]
    public void OracleRejectsAMalformedCorpusFile()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "bad.lisp");
        File.WriteAllText(file, "(defcase t.ok :category conses :forms (1) :value \"1\")\n" +
                                "(defcase t.bad :category conses :forms (1) :valu \"1\")\n");

        var run = OracleProcess.Run(OracleProcess.RepoRoot(), file);

        Assert.True(run.ExitCode == 2, $"expected exit 2 (malformed), got {run.ExitCode}:\n{run.Output}");
        Assert.Contains("bad.lisp:2:1: case t.bad: unknown field :VALU", run.Output);
    }
}

internal sealed record OracleRun(int ExitCode, string Output);

internal static class OracleProcess
{
    public static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Clysm.Conformance.sln")))
                return d.FullName;
        throw new InvalidOperationException(
            $"no Clysm.Conformance.sln above {AppContext.BaseDirectory}: cannot find the repository root");
    }

    /// <summary>Runs the oracle with sbcl from PATH; fails (never skips) when sbcl is absent.</summary>
    public static OracleRun Run(string root, params string[] args)
    {
        var sbcl = FindOnPath("sbcl") ?? throw new Xunit.Sdk.XunitException(
            "sbcl is not on PATH: the corpus oracle cannot run (install it with tools/setup.sh or ./run-tests.sh)");
        var psi = new ProcessStartInfo(sbcl)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("--script");
        psi.ArgumentList.Add(Path.Combine(root, "tools", "oracle", "oracle.lisp"));
        foreach (var a in args) psi.ArgumentList.Add(a);

        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {sbcl}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("the oracle did not finish within 5 minutes");
        }
        p.WaitForExit();
        var err = stderr.Result;
        return new OracleRun(p.ExitCode, stdout.Result + (err.Length > 0 ? "\n[stderr]\n" + err : ""));
    }

    private static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}

internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("clysm-oracle-test-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
