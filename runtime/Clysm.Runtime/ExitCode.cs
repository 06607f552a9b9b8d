namespace Clysm.Runtime;

/// <summary>The exit codes of the Stage 1 runtime data model (seed "ExitCode" table).</summary>
public enum ExitCode
{
    EXIT_SUCCESS = 0,
    EXIT_PARTIAL = 1,
    EXIT_FAILURE = 2,
    EXIT_MISSING_DEP = 3,
    EXIT_SKIP = 77,
}
