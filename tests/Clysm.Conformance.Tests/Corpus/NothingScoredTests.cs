using System.Diagnostics;
using Clysm.Conformance.Tests.Support;
using Xunit;

namespace Clysm.Conformance.Tests.Corpus;

/// <summary>
/// dotnet test against a stage that skips every case (like Clysm's Stage 1 today) must not be
/// green: the guard test fails, saying why, and dotnet test exits non-zero.
/// </summary>
public class NothingScoredTests
{
    [Fact]
    public async Task An_all_skipped_dotnet_test_run_exits_non_zero_and_says_why()
    {
        using var dir = TestPaths.Temp();
        var stage = WasmAs.AssembleTo(Fixtures.StageWithoutCompileForm, dir.File("clysm-stage1.wasm"));
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = dir.Path,
        };
        foreach (var a in new[] { "test", typeof(CorpusCaseTests).Assembly.Location, "--filter", "FullyQualifiedName~CorpusCaseTests.The_run_scores_at_least_one_case",
                     "--results-directory", dir.File("results"), "--logger", "console;verbosity=normal" })
            psi.ArgumentList.Add(a);
        psi.Environment["CLYSM_STAGE"] = "wasm";
        psi.Environment["CLYSM_STAGE_MODULE"] = stage;
        psi.Environment["CLYSM_STAGE_COMMAND"] = "";
        psi.Environment["CLYSM_EXPECTATIONS"] = "";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try { await p.WaitForExitAsync(limit.Token); }
        catch (OperationCanceledException) { p.Kill(true); Assert.Fail("the nested dotnet test did not finish in 5 minutes"); }
        var output = await stdout + await stderr;
        Assert.True(p.ExitCode != 0, $"dotnet test with every case skipped exited 0:\n{output}");
        Assert.Contains("NOTHING WAS TESTED", output);
        Assert.Contains("exports no compile_form", output);    // and why
        Assert.Contains("Failed: 1", output);
    }
}
