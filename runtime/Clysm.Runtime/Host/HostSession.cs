using Clysm.Runtime.Engine;

namespace Clysm.Runtime.Host;

/// <summary>
/// The host state of one invocation and the host functions that act on it: clysm:io,
/// clysm:fs and clysm:runtime. Engines call these; everything the host does lives here,
/// in C#, so every engine behaves the same. Any failure is a <see cref="HostErrorException"/>
/// naming operation, descriptor, path and reason, and is remembered as <see cref="LastError"/>.
/// Disposing closes every descriptor the invocation opened, so everything written is on disk.
/// </summary>
internal sealed class HostSession : IDisposable
{
    private readonly Sandbox? _sandbox;
    private readonly Dictionary<string, int> _calls = new();
    private readonly InvocationBudget _budget;
    private int _opens;

    /// <exception cref="HostErrorException">the stdin file or the sandbox root cannot be used
    /// (missing, not a regular file, not a directory): the caller's input, not the module's doing.</exception>
    public HostSession(InvocationRequest request)
    {
        _budget = new InvocationBudget(request.Limits, request.Timeout);
        Stdout = new CapturedOutput(request.OutputLimitBytes);
        Stderr = new CapturedOutput(request.OutputLimitBytes);
        try { _sandbox = request.SandboxRoot is { } root ? new Sandbox(root) : null; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HostErrorException(new HostError("sandbox", null, request.SandboxRoot, e.Message));
        }
        var stdin = request.StdinFile is { } f
            ? new CharReader(OpenStdinFile(f), _budget)
            : CharReader.FromText(request.Stdin);
        Fds = new FdTable(stdin, Stdout, Stderr);
    }

    public FdTable Fds { get; }
    public CapturedOutput Stdout { get; }
    public CapturedOutput Stderr { get; }
    public HostError? LastError { get; private set; }
    public ConditionInfo? Condition { get; private set; }
    public IReadOnlyDictionary<string, int> Calls => _calls;
    /// <summary>The module's output reached a cap: stdout or stderr (<see cref="InvocationRequest.OutputLimitBytes"/>)
    /// or the bytes written to files (<see cref="HostLimits.FileWriteBytes"/>). The run ends; <see cref="LimitReached"/> says which.</summary>
    public bool OutputLimitHit => Stdout.LimitHit || Stderr.LimitHit || _budget.FileWriteLimitHit;
    /// <summary>Which output cap was reached, as the result's message should say it; null when none.</summary>
    public string? LimitReached =>
        Stdout.LimitHit || Stderr.LimitHit ? $"output limit of {Stdout.LimitBytes} bytes reached"
        : _budget.FileWriteLimitHit ? _budget.FileWriteLimitMessage : null;

    // ---- clysm:io ----------------------------------------------------------------------

    public void WriteChar(int fd, int codePoint)
    {
        const string op = "clysm:io write-char";
        Count(op);
        var d = Guard(() => Fds.ForWriting(op, fd));
        if (codePoint is < 0 or > 0x10FFFF or >= 0xD800 and <= 0xDFFF)
            throw Fail(op, fd, d.Path, $"invalid code point {codePoint} (not a Unicode scalar value)");
        Guard(() => d.Writer!.Write(char.ConvertFromUtf32(codePoint)), op, d);
    }

    public void WriteString(int fd, string? text)
    {
        const string op = "clysm:io write-string";
        Count(op);
        var d = Guard(() => Fds.ForWriting(op, fd));
        if (text is null) throw Fail(op, fd, d.Path, "the string is null");
        Guard(() => d.Writer!.Write(text), op, d);
    }

    /// <summary>The next code point, or -1 at end of file.</summary>
    public int ReadChar(int fd)
    {
        const string op = "clysm:io read-char";
        Count(op);
        var d = Guard(() => Fds.ForReading(op, fd));
        return Guard(() => d.Reader!.ReadChar(), op, d);
    }

    /// <summary>The next line without its newline, or null at end of file.</summary>
    public string? ReadLine(int fd)
    {
        const string op = "clysm:io read-line";
        Count(op);
        var d = Guard(() => Fds.ForReading(op, fd));
        return Guard(() => d.Reader!.ReadLine(), op, d);
    }

    // ---- clysm:fs ----------------------------------------------------------------------

