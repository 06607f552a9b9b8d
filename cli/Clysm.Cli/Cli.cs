using System.Diagnostics;
using System.Globalization;
using Clysm.Conformance.CommandLine;
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Outputs;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Conformance.Stages;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Wasm;
using Clysm.Runtime;

namespace Clysm.Cli;

/// <summary>clysm-conformance: run the corpus through a stage, inspect modules, show the trend.</summary>
public static class Cli
{
    private const string MainUsage = """
        usage: clysm-conformance <command> [options]

        commands:
          run        compile and run the corpus through a stage, write the report
          inspect    describe a wasm module and check it against the host contract
          history    print the trend of past runs and write an SVG chart
          corpus     corpus stats | corpus check
          exec       run one module against the host and print its output, value and exit code
          gate       apply an expectations file to a report: new failures, expected failures, unexpected passes
          bless      rewrite an expectations file from a report
          compare    compare two reports: regressions first, newly passing, coverage change
          export     write a report as JUnit XML, JSON lines, Markdown or a self-contained HTML page

        'clysm-conformance <command> --help' describes each command.
        exit codes: 0 all passed, 1 partial, 2 failure, 3 stage or tool missing, 77 everything skipped
        """;

    private const string RunUsage = """
        usage: clysm-conformance run [options]

        stage (default: $CLYSM_STAGE, else the reference stage):
          --stage reference|wasm|command
          --stage-module PATH       Stage N module (default dist/clysm-stage1.wasm; $CLYSM_STAGE_MODULE)
          --stage-command TEMPLATE  command with {input} and {output}, e.g. "sbcl --script c.lisp {input} {output}"
                                    ($CLYSM_STAGE_COMMAND)
          --stage-version VERSION   stage_version for the report, e.g. stage1-v0.3 ($CLYSM_STAGE_VERSION)
        selection (repeatable, comma-separated lists allowed; * and ? in id patterns):
          --include ID-PATTERN      --exclude ID-PATTERN
          --category NAME           --exclude-category NAME
          --feature NAME            --exclude-feature NAME
        running:
          --corpus DIR              corpus directory (default: ./corpus, searched upwards)
          --jobs N                  parallel workers, each with its own engine (default: processor count)
          --timeout SECONDS         per-case run time limit (default 10)
        output:
          --report PATH             report JSON (default out/report.json), schema-checked, written atomically
          --results PATH            per-case JSON lines written as cases finish (default out/results.jsonl)
          --history PATH            history file to append to (default .clysm/history.jsonl)
          --no-history              do not append to the history
          --show-failures N         print the diffs of up to N failures (default 10)
          --quiet                   no progress display
        """;

    private const string InspectUsage = """
        usage: clysm-conformance inspect MODULE.wasm [--stage-module]

        Prints the module's types, imports and exports and checks them against the host contract
        (schemas/host-contract.json). --stage-module checks it as a Stage module (compile_form).
        Exit 0 when it conforms, 2 when it does not, 3 when the file is missing.
        """;

    private const string HistoryUsage = """
        usage: clysm-conformance history [--history PATH] [--svg PATH] [--all]

        Prints every recorded run of the whole corpus (coverage and passed/scored/total) and writes an
        SVG chart of coverage_pct over time, overall and per category (default out/history.svg).
        --all also includes runs made with filters (--category, --include, ...).
        """;

    private const string CorpusUsage = """
        usage: clysm-conformance corpus stats|check [--corpus DIR]

          stats   case counts by category and by module
          check   load every file and check every case (exit 2 naming file:line:column on a problem)
        """;

    private const string ExecUsage = """
        usage: clysm-conformance exec MODULE.wasm [options]

        Runs one case module against the host runtime (clysm:io, clysm:fs, clysm:runtime, clysm:math) on
        the engine $CLYSM_ENGINE names (default v8): reads it, checks it against the host contract,
        calls the export, and prints what the module
        wrote (its stdout to stdout, its stderr to stderr), then one summary line on stderr:
        status, decoded value, host error or condition, and the host imports called.

          --export NAME         export to call (default _start)
          --stdin FILE          standard input from a file; - for this process's standard input
                                (default: empty)
          --stdin-text TEXT     standard input from the argument
          --sandbox DIR         root for clysm:fs paths (default: the current directory)
          --timeout SECONDS     wall-clock limit (default 10)
          --output-limit BYTES  cap on stdout and on stderr, each (default 1048576)

        exit codes: 0 returned, 2 invalid module, link error (contract mismatch), trap, timeout or
        output limit, 3 module file or engine missing
        """;

