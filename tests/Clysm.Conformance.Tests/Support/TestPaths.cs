using System.Diagnostics;
using Clysm.Runtime.Engine;

namespace Clysm.Conformance.Tests.Support;

/// <summary>Where the checkout, its corpus and its tools are, seen from the test assembly.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        // From the test binaries, else from this source file (builds outside the tree).
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(SourceFile())! })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "schemas")) && Directory.Exists(Path.Combine(dir.FullName, "corpus")))
                    return dir.FullName;
        throw new DirectoryNotFoundException("cannot find the checkout root (holding schemas/ and corpus/) above " + AppContext.BaseDirectory);
    });

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;

    public static string Root => RootLazy.Value;
    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>binaryen's wasm-as from tools/setup.sh, or null when it is not installed.</summary>
    public static string? WasmAs()
    {
        var bin = NodeLocator.ToolsBin();
        var path = bin is null ? Path.Combine(Root, ".tools/node/node_modules/.bin/wasm-as") : Path.Combine(bin, "wasm-as");
        return File.Exists(path) ? Path.GetFullPath(path) : null;
    }

    /// <summary>A fresh temporary directory, deleted by the returned handle.</summary>
    public static TempDir Temp() => new(Directory.CreateTempSubdirectory("clysm-conf-test-").FullName);
}

public sealed class TempDir(string path) : IDisposable
{
    public string Path { get; } = path;
    public string File(string name) => System.IO.Path.Combine(Path, name);
    public void Dispose()
    {
        try { Directory.Delete(Path, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Assembles WAT fixtures with binaryen (GC, exceptions and tail calls enabled, never --all-features).</summary>
public static class Wat
{
    private static readonly string[] Features =
    [
        "--enable-gc", "--enable-reference-types", "--enable-exception-handling", "--enable-tail-call", "--enable-multivalue",
        "--enable-bulk-memory", "--enable-sign-ext", "--enable-nontrapping-float-to-int", "--enable-mutable-globals",
    ];

    public static byte[] Assemble(string wat)
    {
        var wasmAs = TestPaths.WasmAs() ?? throw new InvalidOperationException("wasm-as not found: run ./tools/setup.sh");
        using var dir = TestPaths.Temp();
        File.WriteAllText(dir.File("m.wat"), wat);
        var psi = new ProcessStartInfo(wasmAs) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var f in Features) psi.ArgumentList.Add(f);
        psi.ArgumentList.Add(dir.File("m.wat"));
        psi.ArgumentList.Add("-o");
        psi.ArgumentList.Add(dir.File("m.wasm"));
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"wasm-as failed on fixture:\n{err}\n{wat}");
        return File.ReadAllBytes(dir.File("m.wasm"));
    }

    /// <summary>Assembles into a file and returns its path.</summary>
    public static string AssembleTo(string wat, string path)
    {
        File.WriteAllBytes(path, Assemble(wat));
        return path;
    }
}
