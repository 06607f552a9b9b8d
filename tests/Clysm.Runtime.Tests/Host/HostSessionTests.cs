using Clysm.Runtime.Engine;
using Clysm.Runtime.Host;
using Xunit;

namespace Clysm.Runtime.Tests.Host;

/// <summary>The host functions and the descriptor table, called directly (no engine).</summary>
public sealed class HostSessionTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("clysm-host-").FullName;
    private const int Input = 0, Output = 1, Io = 2;
    private const int Error = 0, Supersede = 1, Append = 2, Overwrite = 3, Nil = 7;
    private const int Create = 1, DneNil = 2;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private HostSession Session(string stdin = "", int limit = 1 << 20) =>
        new(new InvocationRequest { Module = [], Stdin = stdin, SandboxRoot = _root, OutputLimitBytes = limit });

    private static HostError Fails(Action a) => Assert.Throws<HostErrorException>(a).Error;

    [Fact]
    public void Standard_descriptors_are_reserved_with_the_seed_directions()
    {
        using var s = Session();
        Assert.Collection(s.Fds.Entries,
            e => { Assert.Equal(0, e.Id); Assert.Equal(StreamDirection.Input, e.Direction); },
            e => { Assert.Equal(1, e.Id); Assert.Equal(StreamDirection.Output, e.Direction); },
            e => { Assert.Equal(2, e.Id); Assert.Equal(StreamDirection.Output, e.Direction); });
        Assert.Equal(0, (int)StreamDirection.Input);          // +direction-input+
        Assert.Equal(1, (int)StreamDirection.Output);         // +direction-output+
        Assert.Equal(2, (int)StreamDirection.Io);             // +direction-io+
    }

    [Fact]
    public void User_descriptors_start_at_3_and_are_never_reused()
    {
        using var s = Session();
        var a = s.Open("a", Output, Supersede, Create);
        s.Close(a);
        var b = s.Open("b", Output, Supersede, Create);
        Assert.Equal(3, a);
        Assert.Equal(4, b);
        var e = Fails(() => s.WriteChar(a, 'x'));
        Assert.Equal((3, "a", "file descriptor is closed"), (e.Fd, e.Path, e.Reason));
        Assert.Equal(e, s.LastError);
    }

    [Fact]
    public void Io_descriptor_reads_and_writes_one_position()
    {
        File.WriteAllText(Path.Combine(_root, "f"), "abcdef");
        using (var s = Session())
        {
            var fd = s.Open("f", Io, Overwrite, Error);
            Assert.Equal('a', s.ReadChar(fd));
            Assert.Equal('b', s.ReadChar(fd));
            s.WriteString(fd, "XY");
            Assert.Equal("ef", s.ReadAll(fd));
        }
        Assert.Equal("abXYef", File.ReadAllText(Path.Combine(_root, "f")));
    }

    [Fact]
    public void Supersede_truncates_and_missing_input_with_create_makes_an_empty_file()
    {
        File.WriteAllText(Path.Combine(_root, "f"), "old contents");
        using (var s = Session())
        {
            s.WriteAll(s.Open("f", Output, Supersede, Error), "new");
            Assert.Null(s.ReadLine(s.Open("g", Input, Error, Create)));
            Assert.Equal(-1, s.Open("h", Input, Error, DneNil));
        }
        Assert.Equal("new", File.ReadAllText(Path.Combine(_root, "f")));
        Assert.Equal("", File.ReadAllText(Path.Combine(_root, "g")));
        Assert.False(File.Exists(Path.Combine(_root, "h")));
    }

    [Theory]
    [InlineData("../outside", "leaves the sandbox")]
    [InlineData("a/../../outside", "leaves the sandbox")]
    [InlineData("/etc/passwd", "absolute paths are refused")]
    [InlineData("", "empty path")]
    public void Paths_that_leave_the_root_are_refused(string path, string reason)
    {
        using var s = Session();
        var e = Fails(() => s.Open(path, Input, Error, Error));
        Assert.Equal("clysm:fs open", e.Operation);
        Assert.Contains(reason, e.Reason);
    }

    [Fact]
    public void Paths_inside_the_root_may_use_dot_dot()
    {
        Directory.CreateDirectory(Path.Combine(_root, "sub"));
        using var s = Session();
        s.WriteAll(s.Open("sub/../top.txt", Output, Supersede, Create), "x");
        Assert.True(File.Exists(Path.Combine(_root, "top.txt")));
    }

    [Fact]
    public void Without_a_sandbox_root_files_are_refused()
    {
        using var s = new HostSession(new InvocationRequest { Module = [] });
        Assert.Contains("no sandbox root", Fails(() => s.Open("x", Input, Error, Error)).Reason);
    }

    [Theory]
    [InlineData(3, 0, 0, "invalid direction code 3")]
    [InlineData(1, 8, 0, "invalid if-exists code 8")]
    [InlineData(1, 0, 3, "invalid if-does-not-exist code 3")]
    public void Bad_keyword_codes_are_named(int dir, int ifExists, int ifDne, string reason)
    {
        using var s = Session();
        Assert.Contains(reason, Fails(() => s.Open("x", dir, ifExists, ifDne)).Reason);
    }

    [Theory]
    [InlineData("direction", "output", 1)]
    [InlineData("direction", ":io", 2)]
    [InlineData("if-exists", "supersede", 1)]
    [InlineData("if-exists", "rename-and-delete", 5)]
    [InlineData("if-exists", "new-version", 6)]
    [InlineData("if-exists", "nil", 7)]
    [InlineData("if-does-not-exist", "create", 1)]
    public void Keyword_names_map_to_the_abi_codes(string kind, string name, int code) =>
        Assert.Equal(code, HostSession.KeywordCode("op", kind, name));

    [Fact]
    public void Unknown_keyword_name_is_an_error() =>
        Assert.Contains("unknown if-exists keyword \"clobber\"", Fails(() => HostSession.KeywordCode("op", "if-exists", "clobber")).Reason);

    [Fact]
    public void Read_line_keeps_cr_and_reports_eof_as_null()
    {
        using var s = Session("a\r\n\nlast");
        Assert.Equal("a\r", s.ReadLine(0));
        Assert.Equal("", s.ReadLine(0));
        Assert.Equal("last", s.ReadLine(0));
        Assert.Null(s.ReadLine(0));
        Assert.Equal(-1, s.ReadChar(0));
    }

    [Fact]
    public void Invalid_utf8_in_a_file_is_an_error_naming_descriptor_path_and_offset()
    {
        File.WriteAllBytes(Path.Combine(_root, "bad"), [0x41, 0xFF, 0x42]);
        using var s = Session();
        var fd = s.Open("bad", Input, Error, Error);
        Assert.Equal('A', s.ReadChar(fd));
        var e = Fails(() => s.ReadChar(fd));
        Assert.Equal((fd, "bad"), (e.Fd, e.Path));
        Assert.Contains("invalid UTF-8 byte 0xff at byte offset 1", e.Reason);
    }

    [Fact]
    public void Output_cap_keeps_whole_characters_and_is_reported()
    {
        using var s = Session(limit: 5);
        s.WriteString(1, "abc😀d");                      // 3 + 4 bytes: the emoji does not fit
        Assert.True(s.OutputLimitHit);
        Assert.Equal("abc", s.Stdout.Text);
    }

    [Fact]
    public void Import_calls_are_counted_per_operation()
    {
        using var s = Session("xy");
        s.ReadChar(0); s.ReadChar(0); s.WriteChar(1, 'a');
        Assert.Equal(2, s.Calls["clysm:io read-char"]);
        Assert.Equal(1, s.Calls["clysm:io write-char"]);
    }

    [Fact]
    public void Dispose_closes_and_flushes_every_open_descriptor()
    {
        var s = Session();
        var fd = s.Open("left-open", Output, Supersede, Create);
        s.WriteString(fd, "data");
        s.Dispose();
        Assert.Equal("data", File.ReadAllText(Path.Combine(_root, "left-open")));
        Assert.True(s.Fds.Entries[fd].Closed);
    }

    [Fact]
    public void Host_error_message_names_operation_descriptor_path_and_reason() =>
        Assert.Equal("clysm:io write-char: fd 3 (out.txt): stream is not an output stream",
            new HostError("clysm:io write-char", 3, "out.txt", "stream is not an output stream").Message);
}
