using Clysm.Runtime.Engine;
using Clysm.Runtime.Engine.V8;
using Clysm.TestSupport;
using Xunit;

namespace Clysm.Runtime.Tests.Engine;

/// <summary>Every host import and every host error path, on every engine, through the C# host.</summary>
public sealed class HostPathsTests(EngineRunnerFixture fx) : IClassFixture<EngineRunnerFixture>, IDisposable
{
    private readonly string _sandbox = Directory.CreateTempSubdirectory("clysm-sandbox-").FullName;

    public void Dispose() => Directory.Delete(_sandbox, recursive: true);

    private InvocationResult Run(string engine, string export, string stdin = "", TimeSpan? timeout = null, int outputLimit = 1 << 20) =>
        fx.Runner(engine).Invoke(new InvocationRequest
        {
            Module = fx.HostPaths, Export = export, Stdin = stdin, SandboxRoot = _sandbox,
            Timeout = timeout ?? TimeSpan.FromSeconds(10), OutputLimitBytes = outputLimit,
        });

    private string SandboxFile(string name) => Path.Combine(_sandbox, name);

    private static void AssertHostTrap(InvocationResult r, string op, string reason)
    {
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.NotNull(r.HostError);
        Assert.Equal(op, r.HostError!.Operation);
        Assert.Contains(reason, r.HostError.Reason);
        Assert.Contains(reason, r.Message);                    // the module saw the same message
        Assert.Contains(op, r.Message);
    }

