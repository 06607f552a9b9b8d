using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Host;

namespace Clysm.Conformance.Stages;

/// <summary>
/// Any external compiler, run once per case (docs/stage-abi.md §8). The template is split into words
/// with shell rules but run without a shell (<see cref="ShellWords"/>); leading <c>NAME=value</c> words
/// become its environment. Placeholders, replaced inside words: <c>{input}</c> a .lisp file holding the
/// case's source, <c>{output}</c> where the .wasm must be written, <c>{id}</c> the case id,
/// <c>{diagnostics}</c> a file the stage may write to say why it failed (<see cref="StageDiagnosticsFile"/>).
/// Exit codes follow the seed: 0 compiled, 1/2 failed, 3 missing dependency, 77 skip; its stderr (or
/// stdout when stderr is empty) becomes the reason. It runs in the directory the suite was started
/// from, so relative paths in the template mean what they mean at the prompt; its files and its
/// $TMPDIR live in a folder per case under the work folder (the run's output folder in a run),
/// removed after the case. Process control: <see cref="StageProcess"/>.
/// </summary>
internal sealed partial class CommandStage : Stage
{
    /// <summary>The placeholders a template may use.</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["{input}", "{output}", "{id}", "{diagnostics}"];
    /// <summary>A module larger than this is refused (the engine's own frame limit).</summary>
    public const long MaxModuleBytes = 256L << 20;

    private readonly string _template;
    private readonly ShellWords.Command _command;
    private readonly string _version;
    private readonly TimeSpan _timeout;
    private readonly string _workDir;
    private readonly bool _ownsWorkDir;
    private readonly string _startDir = Directory.GetCurrentDirectory();
    private int _cases;

    /// <param name="workFolder">Where each case's folder is made; default: a new folder in the system
    /// temp folder, removed when the stage is disposed.</param>
    /// <exception cref="ArgumentException">the template is empty, lacks {input} or {output}, uses an
    /// unknown placeholder, or uses shell syntax.</exception>
    public CommandStage(string template, string? stageVersion = null, TimeSpan? timeout = null, string? workFolder = null)
    {
        if (string.IsNullOrWhiteSpace(template)) throw new ArgumentException("the stage command is empty", nameof(template));
        if (!template.Contains("{input}", StringComparison.Ordinal) || !template.Contains("{output}", StringComparison.Ordinal))
            throw new ArgumentException($"the stage command must contain {{input}} and {{output}}: {template}", nameof(template));
        foreach (Match m in PlaceholderPattern().Matches(template))
            if (!Placeholders.Contains(m.Value))
                throw new ArgumentException($"unknown placeholder {m.Value} in the stage command (known: {string.Join(" ", Placeholders)})", nameof(template));
        _command = ShellWords.Parse(template);
        _template = template;
        _version = stageVersion ?? "stage0-v0.0";
        _timeout = timeout ?? TimeSpan.FromSeconds(60);
        _ownsWorkDir = workFolder is null;
        _workDir = workFolder is null
            ? Directory.CreateTempSubdirectory("clysm-command-stage-").FullName
            : Directory.CreateDirectory(workFolder).FullName;
    }

