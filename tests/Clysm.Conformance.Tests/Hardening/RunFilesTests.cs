using System.Diagnostics;
using System.Text.Json.Nodes;
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Running;
using Clysm.Conformance.Stages;
using Clysm.Conformance.Tests.Support;
using Clysm.Runtime.Engine;
using Xunit;

namespace Clysm.Conformance.Tests.Hardening;

/// <summary>Runs killed, interrupted or started twice lose nothing and mix nothing: the results are
/// committed with the report, the folder is locked, temporary folders stay under the run's folder.
/// The kill tests run the real command line in a child process and kill -9 it.</summary>
public sealed class RunFilesTests : IDisposable
{
    private readonly TempDir _dir = TestPaths.Temp();
    public void Dispose() => _dir.Dispose();

    private string Out => Path.Combine(_dir.Path, "out");
    private string Report => Path.Combine(Out, "report.json");
    private string Results => Path.Combine(Out, "results.jsonl");

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Clysm.Cli.Cli.Execute(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    /// <summary>A corpus of <paramref name="n"/> cases that all compile to the answer module.</summary>
    private string Corpus(int n)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir.Path, "corpus", "forms")).FullName;
        File.WriteAllLines(Path.Combine(dir, "t.lisp"),
            Enumerable.Range(0, n).Select(i => $"(defcase t.c{i:000} :category numbers :features (+) :forms ((+ 40 2)) :value \"42\")"));
        return Path.GetDirectoryName(dir)!;
    }

    /// <summary>A stage that waits <paramref name="seconds"/> per case, then "compiles" to the answer module.</summary>
    private string SlowStage(double seconds)
    {
        var module = _dir.File("answer.wasm");
        File.WriteAllBytes(module, Fixtures.Answer42Bytes.Value);
        var script = _dir.File($"slow-{seconds}.sh");
        File.WriteAllText(script, $"#!/bin/sh\nsleep {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}\ncp '{module}' \"$2\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script + " {input} {output}";
    }

    private string[] RunArgs(string corpus, string stage, params string[] more) =>
        ["run", "--stage-command", stage, "--corpus", corpus, "--report", Report, "--results", Results, "--no-history", "--quiet", "--jobs", "1", .. more];

    /// <summary>The command line in a child process, so it can be killed like a real run.</summary>
    private Process StartCli(string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "clysm-conformance.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var psi = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _dir.Path };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static void WaitFor(Func<bool> condition, string what)
    {
        for (var i = 0; i < 1200; i++)
        {
            if (condition()) return;
            Thread.Sleep(100);
        }
        Assert.Fail("gave up waiting: " + what);
    }

    private static int Lines(string path) => File.Exists(path) ? File.ReadAllLines(path).Count(l => l.EndsWith('}')) : 0;

    private static IEnumerable<string?> RunIds(string resultsPath) =>
        File.ReadAllLines(resultsPath).Select(l => (string?)JsonNode.Parse(l)!["run_id"]);

    private (string Report, string Results, string RunId) Snapshot()
    {
        var report = File.ReadAllText(Report);
        return (report, File.ReadAllText(Results), (string)JsonNode.Parse(report)!["run_id"]!);
    }

    [Fact]
    public void Report_and_results_carry_the_same_run_id_and_the_run_leaves_no_temporary_folder()
    {
        var (code, output, err) = Cli(RunArgs(Corpus(3), SlowStage(0)));
        Assert.True(code == 0, output + err);
        var (_, _, runId) = Snapshot();
        Assert.Matches("^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{6}$", runId);
        Assert.Equal([runId, runId, runId], RunIds(Results));
        Assert.Contains($"run {runId}: results go to {Results}.partial", output);
        Assert.False(File.Exists(Results + ".partial"));
        Assert.False(Directory.Exists(Path.Combine(Out, RunFiles.ScratchName)));
    }

    [Fact]
    public void A_killed_run_leaves_the_previous_results_and_report_intact_and_the_next_run_keeps_its_partial_results()
    {
        var corpus = Corpus(40);
        var (code, output, err) = Cli(RunArgs(corpus, SlowStage(0)));
        Assert.True(code == 0, output + err);
        var before = Snapshot();

        using (var killed = StartCli(RunArgs(corpus, SlowStage(0.2))))
        {
            WaitFor(() => Lines(Results + ".partial") >= 3, "the second run's first results");
            killed.Kill();                                        // SIGKILL: no handler runs
            killed.WaitForExit();
        }
        var after = Snapshot();
        Assert.Equal(before, after);                              // byte for byte, same run id in both
        Assert.All(RunIds(Results), id => Assert.Equal(before.RunId, id));
        var partial = Lines(Results + ".partial");
        Assert.InRange(partial, 3, 39);
        var killedId = RunIds(Results + ".partial").First();
        Assert.NotEqual(before.RunId, killedId);
        Assert.Single(Directory.GetDirectories(Path.Combine(Out, RunFiles.ScratchName)));   // its temp folder

        // The next run: the lock the killed run held is gone, its leftovers are kept and said so.
        (code, output, err) = Cli(RunArgs(Corpus(40), SlowStage(0)));
        Assert.True(code == 0, output + err);
        Assert.Contains($"the results of its {partial} finished case(s) (run {killedId}) kept in {Results}.interrupted", err);
        Assert.Contains("removed 1 temporary folder(s) left by a run that was killed", err);
        Assert.Equal(partial, Lines(Results + ".interrupted"));
        var third = Snapshot();
        Assert.Equal(40, RunIds(Results).Count(id => id == third.RunId));
        Assert.False(Directory.Exists(Path.Combine(Out, RunFiles.ScratchName)), string.Join(", ", Directory.Exists(Path.Combine(Out, RunFiles.ScratchName)) ? Directory.GetFileSystemEntries(Path.Combine(Out, RunFiles.ScratchName), "*", SearchOption.AllDirectories) : []));
    }

    [Fact]
    public void A_second_run_in_the_same_folder_is_refused_and_the_first_one_is_not_mixed_up()
    {
        var corpus = Corpus(15);
        using var first = StartCli(RunArgs(corpus, SlowStage(0.2)));
        WaitFor(() => Lines(Results + ".partial") >= 1, "the first run's first result");
        var (code, _, err) = Cli(RunArgs(corpus, SlowStage(0)));
        Assert.Equal(2, code);
        Assert.Contains($"another run is using {Out} (pid {first.Id}, run ", err);
        Assert.Single(err.Trim().Split('\n'));
        Assert.True(first.WaitForExit(TimeSpan.FromMinutes(5)), "the first run did not finish");
        Assert.Equal(0, first.ExitCode);
        var (_, _, runId) = Snapshot();
        Assert.Equal(15, RunIds(Results).Count(id => id == runId));
        Assert.Equal(15, File.ReadAllLines(Results).Length);
    }

    [Fact]
    public void An_interrupted_run_replaces_nothing_and_names_its_partial_files()
    {
        var corpus = Corpus(30);
        Assert.Equal(0, Cli(RunArgs(corpus, SlowStage(0))).Code);
        var before = Snapshot();
        using (var run = StartCli(RunArgs(corpus, SlowStage(0.2))))
        {
            WaitFor(() => Lines(Results + ".partial") >= 2, "the run's first results");
            Assert.Equal(0, Kill(run.Id, 15));                     // SIGTERM: the run stops taking cases
            Assert.True(run.WaitForExit(TimeSpan.FromMinutes(2)), "SIGTERM did not end the run");
            Assert.Equal(2, run.ExitCode);
        }
        Assert.Equal(before, Snapshot());
        var partialReport = JsonNode.Parse(File.ReadAllText(Report + ".partial"))!;
        Assert.Equal(RunIds(Results + ".partial").First(), (string?)partialReport["run_id"]);
        Assert.Equal(Lines(Results + ".partial"), (int)partialReport["summary"]!["total_forms"]!);
    }

    [Fact]
    public void A_run_killed_while_moving_its_files_is_completed_by_the_next_one()
    {
        Directory.CreateDirectory(Out);
        using (var files = RunFiles.Open(Report, Results))
        {
            files.Append(new CaseResult { Id = "a", Module = "m", Category = "c", Outcome = Outcome.Pass, Phase = Phase.Done });
            files.Abandon(null);
            // What Commit leaves when killed right after writing its journal: both partial files and the journal.
            File.WriteAllText(Report + ".partial", "{\"run_id\": \"" + files.RunId + "\"}");
            File.WriteAllText(Path.Combine(Out, RunFiles.ScratchName, "commit.json"),
                new JsonObject { ["run_id"] = files.RunId, ["moves"] = new JsonArray(new JsonArray(Results + ".partial", Results), new JsonArray(Report + ".partial", Report)) }.ToJsonString());
        }
        using (var next = RunFiles.Open(Report, Results))
        {
            Assert.Contains(next.Notes, n => n.StartsWith("completed moving the results of run", StringComparison.Ordinal));
            Assert.DoesNotContain(next.Notes, n => n.Contains("did not finish"));
        }
        Assert.Equal(1, Lines(Results));
        Assert.Contains("run_id", File.ReadAllText(Report));
    }

    [Fact]
    public void The_lock_is_exclusive_until_released()
    {
        Directory.CreateDirectory(Out);
        using (RunFiles.Open(Report, Results))
            Assert.Contains("another run is using", Assert.Throws<RunFolderBusyException>(() => RunFiles.Open(Report, Results)).Message);
        using (RunFiles.Open(Report, Results)) { }
    }

    [Fact]
    public void Case_sandboxes_and_stage_folders_live_under_the_run_folder()
    {
        Directory.CreateDirectory(Out);
        using var files = RunFiles.Open(Report, Results);
        var seen = new List<string?>();
        var engine = new FakeEngine(r =>
        {
            lock (seen) seen.Add(r.SandboxRoot);
            return new InvocationResult { Status = InvocationStatus.Returned, Value = new LispValue(LispValueKind.Fixnum, 42) };
        });
        var c = CorpusLoader.LoadText("(defcase t.a :category c :features (+) :forms ((+ 40 2)) :value \"42\")", "corpus/t.lisp")[0];
        using var session = new ConformanceSession(new ReferenceStage(), () => engine) { SandboxFolder = files.SandboxFolder };
        Assert.Equal(Outcome.Pass, session.Run(c).Outcome);
        Assert.StartsWith(Path.Combine(Out, RunFiles.ScratchName, files.RunId, "cases") + "/", Assert.Single(seen));
        Assert.StartsWith(Path.Combine(Out, RunFiles.ScratchName, files.RunId), files.StageFolder);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
