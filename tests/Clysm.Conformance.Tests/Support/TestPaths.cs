
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
