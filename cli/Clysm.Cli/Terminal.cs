namespace Clysm.Cli;

/// <summary>Where a command writes: its standard output and its error stream (a test passes string writers).</summary>
internal sealed record Terminal(TextWriter Out, TextWriter Err)
{
    /// <summary>Set by --verbose: an unexpected error also prints its stack trace.</summary>
    public bool Verbose { get; set; }
}

/// <summary>A command line that parses but makes no sense (two reports where one is needed): one line, the
/// command's usage, exit 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
