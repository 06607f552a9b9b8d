using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Clysm.Runtime.Engine.V8;

namespace Clysm.TestSupport;

/// <summary>
/// Assembles WAT test fixtures with binaryen's wasm-as (installed by tools/setup.sh), so no
/// binary fixture is committed. Results are cached per text for the life of the test run.
/// </summary>
public static class WasmAs
{
    // --all-features must not be used: it enables "compact imports", which every engine rejects.
    private static readonly string[] Features =
    [
        "--enable-gc", "--enable-reference-types", "--enable-exception-handling", "--enable-tail-call",
        "--enable-multivalue", "--enable-bulk-memory", "--enable-sign-ext",
        "--enable-nontrapping-float-to-int", "--enable-mutable-globals",
    ];

    private static readonly ConcurrentDictionary<string, byte[]> Cache = new();

    public static string ToolPath => Path.Combine(NodeLocator.ToolsBin() ?? throw new InvalidOperationException(
        "wasm-as is not installed: run ./tools/setup.sh"), "wasm-as");

    public static byte[] Assemble(string wat) => Cache.GetOrAdd(wat, AssembleUncached);

    /// <summary>Assembles into a file and returns its path.</summary>
    public static string AssembleTo(string wat, string path)
    {
        File.WriteAllBytes(path, Assemble(wat));
        return path;
    }

    /// <summary>A fixture file under tests/fixtures/wat.</summary>
    public static byte[] Fixture(string name) => Assemble(File.ReadAllText(Repo.PathOf("tests", "fixtures", "wat", name)));

    private static byte[] AssembleUncached(string wat)
    {
        var dir = Path.Combine(Path.GetTempPath(), "clysm-wat");
        Directory.CreateDirectory(dir);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(wat)))[..20];
        var src = Path.Combine(dir, hash + ".wat");
        var dst = Path.Combine(dir, hash + ".wasm");
        if (File.Exists(dst)) return File.ReadAllBytes(dst);
        // Unique scratch names: test assemblies run in parallel processes and may assemble the
        // same text at once; only the final rename to the shared cache name may collide.
        var tmp = $"{dst}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        src = $"{src}.{Environment.ProcessId}.{Guid.NewGuid():N}.wat";
        File.WriteAllText(src, wat);
        // wasm-as is a Node script ("#!/usr/bin/env node"): run it with the pinned Node, not
        // whatever `node` is first on PATH.
        var psi = new ProcessStartInfo(NodeLocator.Find()) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add(ToolPath);
        foreach (var a in Features) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add(src); psi.ArgumentList.Add("-o"); psi.ArgumentList.Add(tmp);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        File.Delete(src);
        if (p.ExitCode != 0) throw new InvalidOperationException("wasm-as failed:\n" + err + "\n" + wat);
        File.Move(tmp, dst, overwrite: true);
        return File.ReadAllBytes(dst);
    }
}