    [Theory]
    [EngineData]
    public void Echoes_lines_keeping_utf8_outside_the_bmp_and_a_missing_final_newline(string engine)
    {
        var r = Run(engine, "_start", "héllo 😀\r\nworld");
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 2), r.Value);
        Assert.Equal("héllo 😀\r\nworld\n", r.Stdout);          // CR kept, as SBCL keeps it
        Assert.Equal(3, r.ImportCalls["clysm:io read-line"]);   // two lines, then EOF
    }

    [Theory]
    [EngineData]
    public void Read_char_returns_code_points_and_minus_one_at_eof(string engine)
    {
        var r = Run(engine, "cat-chars", "a😀é");
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 3), r.Value);
        Assert.Equal("a😀é", r.Stdout);
        Assert.Equal(4, r.ImportCalls["clysm:io read-char"]);
    }

    [Theory]
    [EngineData]
    public void Empty_input_is_eof_at_once(string engine)
    {
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 0), Run(engine, "_start").Value);
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 0), Run(engine, "cat-chars").Value);
    }

    [Theory]
    [EngineData]
    public void Stdout_and_stderr_are_captured_apart_in_order(string engine)
    {
        var r = Run(engine, "interleave", "x");
        Assert.Equal("ACD", r.Stdout);
        Assert.Equal("B", r.Stderr);
    }

    [Theory]
    [EngineData]
    public void Astral_character_is_written_as_utf8(string engine) => Assert.Equal("😀", Run(engine, "astral").Stdout);

    [Theory]
    [EngineData("write-to-stdin", "clysm:io write-char", "not an output stream")]
    [EngineData("read-from-stdout", "clysm:io read-char", "not an input stream")]
    [EngineData("unknown-fd", "clysm:io write-char", "no such file descriptor")]
    [EngineData("negative-fd", "clysm:io read-char", "no such file descriptor")]
    [EngineData("surrogate", "clysm:io write-char", "invalid code point 55296")]
    [EngineData("too-big-codepoint", "clysm:io write-char", "invalid code point 1114112")]
    [EngineData("close-stdout", "clysm:fs close", "standard streams cannot be closed")]
    [EngineData("missing-error", "clysm:fs open", "file does not exist")]
    [EngineData("escape-sandbox", "clysm:fs open", "leaves the sandbox")]
    [EngineData("absolute-path", "clysm:fs open", "absolute paths are refused")]
    [EngineData("double-close", "clysm:fs close", "file descriptor is closed")]
    [EngineData("write-after-close", "clysm:io write-char", "file descriptor is closed")]
    [EngineData("read-output-file", "clysm:io read-char", "not an input stream")]
    public void Host_errors_trap_with_operation_descriptor_and_reason(string engine, string export, string op, string reason)
    {
        File.WriteAllText(SandboxFile("in.txt"), "abc");
        AssertHostTrap(Run(engine, export), op, reason);
    }

    [Theory]
    [EngineData]
    public void Direction_error_names_the_file_path(string engine)
    {
        File.WriteAllText(SandboxFile("in.txt"), "abc");
        var r = Run(engine, "write-input-file");
        AssertHostTrap(r, "clysm:io write-char", "not an output stream");
        Assert.Equal(3, r.HostError!.Fd);
        Assert.Equal("in.txt", r.HostError.Path);
        Assert.Contains("fd 3 (in.txt)", r.Message);
    }

    [Theory]
    [EngineData]
    public void Existing_file_with_if_exists_error_is_refused_and_left_alone(string engine)
    {
        File.WriteAllText(SandboxFile("in.txt"), "keep");
        AssertHostTrap(Run(engine, "exists-error"), "clysm:fs open", "file exists");
        Assert.Equal("keep", File.ReadAllText(SandboxFile("in.txt")));
    }

    [Theory]
    [EngineData]
    public void File_written_then_read_back_through_read_all(string engine)
    {
        var r = Run(engine, "file-roundtrip");
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Equal("hello", r.Stdout);
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 3), r.Value);   // first user descriptor
        Assert.Equal("hello", File.ReadAllText(SandboxFile("out.txt")));
    }

    [Theory]
    [EngineData]
    public void Append_and_overwrite_follow_cl_open(string engine)
    {
        File.WriteAllText(SandboxFile("in.txt"), "abcdefgh");
        Assert.Equal(InvocationStatus.Returned, Run(engine, "append").Status);
        Assert.Equal("abcdefghhello", File.ReadAllText(SandboxFile("in.txt")));
        Assert.Equal(InvocationStatus.Returned, Run(engine, "overwrite").Status);
        Assert.Equal("hellofghhello", File.ReadAllText(SandboxFile("in.txt")));
    }

    [Theory]
    [EngineData]
    public void Read_line_works_on_file_descriptors(string engine)
    {
        File.WriteAllText(SandboxFile("in.txt"), "one\ntwo\n\nfour");
        var r = Run(engine, "file-lines");
        Assert.Equal("one|two||four|", r.Stdout);
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 4), r.Value);
    }

    [Theory]
    [EngineData]
    public void Nil_results_of_open(string engine)
    {
        Assert.Equal(new LispValue(LispValueKind.Fixnum, -1), Run(engine, "open-nil").Value);
        File.WriteAllText(SandboxFile("in.txt"), "x");
        Assert.Equal(new LispValue(LispValueKind.Fixnum, -1), Run(engine, "exists-nil").Value);
        Assert.False(File.Exists(SandboxFile("out.txt")));
    }

    [Theory]
    [EngineData]
    public void Descriptors_left_open_are_closed_and_flushed_on_return_trap_and_timeout(string engine)
    {
        Assert.Equal(InvocationStatus.Returned, Run(engine, "leave-open").Status);
        Assert.Equal(new string('x', 1000), File.ReadAllText(SandboxFile("out.txt")));

        Assert.Equal(InvocationStatus.Trapped, Run(engine, "leave-open-trap").Status);
        Assert.Equal("hello", File.ReadAllText(SandboxFile("out.txt")));

        File.Delete(SandboxFile("out.txt"));
        // The timeout also covers V8 compiling the module: 2 s leaves room on a loaded CI machine
        // for the module to reach its open and write before the watchdog fires.
        Assert.Equal(InvocationStatus.TimedOut, Run(engine, "leave-open-hang", timeout: TimeSpan.FromSeconds(2)).Status);
        Assert.Equal("hello", File.ReadAllText(SandboxFile("out.txt")));
    }

    [Theory]
    [EngineData]
    public void Traps_carry_message_and_wasm_stack_and_leave_the_worker_usable(string engine)
    {
        Run(engine, "astral");                                          // the worker is up
        var starts = EngineRunnerFixture.WorkerStarts(fx.Runner(engine));
        var r = Run(engine, "trap");
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.Contains("unreachable", r.Message);
        Assert.Contains("wasm", r.WasmStack);
        Assert.Null(r.HostError);
        Assert.Contains("divide by zero", Run(engine, "divide-by-zero").Message);
        Assert.Contains("call stack", Run(engine, "stack-overflow").Message);
        Assert.Equal(InvocationStatus.Returned, Run(engine, "_start", "x\n").Status);
        Assert.Equal(starts, EngineRunnerFixture.WorkerStarts(fx.Runner(engine)));   // no restart was needed
    }

    [Theory]
    [EngineData]
    public void Timeout_is_reported_and_the_next_invocation_gets_a_fresh_worker(string engine)
    {
        var r = Run(engine, "hang", timeout: TimeSpan.FromMilliseconds(300));
        Assert.Equal(InvocationStatus.TimedOut, r.Status);
        Assert.Contains("timed out", r.Message);
        var after = Run(engine, "_start", "a\n");
        Assert.Equal(InvocationStatus.Returned, after.Status);
        Assert.Equal("a\n", after.Stdout);
    }

    [Theory]
    [EngineData]
    public void Runaway_output_stops_at_the_cap_and_says_so(string engine)
    {
        var r = Run(engine, "spew", outputLimit: 10_000);
        Assert.Equal(InvocationStatus.OutputLimit, r.Status);
        Assert.Contains("10000 bytes", r.Message);
        Assert.True(r.Stdout.Length <= 10_000);
        Assert.True(r.Stdout.Length >= 9_000);
        Assert.Equal(InvocationStatus.Returned, Run(engine, "astral").Status);
    }

    [Theory]
    [EngineData]
    public void Unhandled_condition_is_recorded_and_traps(string engine)
    {
        var r = Run(engine, "condition");
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.Equal(new ConditionInfo("HELLO", "hello"), r.Condition);
        Assert.Contains("HELLO: hello", r.Message);
    }

    [Theory]
    [EngineData("return-nil", LispValueKind.Nil, "NIL")]
    [EngineData("return-not-fixnum", LispValueKind.NotFixnum, null)]
    [EngineData("return-fixnum", LispValueKind.Fixnum, "-42")]
    [EngineData("return-i31", LispValueKind.Fixnum, "1073741823")]
    [EngineData("return-null", LispValueKind.Nil, "NIL")]
    [EngineData("return-string", LispValueKind.String, "\"hello\"")]
    [EngineData("return-struct", LispValueKind.Opaque, null)]
    public void Results_decode_under_the_abi(string engine, string export, LispValueKind kind, string? printed)
    {
        var r = Run(engine, export);
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Equal(kind, r.Value.Kind);
        Assert.Equal(printed, r.Value.Printed);
    }

    [Theory]
    [EngineData]
    public void Missing_export_is_a_link_error(string engine) =>
        Assert.Equal(InvocationStatus.LinkError, Run(engine, "no-such-export").Status);

    [Theory]
    [EngineData]
    public void Stdin_can_come_from_a_file(string engine)
    {
        var f = SandboxFile("stdin.txt");
        File.WriteAllText(f, "from file\n");
        var r = fx.Runner(engine).Invoke(new InvocationRequest { Module = fx.HostPaths, StdinFile = f });
        Assert.Equal("from file\n", r.Stdout);
    }

    [Theory]
    [EngineData]
    public void Invalid_utf8_on_stdin_is_an_error_not_a_replacement(string engine)
    {
        var f = SandboxFile("stdin.bin");
        File.WriteAllBytes(f, [0x61, 0xC3, 0x28]);
        var r = fx.Runner(engine).Invoke(new InvocationRequest { Module = fx.HostPaths, Export = "cat-chars", StdinFile = f });
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.Contains("invalid UTF-8", r.HostError!.Reason);
        Assert.Equal("a", r.Stdout);
    }
}