    public override string Kind => "command";
    public override string Description => "command: " + _template;
    public override string StageVersion => _version;
    /// <summary>Hash of the template text, so two runs of different commands are told apart.</summary>
    public override string? Sha256 => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(_template)));

    /// <summary>The program the template names, as found (absolute), or null.</summary>
    private string? Program
    {
        get
        {
            var word = _command.Words[0];
            if (word.Contains('/')) return StageProcess.IsExecutableFile(Path.GetFullPath(word, _startDir)) ? Path.GetFullPath(word, _startDir) : null;
            var path = _command.Environment.LastOrDefault(e => e.Key == "PATH").Value ?? Environment.GetEnvironmentVariable("PATH");
            return StageProcess.FindOnPath(word, path);
        }
    }

    public override StageOutput Prepare(IWasmRunner engine) =>
        // A missing program is the seed's "missing dependency".
        Program is null
            ? new StageOutput(StageStatus.Missing, Message: $"stage command not found or not executable: {_command.Words[0]}")
            : StageOutput.Ready;

    public override StageOutput Compile(string source, string caseId, IWasmRunner engine)
    {
        var sw = Stopwatch.StartNew();
        var dir = Path.Combine(_workDir, $"case-{Interlocked.Increment(ref _cases)}-{SafeName().Replace(caseId, "_")}");
        try
        {
            Directory.CreateDirectory(dir);
            var tmp = Directory.CreateDirectory(Path.Combine(dir, "tmp")).FullName;
            var input = Path.Combine(dir, "input.lisp");
            var output = Path.Combine(dir, "output.wasm");
            var diagnostics = Path.Combine(dir, "diagnostics.json");
            File.WriteAllText(input, source, new UTF8Encoding(false));
            string Fill(string word) => word.Replace("{input}", input).Replace("{output}", output).Replace("{id}", caseId).Replace("{diagnostics}", diagnostics);

            var program = Program;
            if (program is null)
                return new StageOutput(StageStatus.Missing, Message: $"stage command not found or not executable: {_command.Words[0]}") { Duration = sw.Elapsed };
            var env = new List<KeyValuePair<string, string>> { new("TMPDIR", tmp), new("TMP", tmp), new("TEMP", tmp) };
            env.AddRange(_command.Environment.Select(e => new KeyValuePair<string, string>(e.Key, Fill(e.Value))));
            var r = StageProcess.Run(program, _command.Words.Skip(1).Select(Fill).ToList(), env, _startDir, _timeout);
            return Judge(r, output, diagnostics) with { Duration = sw.Elapsed };
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

    private StageOutput Judge(StageProcessResult r, string output, string diagnosticsPath)
    {
        if (r.Runaway is { } runaway) return new StageOutput(StageStatus.Crashed, Message: runaway + " (stopped)");
        if (r.TimedOut || r.ExitCode is null) return new StageOutput(StageStatus.Timeout, Message: $"stage command timed out after {_timeout.TotalSeconds:0.#} s");
        var text = Printable(r.Stderr.Trim().Length > 0 ? r.Stderr.Trim() : r.Stdout.Trim());
        switch (r.ExitCode)
        {
            case 0:
                var kind = FileKinds.Of(output);
                if (kind == FileKind.Missing) return new(StageStatus.Error, Message: "stage command exited 0 but wrote no output file");
                if (kind != FileKind.Regular) return new(StageStatus.Crashed, Message: $"stage command exited 0 but its output is {FileKinds.Describe(kind)}, not a file");
                var length = new FileInfo(output).Length;
                if (length > MaxModuleBytes) return new(StageStatus.Crashed, Message: $"stage command wrote a module of {length} bytes, more than the {MaxModuleBytes} allowed");
                return new(StageStatus.Compiled, File.ReadAllBytes(output));
            case 1 or 2:
                StageDiagnostic? diagnostic;
                try { diagnostic = StageDiagnosticsFile.Read(diagnosticsPath); }
                catch (StageDiagnosticsException e)
                {
                    // Evidence that cannot be read is no evidence: never a pass, and the stage is told why.
                    return new(StageStatus.Crashed, Message: $"stage command exit {r.ExitCode}: malformed diagnostics file: {Printable(e.Message)}");
                }
                var what = r.ExitCode == 1 ? "exit 1 (partial)" : "exit 2";
                var message = text.Length > 0 ? Reason(what, text) : diagnostic is null ? Reason(what, "") : $"stage command {what}: {FirstLine(Printable(diagnostic.Message))}";
                return new(StageStatus.Error, Message: message) { Diagnostic = diagnostic };
            case 3:
                return new(StageStatus.Missing, Message: Reason("exit 3 (missing dependency)", text));
            case 77:
                return new(StageStatus.Skipped, Message: text.Length > 0 ? FirstLine(text) : "stage command exited 77 (known limitation)");
            default:
                return new(StageStatus.Crashed, Message: Reason($"exit {r.ExitCode} (not a seed exit code)", text));
        }
    }

    public override void Dispose()
    {
        if (_ownsWorkDir)
            try { Directory.Delete(_workDir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        base.Dispose();
    }

    private static string Reason(string what, string text) => text.Length == 0 ? "stage command " + what : $"stage command {what}: {FirstLine(text)}";

    private static string FirstLine(string s)
    {
        var line = s.Split('\n', 2)[0].TrimEnd('\r');
        return line.Length > 300 ? line[..300] + "…" : line;
    }

    /// <summary>Control characters other than newline shown as \xNN, so a stage's output cannot
    /// drive the terminal or forge a line of the suite's own output.</summary>
    internal static string Printable(string s)
    {
        s = s.Replace("\r\n", "\n");
        if (!s.Any(c => char.IsControl(c) && c != '\n')) return s;
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) sb.Append(char.IsControl(c) && c != '\n' ? $"\\x{(int)c:x2}" : c);
        return sb.ToString();
    }

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"[^A-Za-z0-9._-]")]
    private static partial Regex SafeName();
}
