namespace Clysm.TestSupport;

/// <summary>The checkout the tests run from.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Clysm.Conformance.sln"))) return d.FullName;
        throw new InvalidOperationException("cannot find Clysm.Conformance.sln above " + AppContext.BaseDirectory);
    }
}