    /// <summary>CL's OPEN: a descriptor ≥ 3, or -1 where OPEN returns NIL. Only regular files inside
    /// the sandbox can be opened (<see cref="Sandbox"/> for links); a FIFO, a device or a socket is
    /// refused before it is opened, since opening or reading one can block the host.</summary>
    public int Open(string? path, int direction, int ifExists, int ifDoesNotExist)
    {
        const string op = "clysm:fs open";
        Count(op);
        if (path is null) throw Fail(op, null, null, "the path is null");
        if (_sandbox is null) throw Fail(op, null, path, "file access is not allowed in this invocation (no sandbox root)");
        if (direction is < 0 or > 2) throw Fail(op, null, path, $"invalid direction code {direction}");
        if (!Enum.IsDefined(typeof(IfExists), ifExists)) throw Fail(op, null, path, $"invalid if-exists code {ifExists}");
        if (!Enum.IsDefined(typeof(IfDoesNotExist), ifDoesNotExist)) throw Fail(op, null, path, $"invalid if-does-not-exist code {ifDoesNotExist}");
        Guard(() => { _budget.CheckDeadline(); return 0; }, op, null, path);
        if (++_opens > _budget.Limits.Opens)
            throw Fail(op, null, path, $"too many opens: {_budget.Limits.Opens} calls of open per invocation is the limit");
        if (Fds.OpenFiles >= _budget.Limits.OpenFiles)
            throw Fail(op, null, path, $"too many open files: {_budget.Limits.OpenFiles} descriptors open at once is the limit per invocation");
        var resolved = Guard(() => _sandbox.Walk(op, path));
        var dir = (StreamDirection)direction;
        var full = resolved.FullPath;
        switch (resolved.Kind)
        {
            case FileKind.Directory: throw Fail(op, null, path, "is a directory");
            case FileKind.Missing or FileKind.Regular: break;
            default: throw Fail(op, null, path, $"not a regular file ({FileKinds.Describe(resolved.Kind)}): only regular files can be opened");
        }
        var exists = resolved.Kind == FileKind.Regular;

        FileMode mode;
        var seekEnd = false;
        var truncate = false;
        if (!exists)
        {
            switch ((IfDoesNotExist)ifDoesNotExist)
            {
                case IfDoesNotExist.Nil: return -1;
                case IfDoesNotExist.Error: throw Fail(op, null, path, "file does not exist");
            }
            // CreateNew (O_EXCL) never follows a link that appeared since the path was resolved.
            // It cannot be combined with read-only access: an input stream creates first.
            if (dir == StreamDirection.Input) Guard(() => { new FileStream(full, FileMode.CreateNew, FileAccess.Write).Dispose(); return 0; }, op, null, path);
            mode = dir == StreamDirection.Input ? FileMode.Open : FileMode.CreateNew;
        }
        else if (dir == StreamDirection.Input) mode = FileMode.Open;
        else
        {
            switch ((IfExists)ifExists)
            {
                case IfExists.Nil: return -1;
                case IfExists.Error: throw Fail(op, null, path, "file exists (if-exists :error)");
                case IfExists.Append: mode = FileMode.Open; seekEnd = true; break;
                case IfExists.Overwrite: mode = FileMode.Open; break;
                default: mode = FileMode.Open; truncate = true; break;     // supersede, new-version, rename, rename-and-delete
            }
        }
        var access = dir switch { StreamDirection.Input => FileAccess.Read, StreamDirection.Output => FileAccess.Write, _ => FileAccess.ReadWrite };
        var fs = Guard(() => new FileStream(full, mode, access, FileShare.ReadWrite), op, null, path);
        try
        {
            // Checked again on the open file, before anything is truncated or written: what was
            // resolved may have been replaced by a link or a special file in between.
            if (OpenedElsewhere(fs) is { } problem) throw Fail(op, null, path, problem);
            if (truncate) Guard(() => { fs.SetLength(0); return 0; }, op, null, path);
            if (seekEnd) fs.Seek(0, SeekOrigin.End);
        }
        catch
        {
            fs.Dispose();
            throw;
        }
        return Fds.Add(path, dir, fs, _budget);
    }

    /// <summary>Null when the open file is a regular file inside the sandbox, else why not.</summary>
    private string? OpenedElsewhere(FileStream fs)
    {
        if (FileKinds.Of(fs.SafeFileHandle) is { } kind && kind != FileKind.Regular)
            return $"not a regular file ({FileKinds.Describe(kind)}): only regular files can be opened";
        if (!OperatingSystem.IsLinux()) return null;
        string? real;
        try { real = new FileInfo($"/proc/self/fd/{fs.SafeFileHandle.DangerousGetHandle()}").LinkTarget; }
        catch (IOException) { return null; }      // no /proc: the resolution already checked the path
        if (real is null) return null;
        if (real.EndsWith(" (deleted)", StringComparison.Ordinal)) real = real[..^10];
        return _sandbox!.Contains(real) ? null : "the file was replaced while it was opened and now lies outside the sandbox root";
    }

    public void Close(int fd)
    {
        const string op = "clysm:fs close";
        Count(op);
        if (fd == -1) return;                          // closing NIL
        Guard(() => { Fds.Close(op, fd); return 0; });
    }

