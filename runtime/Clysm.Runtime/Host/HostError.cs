namespace Clysm.Runtime.Host;

/// <summary>
/// A host-side failure of a clysm:io / clysm:fs call: which operation, on which descriptor and
/// path, and why. The module sees it as a trap with <see cref="Message"/>.
/// </summary>
public sealed record HostError(string Operation, int? Fd, string? Path, string Reason)
{
    public string Message =>
        $"{Operation}: " + (Fd is { } fd ? $"fd {fd}" + (Path is null ? "" : $" ({Path})") + ": " : Path is null ? "" : $"{Path}: ") + Reason;

    public override string ToString() => Message;
}

/// <summary>Thrown by host functions; caught at the engine boundary and turned into a trap.</summary>
public sealed class HostErrorException(HostError error) : Exception(error.Message)
{
    public HostError Error { get; } = error;
}
