using System.Diagnostics;
using System.Text;
using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Stages;

/// <summary>
/// Any external compiler: a command template run through /bin/sh with {input} (a .lisp file holding
/// the case's source) and {output} (where the .wasm must be written) replaced by quoted paths.
/// Exit codes follow the seed: 0 compiled, 1/2 failed, 3 missing dependency, 77 skip. Its stderr
/// (or stdout when stderr is empty) becomes the reason.
/// </summary>
public sealed class CommandStage : Stage
{
    private readonly string _template;
    private readonly string _version;
    private readonly TimeSpan _timeout;
    private readonly string _workDir;

    public CommandStage(string template, string? stageVersion = null, TimeSpan? timeout = null)
    {
        if (string.IsNullOrWhiteSpace(template)) throw new ArgumentException("the stage command is empty", nameof(template));
        if (!template.Contains("{input}", StringComparison.Ordinal) || !template.Contains("{output}", StringComparison.Ordinal))
            throw new ArgumentException($"the stage command must contain {{input}} and {{output}}: {template}", nameof(template));
        _template = template;
        _version = stageVersion ?? "stage0-v0.0";
        _timeout = timeout ?? TimeSpan.FromSeconds(60);
        _workDir = Directory.CreateTempSubdirectory("clysm-command-stage-").FullName;
    }

    public override string Kind => "command";
    public override string Description => "command: " + _template;
    public override string StageVersion => _version;
    /// <summary>Hash of the template text, so two runs of different commands are told apart.</summary>
    public override string? Sha256 => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(_template)));

    public override StageOutput Prepare(IWasmRunner engine)
    {
        // The program is the first word; a missing program is the seed's "missing dependency".
        var program = _template.TrimStart().Split(' ', 2)[0];
        if (program.Contains('/') ? !File.Exists(program) : FindOnPath(program) is null)
            return new StageOutput(StageStatus.Missing, Message: $"stage command not found: {program}");
        return StageOutput.Ready;
    }

    public override StageOutput Compile(string source, string caseId, IWasmRunner engine)
    {
        var sw = Stopwatch.StartNew();
        var dir = Directory.CreateDirectory(Path.Combine(_workDir, "case-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var input = Path.Combine(dir, "input.lisp");
            var output = Path.Combine(dir, "output.wasm");
            File.WriteAllText(input, source, new UTF8Encoding(false));
            var command = _template.Replace("{input}", Quote(input)).Replace("{output}", Quote(output)).Replace("{id}", Quote(caseId));
            var r = Run(command, dir, _timeout);
            var text = r.Stderr.Trim().Length > 0 ? r.Stderr.Trim() : r.Stdout.Trim();
            StageOutput result = r.TimedOut ? new(StageStatus.Timeout, Message: $"stage command timed out after {_timeout.TotalSeconds:0.#} s")
                : r.ExitCode switch
                {
                    0 when File.Exists(output) => new(StageStatus.Compiled, File.ReadAllBytes(output)),
                    0 => new(StageStatus.Error, Message: "stage command exited 0 but wrote no output file"),
                    1 => new(StageStatus.Error, Message: Reason("exit 1 (partial)", text)),
                    2 => new(StageStatus.Error, Message: Reason("exit 2", text)),
                    3 => new(StageStatus.Missing, Message: Reason("exit 3 (missing dependency)", text)),
                    77 => new(StageStatus.Skipped, Message: text.Length > 0 ? FirstLine(text) : "stage command exited 77 (known limitation)"),
                    var code => new(StageStatus.Crashed, Message: Reason($"exit {code} (not a seed exit code)", text)),
                };
            return result with { Duration = sw.Elapsed };
        }
        catch (Exception e) when (e is IOException or System.ComponentModel.Win32Exception or UnauthorizedAccessException)
        {
            return new StageOutput(StageStatus.Crashed, Message: "stage command could not run: " + e.Message) { Duration = sw.Elapsed };
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    public override void Dispose()
    {
        try { Directory.Delete(_workDir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        base.Dispose();
    }

    private static string Reason(string what, string text) => text.Length == 0 ? "stage command " + what : $"stage command {what}: {FirstLine(text)}";

    private static string FirstLine(string s)
    {
        var line = s.Split('\n', 2)[0].TrimEnd('\r');
        return line.Length > 300 ? line[..300] + "…" : line;
    }

    internal static string Quote(string s) => "'" + s.Replace("'", "'\\''") + "'";

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);

    private sealed record ProcessRun(int ExitCode, string Stdout, string Stderr, bool TimedOut);

    private static ProcessRun Run(string command, string workDir, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo("/bin/sh") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(command);
        using var p = Process.Start(psi) ?? throw new IOException("could not start /bin/sh");
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            p.WaitForExit();
            return new ProcessRun(-1, stdout.Result, stderr.Result, true);
        }
        p.WaitForExit();
        return new ProcessRun(p.ExitCode, stdout.Result, stderr.Result, false);
    }
}
