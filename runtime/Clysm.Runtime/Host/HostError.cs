namespace Clysm.Runtime.Host;

/// <summary>
/// A host-side failure of a clysm:io / clysm:fs call: which operation, on which descriptor and
/// path, and why. The module sees it as a trap with <see cref="Message"/>.
/// </summary>
public sealed record HostError(string Operation, int? Fd, string? Path, string Reason)
{
    public string Message =>
        $"{Operation}: " + (Fd is { } fd ? $"fd {fd}" + (Path is null ? "" : $" ({Shown(Path)})") + ": " : Path is null ? "" : $"{Shown(Path)}: ") + Reason;

    /// <summary>A path as messages show it: a very long one is cut in the middle, so a module cannot
    /// make one message megabytes long.</summary>
    public static string Shown(string path) =>
        path.Length <= 300 ? path : $"{path[..200]}…({path.Length - 260} characters left out)…{path[^60..]}";

    public override string ToString() => Message;
}

/// <summary>Thrown by host functions; caught at the engine boundary and turned into a trap.</summary>
public sealed class HostErrorException(HostError error) : Exception(error.Message)
{
    public HostError Error { get; } = error;
}