    /// <summary>The rest of the file; null for the -1 descriptor (a file OPEN did not open).</summary>
    public string? ReadAll(int fd)
    {
        const string op = "clysm:fs read-all";
        Count(op);
        if (fd == -1) return null;
        var d = Guard(() => Fds.ForReading(op, fd));
        return Guard(() => d.Reader!.ReadAll(), op, d);
    }

    public void WriteAll(int fd, string? text)
    {
        const string op = "clysm:fs write-all";
        Count(op);
        var d = Guard(() => Fds.ForWriting(op, fd));
        if (text is null) throw Fail(op, fd, d.Path, "the string is null");
        Guard(() => d.Writer!.Write(text), op, d);
    }

    // ---- clysm:runtime -----------------------------------------------------------------

    /// <summary>Records the module's unhandled condition and ends the run with a trap.</summary>
    public HostErrorException UnhandledCondition(string? type, string? message)
    {
        Count("clysm:runtime unhandled-condition");
        Condition = new ConditionInfo((type ?? "ERROR").ToUpperInvariant(), message ?? "");
        return new HostErrorException(new HostError("unhandled condition", null, null, $"{Condition.Type}: {Condition.Message}"));
    }

    /// <summary>The code of a keyword given by name ("supersede"), for imports that pass names.</summary>
    public static int KeywordCode(string op, string kind, string? name)
    {
        var n = (name ?? "").Trim().TrimStart(':').ToLowerInvariant();
        int? code = kind switch
        {
            "direction" => n switch { "input" => 0, "output" => 1, "io" => 2, _ => null },
            "if-exists" => Enum.TryParse<IfExists>(n.Replace("-", ""), true, out var e) ? (int)e : null,
            "if-does-not-exist" => Enum.TryParse<IfDoesNotExist>(n.Replace("-", ""), true, out var d) ? (int)d : null,
            _ => null,
        };
        return code ?? throw new HostErrorException(new HostError(op, null, null, $"unknown {kind} keyword \"{name}\""));
    }

    public void Dispose() => Fds.Dispose();

    // ---- helpers -----------------------------------------------------------------------

    private void Count(string op) => _calls[op] = _calls.TryGetValue(op, out var n) ? n + 1 : 1;

    /// <summary>Standard input from a file: a regular file only, since a FIFO or a device (/dev/zero)
    /// can block the host or never end; its reads count against the read limit.</summary>
    private static FileStream OpenStdinFile(string path)
    {
        HostErrorException Refuse(string reason) => new(new HostError("stdin", 0, path, reason));
        FileStream fs;
        try
        {
            var info = new FileInfo(path);
            var kind = FileKinds.Of(info.LinkTarget is null ? path : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path);
            if (kind == FileKind.Missing) throw Refuse("no such file");
            if (kind != FileKind.Regular) throw Refuse($"not a regular file ({FileKinds.Describe(kind)}): standard input must be a regular file");
            fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Refuse(e.Message);
        }
        if (FileKinds.Of(fs.SafeFileHandle) is { } opened && opened != FileKind.Regular)
        {
            fs.Dispose();
            throw Refuse($"not a regular file ({FileKinds.Describe(opened)}): standard input must be a regular file");
        }
        return fs;
    }

    private HostErrorException Fail(string op, int? fd, string? path, string reason)
    {
        var e = FdTable.Error(op, fd, path, reason);
        LastError = e.Error;
        return e;
    }

    private T Guard<T>(Func<T> f)
    {
        try { return f(); }
        catch (HostErrorException e) { LastError = e.Error; throw; }
    }

    /// <summary>The deadline, checked at the start of every call that reads or writes.</summary>
    private void CheckDeadline(string op, int? fd, string? path) => Guard(() => { _budget.CheckDeadline(); return 0; }, op, fd, path);

    private void Guard(Action f, string op, FileDescriptor d) => Guard(() => { f(); return 0; }, op, d);

    private T Guard<T>(Func<T> f, string op, FileDescriptor d) => Guard(f, op, d.Id, d.Path);

    // I/O failures of the machine (disk full, invalid UTF-8 in a file) become host errors too.
    private T Guard<T>(Func<T> f, string op, int? fd, string? path)
    {
        try { return f(); }
        catch (HostErrorException e) { LastError = e.Error; throw; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.DecoderFallbackException or BudgetException)
        {
            throw Fail(op, fd, path, e.Message);
        }
    }

    private enum IfExists { Error = 0, Supersede = 1, Append = 2, Overwrite = 3, Rename = 4, RenameAndDelete = 5, NewVersion = 6, Nil = 7 }
    private enum IfDoesNotExist { Error = 0, Create = 1, Nil = 2 }
}
