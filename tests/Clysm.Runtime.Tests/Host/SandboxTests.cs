using System.Diagnostics;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Host;
using Xunit;

namespace Clysm.Runtime.Tests.Host;

/// <summary>
/// Ways out of the sandbox, tried through the host functions directly: links to files and directories
/// outside, dangling links, link loops, special files. Each test has a file outside the sandbox
/// whose contents must stay unread and unchanged.
/// </summary>
public sealed class SandboxTests : IDisposable
{
    private readonly string _top = Directory.CreateTempSubdirectory("clysm-sandbox-test-").FullName;
    private readonly string _root;
    private readonly string _outside;
    private const int Input = 0, Output = 1;
    private const int Error = 0, Supersede = 1, Append = 2;
    private const int Create = 1;

    public SandboxTests()
    {
        _root = Directory.CreateDirectory(Path.Combine(_top, "sandbox")).FullName;
        _outside = Directory.CreateDirectory(Path.Combine(_top, "outside")).FullName;
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "secret");
    }

    public void Dispose() => Directory.Delete(_top, recursive: true);

    private HostSession Session() => new(new InvocationRequest { Module = [], SandboxRoot = _root });

    private static HostError Fails(Action a) => Assert.Throws<HostErrorException>(a).Error;

    private void Link(string name, string target) => File.CreateSymbolicLink(Path.Combine(_root, name), target);

    private string Secret => File.ReadAllText(Path.Combine(_outside, "secret.txt"));

    [Fact]
    public void A_link_to_a_file_outside_can_be_neither_read_nor_written()
    {
        Link("link-out", Path.Combine(_outside, "secret.txt"));
        using var s = Session();
        Assert.Contains("leaves the sandbox root (through the symbolic link link-out)", Fails(() => s.Open("link-out", Input, Error, Error)).Reason);
        Assert.Contains("leaves the sandbox", Fails(() => s.Open("link-out", Output, Supersede, Create)).Reason);
        Assert.Contains("leaves the sandbox", Fails(() => s.Open("link-out", Output, Append, Create)).Reason);
        Assert.Equal("secret", Secret);
    }

    [Fact]
    public void A_relative_link_that_climbs_out_is_refused()
    {
        Link("up", "../outside/secret.txt");
        using var s = Session();
        Assert.Contains("leaves the sandbox root (through the symbolic link up)", Fails(() => s.Open("up", Input, Error, Error)).Reason);
    }

    [Fact]
    public void A_linked_directory_outside_is_refused_for_every_file_below_it()
    {
        Link("dir", _outside);
        using var s = Session();
        Assert.Contains("leaves the sandbox", Fails(() => s.Open("dir/secret.txt", Input, Error, Error)).Reason);
        // A file that does not exist there must not be created either.
        Assert.Contains("leaves the sandbox", Fails(() => s.Open("dir/new.txt", Output, Supersede, Create)).Reason);
        Assert.False(File.Exists(Path.Combine(_outside, "new.txt")));
    }

    [Fact]
    public void A_dangling_link_with_create_creates_nothing_outside()
    {
        Link("dangling", Path.Combine(_outside, "created.txt"));
        Link("dangling-rel", "../outside/created-rel.txt");
        using (var s = Session())
        {
            Assert.Contains("leaves the sandbox", Fails(() => s.Open("dangling", Output, Supersede, Create)).Reason);
            Assert.Contains("leaves the sandbox", Fails(() => s.Open("dangling-rel", Input, Error, Create)).Reason);
        }
        Assert.Equal(["secret.txt"], Directory.GetFiles(_outside).Select(Path.GetFileName));
    }

    [Fact]
    public void Links_that_stay_inside_are_followed()
    {
        Directory.CreateDirectory(Path.Combine(_root, "real"));
        File.WriteAllText(Path.Combine(_root, "real", "data.txt"), "inside");
        Link("alias", "real");
        Link("abs-alias", Path.Combine(new Sandbox(_root).Root, "real", "data.txt"));
        Link("to-new", "real/new.txt");                              // dangling, but inside
        using (var s = Session())
        {
            Assert.Equal("inside", s.ReadAll(s.Open("alias/data.txt", Input, Error, Error)));
            Assert.Equal("inside", s.ReadAll(s.Open("abs-alias", Input, Error, Error)));
            s.WriteAll(s.Open("to-new", Output, Supersede, Create), "made");
        }
        Assert.Equal("made", File.ReadAllText(Path.Combine(_root, "real", "new.txt")));
    }

    [Fact]
    public void A_link_inside_whose_target_climbs_out_through_dot_dot_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_root, "a"));
        Link("a/b", "../../outside");                                // a/b -> <top>/outside
        using var s = Session();
        Assert.Contains("leaves the sandbox", Fails(() => s.Open("a/b/secret.txt", Input, Error, Error)).Reason);
    }

    [Fact]
    public void A_link_loop_is_an_error_not_a_hang()
    {
        Link("loop1", "loop2");
        Link("loop2", "loop1");
        using var s = Session();
        Assert.Contains("too many levels of symbolic links", Fails(() => s.Open("loop1", Input, Error, Create)).Reason);
    }

    [Fact]
    public void The_root_may_itself_be_reached_through_a_link()
    {
        var alias = Path.Combine(_top, "root-alias");
        Directory.CreateSymbolicLink(alias, _root);
        File.WriteAllText(Path.Combine(_root, "f"), "x");
        using var s = new HostSession(new InvocationRequest { Module = [], SandboxRoot = alias });
        Assert.Equal("x", s.ReadAll(s.Open("f", Input, Error, Error)));
        Assert.Contains("leaves the sandbox", Fails(() => s.Open("../outside/secret.txt", Input, Error, Error)).Reason);
    }

    [Fact]
    public void A_file_used_as_a_directory_is_refused()
    {
        File.WriteAllText(Path.Combine(_root, "plain"), "x");
        using var s = Session();
        Assert.Contains("not a directory", Fails(() => s.Open("plain/x", Output, Supersede, Create)).Reason);
        Assert.Contains("does not exist", Fails(() => s.Open("nodir/x", Output, Supersede, Create)).Reason);
    }

    [Fact]
    public void A_path_longer_than_path_max_is_refused_and_shown_shortened()
    {
        using var s = Session();
        var path = new string('a', 2 << 20);
        var e = Fails(() => s.Open(path, Input, Error, Error));
        Assert.Contains("longer than 4096", e.Reason);
        Assert.True(e.Message.Length < 1000, $"message of {e.Message.Length} characters");
    }

    [SkippableFact]
    public void A_fifo_is_refused_at_once_instead_of_blocking()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "telling FIFOs from files needs statx (Linux)");
        MakeFifo(Path.Combine(_root, "fifo"));
        Link("fifo-link", "fifo");
        using var s = Session();
        // Opening a FIFO for reading blocks until a writer comes: the open must not even be tried.
        var open = Task.Run(() => Fails(() => s.Open("fifo", Input, Error, Error)));
        Assert.True(open.Wait(TimeSpan.FromSeconds(30)), "open of a FIFO blocked");
        Assert.Contains("not a regular file (a FIFO (named pipe))", open.Result.Reason);
        Assert.Contains("not a regular file", Fails(() => s.Open("fifo-link", Output, Append, Error)).Reason);
    }

    [SkippableFact]
    public void A_device_reached_through_a_link_is_refused()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "telling devices from files needs statx (Linux)");
        // /dev/zero is outside the root, so the link is refused before its type matters; a device
        // inside the sandbox cannot be made without privileges, so the type check is tested on stdin.
        Link("zero", "/dev/zero");
        using var s = Session();
        Assert.Contains("leaves the sandbox", Fails(() => s.Open("zero", Input, Error, Error)).Reason);
    }

    [Fact]
    public void A_missing_sandbox_root_is_a_host_error_naming_it()
    {
        var e = Assert.Throws<HostErrorException>(() => new HostSession(new InvocationRequest { Module = [], SandboxRoot = Path.Combine(_top, "nope") })).Error;
        Assert.Equal("sandbox", e.Operation);
        Assert.Contains("does not exist", e.Reason);
    }

    internal static void MakeFifo(string path)
    {
        using var p = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }
}
