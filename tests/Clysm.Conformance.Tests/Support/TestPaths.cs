
namespace Clysm.Conformance.Tests.Support;

/// <summary>Where the checkout, its corpus and its tools are, seen from the test assembly.</summary>
public static class TestPaths
{
    public static string Root => Repo.Root;
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
