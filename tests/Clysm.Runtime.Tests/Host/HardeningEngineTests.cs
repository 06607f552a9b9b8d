using Clysm.Runtime.Engine;
using Clysm.Runtime.Engine.V8;
using Clysm.Runtime.Host;
using Clysm.TestSupport;
using Xunit;

namespace Clysm.Runtime.Tests.Host;

public sealed class HardeningEngineFixture : IDisposable
{
    internal WasmRunner Engine { get; } = new(new V8Engine());
    public byte[] Module { get; } = WasmAs.Fixture("host-hardening.wat");
    public void Dispose() => Engine.Dispose();
}

/// <summary>The sandbox and the host's caps end to end: a real module on V8 (tests/fixtures/wat/host-hardening.wat)
/// tries each way out; the host must refuse it with a named host error and the run must end in time.</summary>
public sealed class HardeningEngineTests(HardeningEngineFixture fx) : IClassFixture<HardeningEngineFixture>, IDisposable
{
    private readonly string _top = Directory.CreateTempSubdirectory("clysm-hardening-").FullName;
    private string Root => Path.Combine(_top, "sandbox");
    private string Outside => Path.Combine(_top, "outside");

    public void Dispose() => Directory.Delete(_top, recursive: true);

    private InvocationResult Run(string export, HostLimits? limits = null, TimeSpan? timeout = null)
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Outside);
        if (!File.Exists(Path.Combine(Outside, "secret.txt"))) File.WriteAllText(Path.Combine(Outside, "secret.txt"), "secret");
        return fx.Engine.Invoke(new InvocationRequest
        {
            Module = fx.Module, Export = export, SandboxRoot = Root, Timeout = timeout ?? TimeSpan.FromSeconds(20),
            Limits = limits ?? HostLimits.Default,
        });
    }

    private static void AssertRefused(InvocationResult r, string reason)
    {
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.NotNull(r.HostError);
        Assert.Equal("clysm:fs open", r.HostError!.Operation);
        Assert.Contains(reason, r.HostError.Reason);
        Assert.Equal("", r.Stdout);                             // nothing was read
    }

    [Fact]
    public void A_link_to_a_file_outside_is_refused()
    {
        Directory.CreateDirectory(Root);
        File.CreateSymbolicLink(Path.Combine(Root, "link-out"), Path.Combine(Outside, "secret.txt"));
        AssertRefused(Run("read-link-out"), "leaves the sandbox root (through the symbolic link link-out)");
    }

    [Fact]
    public void A_linked_directory_outside_is_refused()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateSymbolicLink(Path.Combine(Root, "dir"), Outside);
        AssertRefused(Run("read-dir-link"), "leaves the sandbox root");
    }

    [Fact]
    public void A_dangling_link_with_create_creates_nothing_outside()
    {
        Directory.CreateDirectory(Root);
        File.CreateSymbolicLink(Path.Combine(Root, "dangling"), Path.Combine(Outside, "pwned.txt"));
        AssertRefused(Run("create-dangling"), "leaves the sandbox root");
        Assert.False(File.Exists(Path.Combine(Outside, "pwned.txt")));
    }

    [SkippableFact]
    public void A_fifo_is_refused_and_the_run_ends()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "telling FIFOs from files needs statx (Linux)");
        Directory.CreateDirectory(Root);
        SandboxTests.MakeFifo(Path.Combine(Root, "fifo"));
        AssertRefused(Run("open-fifo"), "not a regular file (a FIFO (named pipe))");
    }

    [Fact]
    public void A_descriptor_loop_ends_in_a_host_error_at_the_cap()
    {
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "f"), "x");
        var r = Run("fd-loop");
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.Contains("too many open files", r.HostError!.Reason);
        Assert.Equal(HostLimits.Default.OpenFiles + 1, r.ImportCalls["clysm:fs open"]);
    }

    [Fact]
    public void Writing_a_file_without_end_stops_at_the_file_write_cap_as_an_output_limit()
    {
        var r = Run("write-forever", new HostLimits { FileWriteBytes = 1 << 20 });
        Assert.Equal(InvocationStatus.OutputLimit, r.Status);
        Assert.Equal("file write limit of 1048576 bytes per invocation reached", r.Message);
        var written = new FileInfo(Path.Combine(Root, "big")).Length;
        Assert.InRange(written, (1 << 20) - 10, 1 << 20);      // whole writes of 10 bytes, up to the cap
    }

    [Fact]
    public void Writing_a_file_without_end_under_a_cap_it_never_reaches_is_a_timeout()
    {
        var r = Run("write-forever", new HostLimits { FileWriteBytes = long.MaxValue }, TimeSpan.FromSeconds(2));
        Assert.Equal(InvocationStatus.TimedOut, r.Status);
        Assert.True(new FileInfo(Path.Combine(Root, "big")).Length > 0);
    }
}
