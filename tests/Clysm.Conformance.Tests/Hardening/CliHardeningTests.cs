using System.Text.Json.Nodes;
using Clysm.Conformance.Tests.Support;
using Xunit;

namespace Clysm.Conformance.Tests.Hardening;

/// <summary>Every command meets bad input with one line and exit 2 (or 3 for a missing file), never a
/// stack trace; names and paths from outside are printed safely.</summary>
public sealed class CliHardeningTests : IDisposable
{
    private readonly TempDir _dir = TestPaths.Temp();
    public void Dispose() => _dir.Dispose();

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = Clysm.Cli.Cli.Execute(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    /// <summary>A command run with a guard: a host call that blocks fails the test instead of hanging it.</summary>
    private static (int Code, string Out, string Err) Guarded(params string[] args)
    {
        var run = Task.Run(() => Cli(args));
        Assert.True(run.Wait(TimeSpan.FromSeconds(120)), "the command hung");
        return run.Result;
    }

    private static void AssertOneLine(string err) => Assert.Single(err.TrimEnd('\n').Split('\n'));

    private string Corpus()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir.Path, "corpus", "forms")).FullName;
        File.WriteAllText(Path.Combine(dir, "t.lisp"), """(defcase t.answer :category numbers :features (+) :forms ((+ 40 2)) :value "42")""");
        return Path.GetDirectoryName(dir)!;
    }

    private string Module(string wat, string name = "m.wasm") => WasmAs.AssembleTo(wat, _dir.File(name));

    private const string Answer = """(module (func (export "_start") (result i32) (i32.const 42)))""";

    // ---- history ------------------------------------------------------------------------------

    private string History(params string[] lines)
    {
        var path = _dir.File("history.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    private const string GoodEntry = """{"timestamp":"2025-01-01T00:00:00.000Z","stage_version":"stage0-v0.1","total":1,"passed":1,"scored":1,"coverage_pct":100}""";

    [Theory]
    [InlineData("{\"timestamp\": \"2025-01-01T00:00:00.000Z\", \"stage_ver")]
    [InlineData("[1, 2]")]
    [InlineData("{\"stage_version\": \"stage0-v0.1\"}")]
    [InlineData("\u001b[2J garbage")]
    public void A_damaged_history_line_is_named_by_file_and_line(string damaged)
    {
        var path = History(GoodEntry, damaged, GoodEntry);
        var (code, _, err) = Cli("history", "--history", path, "--svg", _dir.File("c.svg"));
        Assert.Equal(2, code);
        AssertOneLine(err);
        Assert.Contains($"{path}:2: not a history entry", err);
        Assert.DoesNotContain("\u001b", err);
    }

    [Fact]
    public void Run_does_not_append_to_a_history_it_cannot_read_back()
    {
        var path = History(GoodEntry, "not json");
        var before = File.ReadAllText(path);
        var (code, _, err) = Cli("run", "--corpus", Corpus(), "--report", _dir.File("out/r.json"), "--results", _dir.File("out/r.jsonl"), "--history", path, "--quiet");
        Assert.Equal(2, code);
        Assert.Contains($"{path}:2: not a history entry", err);
        Assert.Equal(before, File.ReadAllText(path));
        Assert.False(File.Exists(_dir.File("out/r.json")));
    }

    [Fact]
    public void A_history_whose_last_line_lacks_its_newline_still_gets_a_whole_line()
    {
        var path = _dir.File("history.jsonl");
        File.WriteAllText(path, GoodEntry);                              // no final newline
        Assert.Equal(0, Cli("run", "--corpus", Corpus(), "--report", _dir.File("out/r.json"), "--results", _dir.File("out/r.jsonl"), "--history", path, "--quiet").Code);
        var (code, output, _) = Cli("history", "--history", path, "--svg", _dir.File("c.svg"));
        Assert.Equal(0, code);
        Assert.Equal(2, File.ReadAllLines(path).Length);
        var last = JsonNode.Parse(File.ReadAllLines(path)[1])!;
        Assert.Equal(JsonNode.Parse(File.ReadAllText(_dir.File("out/r.json")))!["run_id"]!.ToString(), last["run_id"]!.ToString());
        Assert.Contains("stage0-v0.1", output);
    }

    // ---- run's output paths -------------------------------------------------------------------

    [Fact]
    public void Report_pointing_at_a_directory_is_one_line_and_exit_2()
    {
        Directory.CreateDirectory(_dir.File("adir"));
        var (code, _, err) = Cli("run", "--corpus", Corpus(), "--report", _dir.File("adir"), "--results", _dir.File("r.jsonl"), "--no-history", "--quiet");
        Assert.Equal(2, code);
        AssertOneLine(err);
        Assert.Contains($"the report path {_dir.File("adir")} is a directory", err);
    }

    [Theory]
    [InlineData("--results")]
    [InlineData("--history")]
    [InlineData("--report")]
    public void An_unwritable_output_path_is_one_line_and_exit_2(string option)
    {
        File.WriteAllText(_dir.File("a-file"), "");
        string[] args = ["run", "--corpus", Corpus(), "--report", _dir.File("out/r.json"), "--results", _dir.File("out/r.jsonl"), "--quiet"];
        args = [.. args, "--history", _dir.File("h.jsonl")];
        var i = Array.IndexOf(args, option);
        args[i + 1] = _dir.File("a-file/below/x");                      // a folder under a file: cannot exist
        var (code, _, err) = Cli(args);
        Assert.Equal(2, code);
        AssertOneLine(err);
        Assert.StartsWith("clysm-conformance run: ", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void A_run_stopped_before_its_first_case_leaves_no_partial_results()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir.Path, "bad", "forms")).FullName;
        File.WriteAllText(Path.Combine(dir, "t.lisp"), "(defcase a :category c :forms (1) :valu \"1\")");
        var (code, _, err) = Cli("run", "--corpus", Path.GetDirectoryName(dir)!, "--report", _dir.File("out/r.json"), "--results", _dir.File("out/r.jsonl"), "--no-history");
        Assert.Equal(2, code);
        Assert.Contains("unknown field :valu", err);
        Assert.Equal([".clysm-run.lock"], Directory.GetFileSystemEntries(_dir.File("out")).Select(Path.GetFileName));
    }

    // ---- exec ---------------------------------------------------------------------------------

    [SkippableFact]
    public void Exec_with_dev_zero_as_stdin_ends_at_once_with_one_line()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "telling devices from files needs statx (Linux)");
        var (code, _, err) = Guarded("exec", Module(Answer), "--stdin", "/dev/zero", "--timeout", "5");
        Assert.Equal(2, code);
        AssertOneLine(err);
        Assert.Contains("stdin: fd 0 (/dev/zero): not a regular file (a character device)", err);
    }

    [SkippableFact]
    public void Exec_with_a_fifo_as_stdin_ends_at_once_with_one_line()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "telling FIFOs from files needs statx (Linux)");
        var fifo = _dir.File("in.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
        var (code, _, err) = Guarded("exec", Module(Answer), "--stdin", fifo, "--timeout", "5");
        Assert.Equal(2, code);
        Assert.Contains("not a regular file (a FIFO (named pipe))", err);
    }

    [Fact]
    public void Exec_without_a_sandbox_gets_an_empty_folder_of_its_own_not_the_current_directory()
    {
        var module = _dir.File("host-paths.wasm");
        File.WriteAllBytes(module, WasmAs.Fixture("host-paths.wat"));
        var cwd = Directory.GetCurrentDirectory();
        var before = Directory.GetFileSystemEntries(cwd).Order().ToList();
        var (code, stdout, _) = Cli("exec", module, "--export", "file-roundtrip");
        Assert.Equal(0, code);
        Assert.Equal("hello", stdout);                                  // it could write and read back its file
        Assert.False(File.Exists(Path.Combine(cwd, "out.txt")));
        Assert.Equal(before, Directory.GetFileSystemEntries(cwd).Order().ToList());
    }

    [Fact]
    public void Exec_and_inspect_print_module_names_with_control_characters_escaped()
    {
        // An export and an import whose names would colour the terminal and forge an output line.
        var evil = Module("""
            (module
              (import "clysm:io" "write\1b[31m\0a[exec] returned: value 0" (func (param i32 i32)))
              (func (export "_start\1b]0;title\07\0aFAKE LINE") (result i32) (i32.const 1)))
            """);
        var (code, output, _) = Cli("inspect", evil);
        Assert.Equal(2, code);
        Assert.DoesNotContain("\u001b", output);
        Assert.DoesNotContain("\u0007", output);
        Assert.DoesNotContain("\nFAKE LINE", output);
        Assert.DoesNotContain("\n[exec] returned", output);
        Assert.Contains("write\\x1b[31m\\x0a[exec] returned: value 0", output);
        Assert.Contains("_start\\x1b]0;title\\x07\\x0aFAKE LINE", output);

        var (_, _, err) = Cli("exec", evil, "--export", "_start\u001b]0;title\u0007\nFAKE LINE");
        Assert.DoesNotContain("\u001b", err);
        AssertOneLine(err);
        Assert.Contains("write\\x1b[31m\\x0a[exec] returned", err);
    }

    [Fact]
    public void A_huge_path_is_not_echoed_in_full()
    {
        var huge = "/" + new string('p', 2 << 20) + ".wasm";
        foreach (var command in new[] { "exec", "inspect" })
        {
            var (code, _, err) = Cli(command, huge);
            Assert.NotEqual(0, code);
            AssertOneLine(err);
            Assert.True(err.Length < 2000, $"{command}: a message of {err.Length} characters");
            Assert.Contains("characters left out", err);
        }
    }

    // ---- the last resort ----------------------------------------------------------------------

    private sealed class BrokenWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("the output went away");
        public override void Write(string? value) => throw new InvalidOperationException("the output went away");
        public override void WriteLine(string? value) => throw new InvalidOperationException("the output went away");
    }

    [Fact]
    public void An_unexpected_exception_is_one_line_with_a_hint_and_verbose_gives_the_trace()
    {
        var corpus = Corpus();
        var err = new StringWriter();
        var code = Clysm.Cli.Cli.Execute(["corpus", "stats", "--corpus", corpus], new BrokenWriter(), err);
        Assert.Equal(2, code);
        Assert.Equal("clysm-conformance corpus: internal error: InvalidOperationException: the output went away (rerun with --verbose for the stack trace)\n", err.ToString());

        err = new StringWriter();
        Clysm.Cli.Cli.Execute(["corpus", "stats", "--corpus", corpus, "--verbose"], new BrokenWriter(), err);
        Assert.Contains("   at ", err.ToString());
    }
}
