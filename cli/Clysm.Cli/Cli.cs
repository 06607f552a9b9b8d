using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using Clysm.Cli.Commands;
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Runtime;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Host;

namespace Clysm.Cli;

/// <summary>
/// clysm-conformance: the command tree (one file per command under Commands/, each defining its
/// options once on System.CommandLine, which parses, prints help, reports errors and completes), and
/// the one place where an error becomes a line on stderr and an exit code. The libraries return
/// results and throw; only this project writes to the console.
/// </summary>
public static class Cli
{
    public static int Execute(string[] argv, TextWriter stdout, TextWriter stderr)
    {
        var terminal = new Terminal(stdout, stderr);
        var root = Build(terminal);
        if (argv.Length == 0)
        {
            stdout.WriteLine(UsageHelpAction.Render(root, root));
            return (int)ExitCode.EXIT_FAILURE;
        }
        var parse = root.Parse(argv);
        terminal.Verbose = parse.GetValue(Verbose);
        var command = parse.CommandResult.Command;
        // Messages name the top-level command (`corpus`, not `stats`): the word the user typed first.
        var top = TopLevel(parse, root);
        var name = top is null ? "" : " " + top.Name;
        if (parse.Errors.Count > 0 && parse.Action is not UsageHelpAction)
        {
            stderr.WriteLine(Printable.ErrorLine($"clysm-conformance{name}: {Describe(parse, root)}", argv));
            stderr.WriteLine(UsageHint(root, command));
            return (int)ExitCode.EXIT_FAILURE;
        }
        int Error(string message, ExitCode code = ExitCode.EXIT_FAILURE)
        {
            stderr.WriteLine(Printable.ErrorLine(message, argv));
            return (int)code;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            Error($"clysm-conformance{name}: {e.Message}");
            stderr.WriteLine(UsageHint(root, command));
            return (int)ExitCode.EXIT_FAILURE;
        }
        catch (CorpusLoadException e) { return Error($"clysm-conformance: corpus error: {e.Message}"); }
        catch (DictionaryFormatException e) { return Error($"clysm-conformance: dictionary error: {e.Message}"); }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            return Error($"clysm-conformance{name}: {e.Message}", (top as DocumentedCommand)?.MissingFile ?? ExitCode.EXIT_MISSING_DEP);
        }
        catch (EngineUnavailableException e) { return Error($"clysm-conformance{name}: {e.Message}", ExitCode.EXIT_MISSING_DEP); }
        catch (ReportSchemaException e) { return Error(e.Message); }
        catch (ExpectationsFormatException e) { return Error($"clysm-conformance{name}: bad expectations file: {e.Message}"); }
        catch (Exception e) when (e is ReportLoadException or ReportMergeException or ArgumentException)
        {
            return Error($"clysm-conformance{name}: {e.Message}");
        }
        // What a command can expect to meet: another run in the folder, an unusable input for the host,
        // a damaged file (named by file:line), a file or folder that cannot be read or written.
        catch (Exception e) when (e is RunFolderBusyException or HostErrorException or InvalidDataException
                                    or IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            return Error($"clysm-conformance{name}: {e.Message}");
        }
        catch (Exception e)
        {
            // A bug of the suite: still one line, and the trace on request.
            Error($"clysm-conformance{name}: internal error: {e.GetType().Name}: {e.Message}"
                  + (terminal.Verbose ? "" : " (rerun with --verbose for the stack trace)"));
            if (terminal.Verbose) stderr.WriteLine(e.ToString());
            return (int)ExitCode.EXIT_FAILURE;
        }
    }

    /// <summary>--verbose, on every command.</summary>
    private static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "on an unexpected error, print its stack trace too, not only its one line",
        Recursive = true,
        Arity = ArgumentArity.Zero,
    };

    /// <summary>The whole command tree (also what completion walks).</summary>
    internal static RootCommand Build(Terminal t)
    {
        var root = new RootCommand("""
            clysm-conformance: the Clysm conformance suite. Runs the corpus through a stage (the compiler under
            test), on WebAssembly GC engines, against the suite's host; writes the report, gates it against
            expectations, merges shards, exports CI outputs.
            exit codes: 0 all passed, 1 partial, 2 failure, 3 stage or tool missing, 77 everything skipped
            """);
        root.Options.Add(Verbose);
        foreach (var command in new Command[]
                 {
                     RunCommand.Create(t), MergeCommand.Create(t), ExecCommand.Create(t), InspectCommand.Create(t),
                     HistoryCommand.Create(t), CorpusCommand.Create(t), GateCommand.Create(t), BlessCommand.Create(t),
                     CompareCommand.Create(t), ExportCommand.Create(t), ReportCommand.Create(t),
                 })
            root.Subcommands.Add(command);
        foreach (var argument in Walk(root).SelectMany(c => c.Arguments)) argument.Validators.Add(NoOptionLike);
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new UsageHelpAction((HelpAction)help.Action!);
        return root;
    }

    /// <summary>After a usage error: the command's usage line and where its help is, not the whole help page.</summary>
    private static string UsageHint(RootCommand root, Command command)
    {
        var path = new List<string>();
        for (var c = command; c != root; c = Walk(root).First(p => p.Subcommands.Contains(c))) path.Insert(0, c.Name);
        var usage = command is DocumentedCommand d ? d.Usage : "usage: clysm-conformance <command> [options]";
        return $"{usage}\n(clysm-conformance {string.Join(" ", path)}{(path.Count > 0 ? " " : "")}--help lists every option)";
    }

    private static IEnumerable<Command> Walk(Command c) => c.Subcommands.SelectMany(Walk).Prepend(c);

    /// <summary>The first-level command the parse went into (null for the root itself).</summary>
    private static Command? TopLevel(ParseResult parse, RootCommand root)
    {
        SymbolResult? r = parse.CommandResult;
        Command? top = null;
        for (; r is CommandResult c && c.Command != root; r = r.Parent) top = c.Command;
        return top;
    }

    /// <summary>A word like --bogus is an unknown option, never a file name given to an argument
    /// ("-" alone stays a value: standard input or output).</summary>
    private static void NoOptionLike(ArgumentResult r)
    {
        foreach (var token in r.Tokens)
            if (token.Value.Length > 1 && token.Value.StartsWith('-'))
            {
                r.AddError($"unknown option {token.Value}");
                return;
            }
    }

    /// <summary>The first parse error as the suite words it: "unknown option --jobz", "unknown command x".</summary>
    private static string Describe(ParseResult parse, RootCommand root)
    {
        if (parse.UnmatchedTokens.Count > 0)
        {
            var token = parse.UnmatchedTokens[0];
            if (token.StartsWith('-')) return $"unknown option {token}";
            return parse.CommandResult.Command == root ? $"unknown command {token}" : $"unexpected argument {token}";
        }
        return parse.Errors[0].Message;
    }
}
