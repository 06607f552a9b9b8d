using System.Runtime.InteropServices;
using System.Text;

namespace Clysm.Conformance.Running;

/// <summary>Another run holds the output folder.</summary>
public sealed class RunFolderBusyException(string message) : Exception(message);

/// <summary>
/// An exclusive lock on a folder for the life of a run: flock(2) on <c>.clysm-run.lock</c> in it. The
/// kernel drops the lock when the process dies however it dies, so a killed run never leaves it
/// stuck, and the file left behind means nothing by itself. The holder writes who it is into
/// <c>.clysm-run.owner</c> beside it, for the message a second run gets.
/// </summary>
internal sealed partial class FolderLock : IDisposable
{
    public const string FileName = ".clysm-run.lock";
    private const string OwnerFileName = ".clysm-run.owner";
    private const int LOCK_EX = 2, LOCK_NB = 4, EWOULDBLOCK = 11;

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static extern int Flock(int fd, int operation);

    private readonly FileStream _file;
    private readonly string _owner;

    private FolderLock(FileStream file, string owner) { _file = file; _owner = owner; }

    /// <exception cref="RunFolderBusyException">another process holds the lock.</exception>
    public static FolderLock Take(string folder, string holder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var owner = Path.Combine(folder, OwnerFileName);
        RunFolderBusyException Busy()
        {
            var who = ReadOwner(owner);
            return new RunFolderBusyException($"another run is using {folder}" + (who.Length > 0 ? $" ({who})" : "")
                + ": wait for it to finish, or give this run other --report and --results paths");
        }
        FileStream file;
        // .NET takes a flock of its own when it opens a file: a held lock already shows here (EWOULDBLOCK).
        try { file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete); }
        catch (IOException e) when (e.HResult == EWOULDBLOCK) { throw Busy(); }
        try
        {
            if (!TryLock(file)) throw Busy();
            // Who holds it goes beside the lock file, which others cannot open while it is held.
            File.WriteAllText(owner, holder + "\n");
            return new FolderLock(file, owner);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    private static bool TryLock(FileStream file)
    {
        if (OperatingSystem.IsWindows()) return true;   // FileShare already excludes a second writer there
        var added = false;
        try
        {
            file.SafeFileHandle.DangerousAddRef(ref added);
            if (Flock((int)file.SafeFileHandle.DangerousGetHandle(), LOCK_EX | LOCK_NB) == 0) return true;
            var errno = Marshal.GetLastPInvokeError();
            return errno == EWOULDBLOCK ? false : throw new IOException($"cannot lock {file.Name}: {Marshal.GetPInvokeErrorMessage(errno)}");
        }
        finally { if (added) file.SafeFileHandle.DangerousRelease(); }
    }

    private static string ReadOwner(string path)
    {
        try { return File.Exists(path) ? File.ReadAllText(path).Trim() : ""; }
        catch (IOException) { return ""; }
    }

    /// <summary>Releases the lock (closing the file is what releases a flock). The lock file itself stays:
    /// removing it could let two runs lock two different files of the same name.</summary>
    public void Dispose()
    {
        try { File.Delete(_owner); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        _file.Dispose();
    }
}
