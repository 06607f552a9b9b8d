using Clysm.Runtime.Engine;
using Clysm.Runtime.Host;
using Xunit;

namespace Clysm.Runtime.Tests.Host;

/// <summary>Every host operation is bounded: descriptors, bytes written, bytes read, the deadline, and
/// standard input that could block or never end.</summary>
public sealed class HostLimitsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("clysm-limits-").FullName;
    private const int Input = 0, Output = 1;
    private const int Error = 0, Supersede = 1, Append = 2;
    private const int Create = 1;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private HostSession Session(HostLimits? limits = null, string? stdinFile = null, TimeSpan? timeout = null) => new(new InvocationRequest
    {
        Module = [], SandboxRoot = _root, StdinFile = stdinFile, Limits = limits ?? HostLimits.Default,
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
    });

    private static HostError Fails(Action a) => Assert.Throws<HostErrorException>(a).Error;

    [Fact]
    public void A_descriptor_loop_stops_at_the_cap_with_a_host_error_and_closing_frees_a_slot()
    {
        File.WriteAllText(Path.Combine(_root, "f"), "x");
        using var s = Session();
        var fds = new List<int>();
        HostError? error = null;
        for (var i = 0; i < 10_000 && error is null; i++)
        {
            try { fds.Add(s.Open("f", Input, Error, Error)); }
            catch (HostErrorException e) { error = e.Error; }
        }
        Assert.Equal(HostLimits.Default.OpenFiles, fds.Count);
        Assert.Contains("too many open files: 64 descriptors open at once", error!.Reason);
        Assert.Equal(64, s.Fds.OpenFiles);
        s.Close(fds[0]);
        Assert.Equal('x', s.ReadChar(s.Open("f", Input, Error, Error)));
    }

    [Fact]
    public void Opening_and_closing_in_a_loop_stops_at_the_open_count_cap()
    {
        File.WriteAllText(Path.Combine(_root, "f"), "x");
        using var s = Session(new HostLimits { Opens = 100 });
        for (var i = 0; i < 100; i++) s.Close(s.Open("f", Input, Error, Error));
        Assert.Contains("too many opens: 100 calls of open", Fails(() => s.Open("f", Input, Error, Error)).Reason);
    }

    [Fact]
    public void Writes_to_files_stop_at_the_cap_and_are_reported_as_an_output_limit()
    {
        using (var s = Session(new HostLimits { FileWriteBytes = 1000 }))
        {
            var a = s.Open("a", Output, Supersede, Create);
            var b = s.Open("b", Output, Supersede, Create);
            s.WriteAll(a, new string('a', 600));
            Assert.False(s.OutputLimitHit);
            // The cap is per invocation, over all files: b's write crosses it and is refused whole.
            var e = Fails(() => s.WriteAll(b, new string('b', 600)));
            Assert.Contains("file write limit of 1000 bytes per invocation reached", e.Reason);
            Assert.True(s.OutputLimitHit);
            Assert.Equal("file write limit of 1000 bytes per invocation reached", s.LimitReached);
        }
        Assert.Equal(600, new FileInfo(Path.Combine(_root, "a")).Length);
        Assert.Equal(0, new FileInfo(Path.Combine(_root, "b")).Length);
    }

    [Fact]
    public void Stdout_cap_is_named_by_limit_reached()
    {
        using var s = new HostSession(new InvocationRequest { Module = [], OutputLimitBytes = 3 });
        s.WriteString(1, "abcd");
        Assert.Equal("output limit of 3 bytes reached", s.LimitReached);
    }

    [Fact]
    public void Reads_stop_at_the_read_cap()
    {
        File.WriteAllText(Path.Combine(_root, "big"), new string('x', 5000));
        using var s = Session(new HostLimits { ReadBytes = 4096 });
        var fd = s.Open("big", Input, Error, Error);
        Assert.Contains("read limit of 4096 bytes per invocation reached", Fails(() => s.ReadAll(fd)).Reason);
    }

    [Fact]
    public void Stdin_from_a_file_counts_against_the_read_cap()
    {
        var stdin = Path.Combine(_root, "stdin.txt");
        File.WriteAllText(stdin, new string('y', 3000) + "\n");
        using var s = Session(new HostLimits { ReadBytes = 2048 }, stdinFile: stdin);
        var e = Fails(() => s.ReadLine(0));
        Assert.Equal(0, e.Fd);
        Assert.Contains("read limit of 2048 bytes", e.Reason);
    }

    [Fact]
    public void A_call_after_the_deadline_fails_instead_of_going_on()
    {
        File.WriteAllText(Path.Combine(_root, "big"), new string('z', 100_000));
        using var s = Session(new HostLimits { DeadlineGrace = TimeSpan.Zero }, timeout: TimeSpan.FromMilliseconds(1));
        Thread.Sleep(50);
        Assert.Contains("time limit", Fails(() => s.Open("big", Input, Error, Error)).Reason);
    }

    [Fact]
    public void A_long_read_notices_the_deadline_while_it_reads()
    {
        // The engine's watchdog cannot interrupt a host call: a read that started in time checks the
        // deadline itself, every 4 KiB.
        var budget = new InvocationBudget(new HostLimits { DeadlineGrace = TimeSpan.Zero }, TimeSpan.FromMilliseconds(1));
        var reader = new CharReader(new MemoryStream(new byte[100_000]), budget);
        Thread.Sleep(50);
        Assert.Contains("time limit", Assert.Throws<BudgetException>(() => reader.ReadAll()).Message);
    }

    [SkippableFact]
    public void Dev_zero_as_stdin_is_refused_at_once()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "telling devices from files needs statx (Linux)");
        var e = Assert.Throws<HostErrorException>(() => Session(stdinFile: "/dev/zero")).Error;
        Assert.Equal(("stdin", 0, "/dev/zero"), (e.Operation, e.Fd, e.Path));
        Assert.Contains("not a regular file (a character device)", e.Reason);
    }

    [SkippableFact]
    public void A_fifo_as_stdin_is_refused_instead_of_blocking()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "telling FIFOs from files needs statx (Linux)");
        var fifo = Path.Combine(_root, "stdin.fifo");
        SandboxTests.MakeFifo(fifo);
        var open = Task.Run(() => Assert.Throws<HostErrorException>(() => Session(stdinFile: fifo)).Error);
        Assert.True(open.Wait(TimeSpan.FromSeconds(30)), "a FIFO as stdin blocked the host");
        Assert.Contains("not a regular file (a FIFO (named pipe))", open.Result.Reason);
    }

    [Fact]
    public void A_missing_stdin_file_is_named()
    {
        var e = Assert.Throws<HostErrorException>(() => Session(stdinFile: Path.Combine(_root, "none.txt"))).Error;
        Assert.Contains("no such file", e.Reason);
    }

    [Fact]
    public void Append_to_an_existing_file_counts_only_the_new_bytes()
    {
        File.WriteAllText(Path.Combine(_root, "log"), new string('o', 900));
        using (var s = Session(new HostLimits { FileWriteBytes = 200 }))
            s.WriteAll(s.Open("log", Output, Append, Error), new string('n', 200));
        Assert.Equal(1100, new FileInfo(Path.Combine(_root, "log")).Length);
    }
}
