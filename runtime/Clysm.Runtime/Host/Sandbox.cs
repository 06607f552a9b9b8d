namespace Clysm.Runtime.Host;

/// <summary>A module path resolved inside the sandbox: its real path (no symbolic link in it) and what is there.</summary>
internal sealed record ResolvedPath(string FullPath, FileKind Kind);

/// <summary>
/// Resolves module paths inside one root directory, component by component against the real file
/// system, the way the kernel would, so that no path string can mean something else on disk:
/// <list type="bullet">
/// <item>"." and ".." are applied to the real directory reached so far; ".." above the root is refused.</item>
/// <item>A symbolic link is followed (at most 40 in one path) and its target resolved the same way
/// from the link's directory; a target that leads outside the root is refused, whether or not it
/// exists, so a dangling link can never make the host create a file outside.</item>
/// <item>Every lookup is made on a real path inside the root: nothing outside is ever examined, so
/// errors tell a module nothing about the rest of the machine.</item>
/// </list>
/// The caller opens the <see cref="ResolvedPath.FullPath"/> it gets and checks the opened file again
/// (<see cref="HostSession"/>), which closes the window in which a link could be swapped in.
/// </summary>
internal sealed class Sandbox
{
    private const int MaxLinks = 40;
    /// <summary>Longer paths are refused, as the kernel refuses them (PATH_MAX).</summary>
    public const int MaxPathLength = 4096;

    private readonly string _root;
    private readonly string _prefix;             // the root with one trailing separator

    /// <param name="root">An existing directory; links in it are resolved once, here.</param>
    /// <exception cref="DirectoryNotFoundException">the root does not exist or is not a directory.</exception>
    public Sandbox(string root)
    {
        var full = Path.GetFullPath(root);
        if (!Directory.Exists(full)) throw new DirectoryNotFoundException($"sandbox root {full} does not exist or is not a directory");
        _root = RealPath(full);
        _prefix = _root == "/" ? "/" : _root + "/";
    }

    /// <summary>The real path of the root (no links, no trailing separator).</summary>
    public string Root => _root;

    /// <summary>The real path a module path names inside the root (created or not).</summary>
    /// <exception cref="HostErrorException">the path is malformed or leaves the root.</exception>
    public string Resolve(string op, string path) => Walk(op, path).FullPath;

    internal ResolvedPath Walk(string op, string path)
    {
        if (path.Length == 0) throw Refuse(op, path, "empty path");
        if (path.Contains('\0')) throw Refuse(op, path, "path contains a NUL character");
        if (path.Length > MaxPathLength) throw Refuse(op, path, $"path is longer than {MaxPathLength} characters");
        if (Path.IsPathRooted(path)) throw Refuse(op, path, "absolute paths are refused (sandbox)");

        // Climbing above the root as written is named as such, whatever exists on the way.
        var depth = 0;
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            depth += part == ".." ? -1 : 1;
            if (depth < 0) throw Refuse(op, path, "path leaves the sandbox root");
        }

        var pending = new LinkedList<string>(path.Split('/'));
        var below = new List<string>();          // real components below the root reached so far
        var links = 0;
        string? via = null;                      // the first link followed, for messages
        var kind = FileKind.Directory;
        while (pending.First is { } first)
        {
            var part = first.Value;
            pending.RemoveFirst();
            if (kind != FileKind.Directory)
                throw Refuse(op, path, kind == FileKind.Missing ? "a directory on the path does not exist" : "a component of the path is not a directory");
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (below.Count == 0) throw Refuse(op, path, "path leaves the sandbox root" + Through(via));
                below.RemoveAt(below.Count - 1);
                kind = FileKind.Directory;
                continue;
            }
            var here = Join(below, part);
            kind = Kind(op, path, here);
            if (kind != FileKind.SymbolicLink)
            {
                below.Add(part);
                continue;
            }
            if (++links > MaxLinks) throw Refuse(op, path, "too many levels of symbolic links");
            via ??= string.Join('/', below.Append(part));
            var target = new FileInfo(here).LinkTarget ?? throw Refuse(op, path, "a symbolic link could not be read");
            if (Path.IsPathRooted(target))
            {
                // An absolute target is followed only when it names a path under the root's real path.
                if (!Contains(target))
                    throw Refuse(op, path, "path leaves the sandbox root" + Through(via));
                below.Clear();
                target = target == _root ? "" : target[_prefix.Length..];
            }
            var targetParts = target.Split('/');
            for (var i = targetParts.Length - 1; i >= 0; i--) pending.AddFirst(targetParts[i]);
            kind = FileKind.Directory;             // resolution goes on from the link's directory
        }
        return new ResolvedPath(below.Count == 0 ? _root : _prefix + string.Join('/', below), kind);
    }

    private string Join(List<string> below, string last) => _prefix + string.Join('/', below.Append(last));

    /// <summary>True when a real path lies inside the root (or is the root).</summary>
    internal bool Contains(string realPath) => realPath == _root || realPath.StartsWith(_prefix, StringComparison.Ordinal);

    private static FileKind Kind(string op, string path, string full)
    {
        try { return FileKinds.Of(full); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Refuse(op, path, e.Message);
        }
    }

    private static string Through(string? link) => link is null ? "" : $" (through the symbolic link {link})";

    private static HostErrorException Refuse(string op, string path, string reason) => FdTable.Error(op, null, path, reason);

    /// <summary>The path with every symbolic link resolved (the root itself may sit behind links).</summary>
    private static string RealPath(string full)
    {
        var real = "/";
        var pending = new LinkedList<string>(full.Split('/'));
        for (var links = 0; pending.First is { } first;)
        {
            var part = first.Value;
            pending.RemoveFirst();
            if (part is "" or ".") continue;
            if (part == "..") { real = Path.GetDirectoryName(real) ?? "/"; continue; }
            var next = Path.Join(real, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null) { real = next; continue; }
            if (++links > MaxLinks) throw new DirectoryNotFoundException($"sandbox root {full}: too many levels of symbolic links");
            if (Path.IsPathRooted(target)) real = "/";
            var parts = target.Split('/');
            for (var i = parts.Length - 1; i >= 0; i--) pending.AddFirst(parts[i]);
        }
        return real;
    }
}
