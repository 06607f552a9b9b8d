using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Clysm.Runtime;

namespace Clysm.Cli;

/// <summary>
/// A command with the two texts its help needs besides what System.CommandLine derives from its
/// options and arguments: the usage line (<c>usage: clysm-conformance gate REPORT [options]</c>) and the
/// prose after the option list (what it does in detail, exit codes).
/// </summary>
internal class DocumentedCommand(string name, string summary, string usage, string details = "") : Command(name, summary)
{
    /// <summary>"usage: clysm-conformance ..." as the first line of help and of a usage error.</summary>
    public string Usage { get; } = "usage: clysm-conformance " + usage;
    public string Details { get; } = details;

    /// <summary>The exit code of a missing file: 3 (a stage, module or tool missing) for the commands that
    /// run modules; 2 (bad input) for the commands that read reports and expectations.</summary>
    public ExitCode MissingFile { get; set; } = ExitCode.EXIT_MISSING_DEP;
}

/// <summary>Help: the usage line, then System.CommandLine's own help (description, arguments, options,
/// subcommands, all from the one definition), then the command's details.</summary>
internal sealed class UsageHelpAction(HelpAction builtIn) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var o = parseResult.InvocationConfiguration.Output;
        var command = parseResult.CommandResult.Command as DocumentedCommand;
        if (command is not null) o.WriteLine(command.Usage + "\n");
        builtIn.Invoke(parseResult);
        if (command is { Details.Length: > 0 }) o.WriteLine(command.Details.TrimEnd());
        return 0;
    }

    /// <summary>The whole help of <paramref name="command"/> as text (for a usage error on stderr).</summary>
    public static string Render(RootCommand root, Command command)
    {
        var path = new List<string>();
        for (var c = command; c is not null && c != root; c = Parent(root, c)) path.Insert(0, c.Name);
        var o = new StringWriter();
        root.Parse([.. path, "--help"]).Invoke(new InvocationConfiguration { Output = o, Error = o });
        return o.ToString().TrimEnd();
    }

    private static Command? Parent(Command from, Command child)
    {
        foreach (var sub in from.Subcommands)
        {
            if (sub == child) return from;
            if (Parent(sub, child) is { } p) return p;
        }
        return null;
    }
}
