using System.Runtime.InteropServices;

namespace Clysm.Runtime.Host;

/// <summary>What a path names, seen without following a final symbolic link.</summary>
public enum FileKind { Missing, Regular, Directory, SymbolicLink, Fifo, CharacterDevice, BlockDevice, Socket, Unknown }

/// <summary>
/// The file type behind a path or an open descriptor. .NET has no API for it (File.Exists is true for
/// a FIFO or /dev/zero), and opening a FIFO blocks until a writer comes, so the host must know the
/// type before it opens anything. Linux: statx(2), whose buffer layout is the same on every
/// architecture. Elsewhere only links and directories can be told apart (docs/stage-abi.md).
/// </summary>
public static unsafe partial class FileKinds
{
    private const int AtFdCwd = -100, AtSymlinkNoFollow = 0x100, AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28, BufferSize = 256;
    private const int ENOENT = 2, ENOTDIR = 20;

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, byte* buffer);

    private static bool _statxMissing = !OperatingSystem.IsLinux();

    /// <summary>The kind of <paramref name="path"/> itself (a link is <see cref="FileKind.SymbolicLink"/>).</summary>
    public static FileKind Of(string path)
    {
        if (!_statxMissing)
        {
            var kind = Query(AtFdCwd, path, AtSymlinkNoFollow);
            if (kind is not null) return kind.Value;
        }
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return FileKind.SymbolicLink;
        if (Directory.Exists(path)) return FileKind.Directory;
        return info.Exists ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>The kind of the file behind an open handle, or null when it cannot be known here.</summary>
    public static FileKind? Of(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        if (_statxMissing) return null;
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            return Query((int)handle.DangerousGetHandle(), "", AtEmptyPath);
        }
        finally { if (added) handle.DangerousRelease(); }
    }

    private static FileKind? Query(int dirfd, string path, int flags)
    {
        var buffer = stackalloc byte[BufferSize];
        int rc;
        try { rc = Statx(dirfd, path, flags, StatxType, buffer); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _statxMissing = true;
            return null;
        }
        if (rc != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (errno is ENOENT or ENOTDIR) return FileKind.Missing;
            if (errno == 38 /* ENOSYS: an old kernel or a seccomp filter */) { _statxMissing = true; return null; }
            throw new IOException($"cannot examine the file (errno {errno}: {Marshal.GetPInvokeErrorMessage(errno)})");
        }
        var mode = *(ushort*)(buffer + ModeOffset);
        return (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>"a FIFO", "a character device"...: for messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a directory",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        _ => "not a regular file",
    };
}