    public static int Execute(string[] argv, TextWriter stdout, TextWriter stderr)
    {
        if (argv.Length == 0 || argv[0] is "--help" or "-h" or "help")
        {
            stdout.WriteLine(MainUsage);
            return argv.Length == 0 ? (int)ExitCode.EXIT_FAILURE : 0;
        }
        var rest = argv.Skip(1).ToArray();
        var (usage, action) = argv[0] switch
        {
            "run" => (RunUsage, (Func<int>)(() => Run(rest, stdout, stderr))),
            "inspect" => (InspectUsage, () => Inspect(rest, stdout, stderr)),
            "history" => (HistoryUsage, () => HistoryCommand(rest, stdout)),
            "corpus" => (CorpusUsage, () => CorpusCommand(rest, stdout)),
            "exec" => (ExecUsage, () => Exec(rest, stdout, stderr)),
            "gate" => (GateCommands.GateUsage, () => GateCommands.Gate(rest, stdout, stderr)),
            "bless" => (GateCommands.BlessUsage, () => GateCommands.Bless(rest, stdout, stderr)),
            "compare" => (GateCommands.CompareUsage, () => GateCommands.Compare(rest, stdout, stderr)),
            "export" => (OutputCommands.ExportUsage, () => OutputCommands.Export(rest, stdout, stderr)),
            _ => (MainUsage, (Func<int>?)null),
        };
        if (action is null)
        {
            stderr.WriteLine($"clysm-conformance: unknown command {argv[0]}");
            stderr.WriteLine(MainUsage);
            return (int)ExitCode.EXIT_FAILURE;
        }
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            stdout.WriteLine(usage);
            return 0;
        }
        try
        {
            return action();
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"clysm-conformance {argv[0]}: {e.Message}");
            stderr.WriteLine(usage);
            return (int)ExitCode.EXIT_FAILURE;
        }
        catch (CorpusLoadException e)
        {
            stderr.WriteLine($"clysm-conformance: corpus error: {e.Message}");
            return (int)ExitCode.EXIT_FAILURE;
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException or EngineUnavailableException)
        {
            stderr.WriteLine($"clysm-conformance: {e.Message}");
            return (int)ExitCode.EXIT_MISSING_DEP;
        }
        catch (ReportSchemaException e)
        {
            stderr.WriteLine(e.Message);
            return (int)ExitCode.EXIT_FAILURE;
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"clysm-conformance {argv[0]}: {e.Message}");
            return (int)ExitCode.EXIT_FAILURE;
        }
    }

    // ---- run ------------------------------------------------------------------------------

    private static int Run(string[] argv, TextWriter stdout, TextWriter stderr)
    {
        var a = new Args(argv,
            new HashSet<string> { "--stage", "--stage-module", "--stage-command", "--stage-version", "--include", "--exclude", "--category",
                "--exclude-category", "--feature", "--exclude-feature", "--corpus", "--jobs", "--timeout", "--report", "--results", "--history", "--show-failures" },
            new HashSet<string> { "--no-history", "--quiet" });
        if (a.Positionals.Count > 0) throw new UsageException($"unexpected argument {a.Positionals[0]}");

        var selection = new StageSelection
        {
            Kind = a.Value("--stage"),
            ModulePath = a.Value("--stage-module"),
            Command = a.Value("--stage-command"),
            StageVersion = a.Value("--stage-version"),
        }.Over(StageSelection.FromEnvironment());
        var filter = new CaseFilter
        {
            IncludeIds = a.Values("--include"), ExcludeIds = a.Values("--exclude"),
            Categories = a.Values("--category"), ExcludeCategories = a.Values("--exclude-category"),
            Features = a.Values("--feature"), ExcludeFeatures = a.Values("--exclude-feature"),
        };
        var jobs = a.Int("--jobs", Environment.ProcessorCount);
        var timeout = TimeSpan.FromSeconds(a.Int("--timeout", 10));
        var reportPath = a.Value("--report") ?? "out/report.json";
        var resultsPath = a.Value("--results") ?? "out/results.jsonl";
        var historyPath = a.Flag("--no-history") ? null : a.Value("--history") ?? History.DefaultPath;
        var showFailures = a.Int("--show-failures", 10, min: 0);

        var corpus = CorpusLoader.Load(a.Value("--corpus") ?? FindCorpus());
        var cases = filter.Apply(corpus.Cases);
        using var stage = selection.Create();
        stdout.WriteLine($"stage: {stage.Description} ({stage.StageVersion})");
        stdout.WriteLine($"corpus: {corpus.Cases.Count} cases in {corpus.Modules.Count} modules; selected {cases.Count}; {jobs} job(s)");

        using var session = new ConformanceSession(stage, () => WasmRunner.Create(), timeout);
        var progress = a.Flag("--quiet") ? null : new ProgressDisplay(stdout, !Console.IsOutputRedirected && ReferenceEquals(stdout, Console.Out));
        // Ctrl+C stops taking new cases; the cases already run still make a (partial) report.
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        RunOutcome outcome;
        try
        {
            outcome = ConformanceRun.Run(cases, session, new RunOptions
            {
                Jobs = jobs,
                ResultsLogPath = resultsPath,
                OnCaseDone = progress is null ? null : (p, _) => progress.Update(p),
                Cancel = cancel.Token,
            });
        }
        finally { Console.CancelKeyPress -= onCancel; }
        progress?.Finish();
        if (cancel.IsCancellationRequested)
            stderr.WriteLine($"clysm-conformance: interrupted after {outcome.Results.Count} of {cases.Count} cases; the report covers those only");

        if (outcome.Preparation.Status == StageStatus.Missing)
        {
            stderr.WriteLine($"clysm-conformance: stage missing: {outcome.Preparation.Message}");
            return (int)ExitCode.EXIT_MISSING_DEP;
        }
        if (outcome.Preparation.Status != StageStatus.Compiled)
            stderr.WriteLine($"clysm-conformance: stage {(outcome.Preparation.Status == StageStatus.Skipped ? "skipped every case" : "failed")}: {outcome.Preparation.Message}");

        var report = ReportBuilder.Build(outcome.Results, corpus.Modules, new RunInfo
        {
            StageVersion = stage.StageVersion,
            Stage = new StageInfo { Kind = stage.Kind, Description = stage.Description, Sha256 = stage.Sha256 },
            EngineVersion = outcome.EngineVersion,
            Duration = outcome.Duration,
            Filters = filter.Describe(),
            CorpusFingerprint = CorpusSet.Fingerprint(cases),
        });
        ReportWriter.Write(report, reportPath);
        if (historyPath is not null) History.Append(historyPath, HistoryEntry.From(report));

        PrintSummary(stdout, report, outcome, showFailures);
        stdout.WriteLine($"report: {reportPath}; per-case results: {resultsPath}" + (historyPath is null ? "" : $"; history: {historyPath}"));
        var code = cancel.IsCancellationRequested ? ExitCode.EXIT_FAILURE : outcome.ExitCode;
        if (code == ExitCode.EXIT_SKIP) stderr.WriteLine(RunStatus.LoudMessage(report));
        return (int)code;
    }

    internal static void PrintSummary(TextWriter o, CompilationReport report, RunOutcome outcome, int showFailures)
    {
        var ci = CultureInfo.InvariantCulture;
        if (showFailures > 0)
            foreach (var r in outcome.Results.Where(r => r.Outcome is not (Outcome.Pass or Outcome.Skip)).Take(showFailures))
                o.WriteLine("FAIL " + r.Describe().Replace("\n", "\n     ") + "\n");

        o.WriteLine();
        o.WriteLine(string.Format(ci, "{0,-28} {1,6} {2,6} {3,6} {4,6} {5,9}", "category", "total", "pass", "fail", "skip", "coverage"));
        foreach (var c in report.Categories)
            o.WriteLine(string.Format(ci, "{0,-28} {1,6} {2,6} {3,6} {4,6} {5,8:0.00}%", c.Category, c.Total, c.Passed, c.Failed, c.Skipped, c.CoveragePct));
        var s = report.Summary;
        o.WriteLine(string.Format(ci, "{0,-28} {1,6} {2,6} {3,6} {4,6} {5,8:0.00}%", "all", s.TotalForms, s.Passed, s.Scored - s.Passed, s.Skipped, s.CoveragePct));
        if (report.TopBlockers.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("top blockers (fix these first):");
            foreach (var b in report.TopBlockers.Take(5))
                o.WriteLine($"  {b.Count,5} x {b.Outcome} at {b.Phase}: {b.Reason}  (e.g. {string.Join(", ", b.Examples)})");
        }
        o.WriteLine();
        o.WriteLine(s.ScoredLine());
        o.WriteLine(string.Format(ci, "{0} cases in {1:0.0} s ({2:0.0} cases/s), engine {3}", outcome.Results.Count, outcome.Duration.TotalSeconds,
            outcome.Duration.TotalSeconds > 0 ? outcome.Results.Count / outcome.Duration.TotalSeconds : 0, outcome.EngineVersion ?? "not started"));
    }

    /// <summary>./corpus, or the first corpus/ folder above the working directory.</summary>
    internal static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "corpus"))) return Path.Combine(dir.FullName, "corpus");
        throw new DirectoryNotFoundException("no corpus/ directory here or above; give one with --corpus DIR");
    }

    // ---- exec -----------------------------------------------------------------------------

    private static int Exec(string[] argv, TextWriter stdout, TextWriter stderr)
    {
        var a = new Args(argv, new HashSet<string> { "--export", "--stdin", "--stdin-text", "--sandbox", "--timeout", "--output-limit" }, new HashSet<string>());
        if (a.Positionals.Count != 1) throw new UsageException("exactly one MODULE.wasm is needed");
        var path = a.Positionals[0];
        byte[] bytes;
        try { WasmModule.Load(path); bytes = File.ReadAllBytes(path); }   // names a missing (3) or malformed (2) file
        catch (WasmLoadException e)
        {
            stderr.WriteLine($"clysm-conformance exec: {e.Message}");
            return (int)e.ExitCode;
        }
        var stdinFile = a.Value("--stdin");
        var stdinText = a.Value("--stdin-text") ?? (stdinFile == "-" ? Console.In.ReadToEnd() : "");
        var request = new InvocationRequest
        {
            Module = bytes,
            Export = a.Value("--export") ?? "_start",
            Stdin = stdinText,
            StdinFile = stdinFile == "-" ? null : stdinFile,
            SandboxRoot = a.Value("--sandbox") ?? Directory.GetCurrentDirectory(),
            Timeout = TimeSpan.FromSeconds(a.Int("--timeout", 10)),
            OutputLimitBytes = a.Int("--output-limit", 1 << 20),
        };
        InvocationResult r;
        try
        {
            using var engine = WasmRunner.Create();
            r = engine.Invoke(request);
            stderr.Flush();
            stdout.Write(r.Stdout);
            stdout.Flush();
            stderr.Write(r.Stderr);
            var what = r.Status == InvocationStatus.Returned ? "value " + r.Value : r.Message;
            var extra = r.Condition is { } c ? $"; condition {c.Type}: {c.Message}" : r.HostError is { } h && h.Message != r.Message ? $"; host error: {h.Message}" : "";
            var calls = r.ImportCalls.Count == 0 ? "none" : string.Join(", ", r.ImportCalls.Select(kv => $"{kv.Key} x{kv.Value}"));
            var status = System.Text.RegularExpressions.Regex.Replace(r.Status.ToString(), "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();   // "link error"
            stderr.WriteLine($"[exec] {status}: {what}{extra}; imports called: {calls}; {r.Duration.TotalMilliseconds:0.0} ms; engine {engine.EngineVersion}");
            if (r.WasmStack is { } stack) stderr.WriteLine(stack);
        }
        catch (EngineUnavailableException e)
        {
            stderr.WriteLine($"clysm-conformance exec: {e.Message}");
            return (int)e.ExitCode;
        }
        return (int)r.ExitCode;
    }

    // ---- inspect --------------------------------------------------------------------------

    private static int Inspect(string[] argv, TextWriter stdout, TextWriter stderr)
    {
        var a = new Args(argv, new HashSet<string>(), new HashSet<string> { "--stage-module" });
        if (a.Positionals.Count != 1) throw new UsageException("give exactly one module path");
        WasmModule module;
        try { module = WasmModule.Load(a.Positionals[0]); }
        catch (WasmLoadException e)
        {
            stderr.WriteLine($"clysm-conformance inspect: {e.Message}");
            return (int)e.ExitCode;
        }
        stdout.WriteLine(module.Describe());
        var report = ContractChecker.Check(module, HostContract.Default, a.Flag("--stage-module") ? ModuleRole.Stage : ModuleRole.Case);
        stdout.WriteLine(report.ToString());
        return (int)report.ExitCode;
    }

    // ---- history --------------------------------------------------------------------------

    private static int HistoryCommand(string[] argv, TextWriter stdout)
    {
        var a = new Args(argv, new HashSet<string> { "--history", "--svg" }, new HashSet<string> { "--all" });
        if (a.Positionals.Count > 0) throw new UsageException($"unexpected argument {a.Positionals[0]}");
        var path = a.Value("--history") ?? History.DefaultPath;
        var all = History.Read(path);
        // A filtered run covers other cases: mixing it into the trend would make a jump of nothing.
        var entries = a.Flag("--all") ? all : all.Where(e => e.WholeCorpus).ToList();
        stdout.Write(History.Trend(entries));
        if (entries.Count < all.Count)
            stdout.WriteLine($"{all.Count - entries.Count} run(s) with filters left out (--all includes them)");
        var svg = a.Value("--svg") ?? "out/history.svg";
        ReportWriter.WriteAtomically(svg, SvgChart.Render(entries));
        stdout.WriteLine($"chart: {svg} ({entries.Count} run(s) from {path})");
        return 0;
    }

    // ---- corpus ---------------------------------------------------------------------------

    private static int CorpusCommand(string[] argv, TextWriter stdout)
    {
        var a = new Args(argv, new HashSet<string> { "--corpus" }, new HashSet<string>());
        if (a.Positionals.Count != 1 || a.Positionals[0] is not ("stats" or "check"))
            throw new UsageException("say which: corpus stats or corpus check");
        var corpus = CorpusLoader.Load(a.Value("--corpus") ?? FindCorpus());
        if (a.Positionals[0] == "check")
        {
            stdout.WriteLine($"corpus ok: {corpus.Cases.Count} cases in {corpus.Modules.Count} modules");
            return 0;
        }
        stdout.WriteLine($"{"category",-28} {"cases",6}");
        foreach (var g in corpus.Cases.GroupBy(c => c.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
            stdout.WriteLine($"{g.Key,-28} {g.Count(),6}");
        stdout.WriteLine();
        stdout.WriteLine($"{"module",-40} {"cases",6}");
        foreach (var m in corpus.Modules)
            stdout.WriteLine($"{m,-40} {corpus.Cases.Count(c => c.Module == m),6}");
        stdout.WriteLine();
        // corpus/forms holds the Lisp form cases, corpus/io the I/O scenarios.
        foreach (var kind in corpus.Cases.GroupBy(c => c.Module.Split('/').Skip(1).FirstOrDefault() ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
            stdout.WriteLine($"{"corpus/" + kind.Key,-14} {kind.Count(),5} cases in {kind.Select(c => c.Category).Distinct().Count()} categories");
        stdout.WriteLine($"total: {corpus.Cases.Count} cases, {corpus.Cases.Select(c => c.Category).Distinct().Count()} categories, {corpus.Modules.Count} modules");
        return 0;
    }
}

/// <summary>A single updating line on a terminal; a plain line every few seconds otherwise.</summary>
internal sealed class ProgressDisplay(TextWriter o, bool tty)
{
    private readonly Stopwatch _since = Stopwatch.StartNew();
    private Progress? _last;

    public void Update(Progress p)
    {
        _last = p;
        var line = string.Format(CultureInfo.InvariantCulture, "{0}/{1} pass {2} fail {3} skip {4} ({5:0} cases/s)", p.Done, p.Total, p.Passed, p.Failed, p.Skipped, p.CasesPerSecond);
        if (tty)
        {
            if (_since.ElapsedMilliseconds < 100 && p.Done != p.Total) return;
            o.Write("\r" + line + "   ");
            _since.Restart();
        }
        else if (_since.ElapsedMilliseconds >= 5000)
        {
            o.WriteLine(line);
            _since.Restart();
        }
    }

    public void Finish()
    {
        if (tty && _last is not null) o.WriteLine();
    }
}
