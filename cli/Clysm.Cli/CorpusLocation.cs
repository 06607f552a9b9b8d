namespace Clysm.Cli;

/// <summary>Where the corpus is when --corpus is not given.</summary>
internal static class CorpusLocation
{
    /// <summary>The corpus an installed tool carries (beside its program), else ./corpus or the first
    /// corpus/ folder above the working directory (a checkout of the suite).</summary>
    public static string Find()
    {
        var packaged = Path.Combine(AppContext.BaseDirectory, "corpus");
        if (Directory.Exists(packaged)) return packaged;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "corpus"))) return Path.Combine(dir.FullName, "corpus");
        throw new DirectoryNotFoundException("no corpus/ directory here or above; give one with --corpus DIR");
    }

    public static string Find(string? given) => given ?? Find();
}
