using Clysm.Runtime.Engine;
using Clysm.Runtime.Engine.V8;
using Clysm.TestSupport;
using Xunit;

namespace Clysm.Runtime.Tests.Engine;

/// <summary>One reused V8 worker for the whole class: also proves reuse after traps and kills.</summary>
public sealed class EngineFixture : IDisposable
{
    public V8Engine Engine { get; } = new();
    public byte[] HostPaths { get; } = Wat.Fixture("host-paths.wat");
    public void Dispose() => Engine.Dispose();
}

/// <summary>Every host import and every host error path, on V8, through the C# host.</summary>
public sealed class HostPathsTests(EngineFixture fx) : IClassFixture<EngineFixture>, IDisposable
{
    private readonly string _sandbox = Directory.CreateTempSubdirectory("clysm-sandbox-").FullName;

    public void Dispose() => Directory.Delete(_sandbox, recursive: true);

    private InvocationResult Run(string export, string stdin = "", TimeSpan? timeout = null, int outputLimit = 1 << 20) =>
        fx.Engine.Invoke(new InvocationRequest
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

    [Fact]
    public void Echoes_lines_keeping_utf8_outside_the_bmp_and_a_missing_final_newline()
    {
        var r = Run("_start", "héllo 😀\r\nworld");
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 2), r.Value);
        Assert.Equal("héllo 😀\r\nworld\n", r.Stdout);          // CR kept, as SBCL keeps it
        Assert.Equal(3, r.ImportCalls["clysm:io read-line"]);   // two lines, then EOF
    }

    [Fact]
    public void Read_char_returns_code_points_and_minus_one_at_eof()
    {
        var r = Run("cat-chars", "a😀é");
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 3), r.Value);
        Assert.Equal("a😀é", r.Stdout);
        Assert.Equal(4, r.ImportCalls["clysm:io read-char"]);
    }

    [Fact]
    public void Empty_input_is_eof_at_once()
    {
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 0), Run("_start").Value);
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 0), Run("cat-chars").Value);
    }

    [Fact]
    public void Stdout_and_stderr_are_captured_apart_in_order()
    {
        var r = Run("interleave", "x");
        Assert.Equal("ACD", r.Stdout);
        Assert.Equal("B", r.Stderr);
    }

    [Fact]
    public void Astral_character_is_written_as_utf8() => Assert.Equal("😀", Run("astral").Stdout);

    [Theory]
    [InlineData("write-to-stdin", "clysm:io write-char", "not an output stream")]
    [InlineData("read-from-stdout", "clysm:io read-char", "not an input stream")]
    [InlineData("unknown-fd", "clysm:io write-char", "no such file descriptor")]
    [InlineData("negative-fd", "clysm:io read-char", "no such file descriptor")]
    [InlineData("surrogate", "clysm:io write-char", "invalid code point 55296")]
    [InlineData("too-big-codepoint", "clysm:io write-char", "invalid code point 1114112")]
    [InlineData("close-stdout", "clysm:fs close", "standard streams cannot be closed")]
    [InlineData("missing-error", "clysm:fs open", "file does not exist")]
    [InlineData("escape-sandbox", "clysm:fs open", "leaves the sandbox")]
    [InlineData("absolute-path", "clysm:fs open", "absolute paths are refused")]
    [InlineData("double-close", "clysm:fs close", "file descriptor is closed")]
    [InlineData("write-after-close", "clysm:io write-char", "file descriptor is closed")]
    [InlineData("read-output-file", "clysm:io read-char", "not an input stream")]
    public void Host_errors_trap_with_operation_descriptor_and_reason(string export, string op, string reason)
    {
        File.WriteAllText(SandboxFile("in.txt"), "abc");
        AssertHostTrap(Run(export), op, reason);
    }

    [Fact]
    public void Direction_error_names_the_file_path()
    {
        File.WriteAllText(SandboxFile("in.txt"), "abc");
        var r = Run("write-input-file");
        AssertHostTrap(r, "clysm:io write-char", "not an output stream");
        Assert.Equal(3, r.HostError!.Fd);
        Assert.Equal("in.txt", r.HostError.Path);
        Assert.Contains("fd 3 (in.txt)", r.Message);
    }

    [Fact]
    public void Existing_file_with_if_exists_error_is_refused_and_left_alone()
    {
        File.WriteAllText(SandboxFile("in.txt"), "keep");
        AssertHostTrap(Run("exists-error"), "clysm:fs open", "file exists");
        Assert.Equal("keep", File.ReadAllText(SandboxFile("in.txt")));
    }

    [Fact]
    public void File_written_then_read_back_through_read_all()
    {
        var r = Run("file-roundtrip");
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Equal("hello", r.Stdout);
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 3), r.Value);   // first user descriptor
        Assert.Equal("hello", File.ReadAllText(SandboxFile("out.txt")));
    }

    [Fact]
    public void Append_and_overwrite_follow_cl_open()
    {
        File.WriteAllText(SandboxFile("in.txt"), "abcdefgh");
        Assert.Equal(InvocationStatus.Returned, Run("append").Status);
        Assert.Equal("abcdefghhello", File.ReadAllText(SandboxFile("in.txt")));
        Assert.Equal(InvocationStatus.Returned, Run("overwrite").Status);
        Assert.Equal("hellofghhello", File.ReadAllText(SandboxFile("in.txt")));
    }

    [Fact]
    public void Read_line_works_on_file_descriptors()
    {
        File.WriteAllText(SandboxFile("in.txt"), "one\ntwo\n\nfour");
        var r = Run("file-lines");
        Assert.Equal("one|two||four|", r.Stdout);
        Assert.Equal(new LispValue(LispValueKind.Fixnum, 4), r.Value);
    }

    [Fact]
    public void Nil_results_of_open()
    {
        Assert.Equal(new LispValue(LispValueKind.Fixnum, -1), Run("open-nil").Value);
        File.WriteAllText(SandboxFile("in.txt"), "x");
        Assert.Equal(new LispValue(LispValueKind.Fixnum, -1), Run("exists-nil").Value);
        Assert.False(File.Exists(SandboxFile("out.txt")));
    }

    [Fact]
    public void Descriptors_left_open_are_closed_and_flushed_on_return_trap_and_timeout()
    {
        Assert.Equal(InvocationStatus.Returned, Run("leave-open").Status);
        Assert.Equal(new string('x', 1000), File.ReadAllText(SandboxFile("out.txt")));

        Assert.Equal(InvocationStatus.Trapped, Run("leave-open-trap").Status);
        Assert.Equal("hello", File.ReadAllText(SandboxFile("out.txt")));

        File.Delete(SandboxFile("out.txt"));
        // The timeout also covers V8 compiling the module: 2 s leaves room on a loaded CI machine
        // for the module to reach its open and write before the watchdog fires.
        Assert.Equal(InvocationStatus.TimedOut, Run("leave-open-hang", timeout: TimeSpan.FromSeconds(2)).Status);
        Assert.Equal("hello", File.ReadAllText(SandboxFile("out.txt")));
    }

    [Fact]
    public void Traps_carry_message_and_wasm_stack_and_leave_the_worker_usable()
    {
        Run("astral");                                          // the worker is up
        var starts = fx.Engine.WorkerStarts;
        var r = Run("trap");
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.Contains("unreachable", r.Message);
        Assert.Contains("wasm", r.WasmStack);
        Assert.Null(r.HostError);
        Assert.Contains("divide by zero", Run("divide-by-zero").Message);
        Assert.Contains("call stack", Run("stack-overflow").Message);
        Assert.Equal(InvocationStatus.Returned, Run("_start", "x\n").Status);
        Assert.Equal(starts, fx.Engine.WorkerStarts);          // no restart was needed
    }

    [Fact]
    public void Timeout_is_reported_and_the_next_invocation_gets_a_fresh_worker()
    {
        var r = Run("hang", timeout: TimeSpan.FromMilliseconds(300));
        Assert.Equal(InvocationStatus.TimedOut, r.Status);
        Assert.Contains("timed out", r.Message);
        var after = Run("_start", "a\n");
        Assert.Equal(InvocationStatus.Returned, after.Status);
        Assert.Equal("a\n", after.Stdout);
    }

    [Fact]
    public async Task A_worker_that_dies_mid_run_is_a_crash_and_the_next_invocation_gets_a_fresh_one()
    {
        Run("astral");                                          // the worker is up
        var pid = fx.Engine.WorkerPid!.Value;
        var starts = fx.Engine.WorkerStarts;
        // Kill only once the module has opened out.txt (it then writes and spins): a fixed delay
        // could fire before the run starts on a loaded machine, and then nothing would be tested.
        var killer = Task.Run(async () =>
        {
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (!File.Exists(SandboxFile("out.txt")) && DateTime.UtcNow < deadline)
                await Task.Delay(20);
            await Task.Delay(300);                                 // let write-all reach the host
            System.Diagnostics.Process.GetProcessById(pid).Kill();
        });
        var r = Run("leave-open-hang", timeout: TimeSpan.FromSeconds(20));
        await killer;
        Assert.Equal(InvocationStatus.Crashed, r.Status);
        Assert.Contains("engine process died", r.Message);
        Assert.Equal("hello", File.ReadAllText(SandboxFile("out.txt")));   // flushed and closed all the same
        Assert.Equal(InvocationStatus.Returned, Run("astral").Status);
        Assert.Equal(starts + 1, fx.Engine.WorkerStarts);
    }

    [Fact]
    public void Runaway_output_stops_at_the_cap_and_says_so()
    {
        var r = Run("spew", outputLimit: 10_000);
        Assert.Equal(InvocationStatus.OutputLimit, r.Status);
        Assert.Contains("10000 bytes", r.Message);
        Assert.True(r.Stdout.Length <= 10_000);
        Assert.True(r.Stdout.Length >= 9_000);
        Assert.Equal(InvocationStatus.Returned, Run("astral").Status);
    }

    [Fact]
    public void Unhandled_condition_is_recorded_and_traps()
    {
        var r = Run("condition");
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.Equal(new ConditionInfo("HELLO", "hello"), r.Condition);
        Assert.Contains("HELLO: hello", r.Message);
    }

    [Theory]
    [InlineData("return-nil", LispValueKind.Nil, "NIL")]
    [InlineData("return-not-fixnum", LispValueKind.NotFixnum, null)]
    [InlineData("return-fixnum", LispValueKind.Fixnum, "-42")]
    [InlineData("return-i31", LispValueKind.Fixnum, "1073741823")]
    [InlineData("return-null", LispValueKind.Nil, "NIL")]
    [InlineData("return-string", LispValueKind.String, "\"hello\"")]
    [InlineData("return-struct", LispValueKind.Opaque, null)]
    public void Results_decode_under_the_abi(string export, LispValueKind kind, string? printed)
    {
        var r = Run(export);
        Assert.Equal(InvocationStatus.Returned, r.Status);
        Assert.Equal(kind, r.Value.Kind);
        Assert.Equal(printed, r.Value.Printed);
    }

    [Fact]
    public void Missing_export_is_a_link_error() =>
        Assert.Equal(InvocationStatus.LinkError, Run("no-such-export").Status);

    [Fact]
    public void Stdin_can_come_from_a_file()
    {
        var f = SandboxFile("stdin.txt");
        File.WriteAllText(f, "from file\n");
        var r = fx.Engine.Invoke(new InvocationRequest { Module = fx.HostPaths, StdinFile = f });
        Assert.Equal("from file\n", r.Stdout);
    }

    [Fact]
    public void Invalid_utf8_on_stdin_is_an_error_not_a_replacement()
    {
        var f = SandboxFile("stdin.bin");
        File.WriteAllBytes(f, [0x61, 0xC3, 0x28]);
        var r = fx.Engine.Invoke(new InvocationRequest { Module = fx.HostPaths, Export = "cat-chars", StdinFile = f });
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.Contains("invalid UTF-8", r.HostError!.Reason);
        Assert.Equal("a", r.Stdout);
    }
}
