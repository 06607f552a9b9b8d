namespace Clysm.Runtime.Engine;

/// <summary>No usable engine of the name asked for on this machine (exit code 3: a missing dependency).</summary>
public sealed class EngineUnavailableException(string message) : Exception(message)
{
    public ExitCode ExitCode => ExitCode.EXIT_MISSING_DEP;
}
