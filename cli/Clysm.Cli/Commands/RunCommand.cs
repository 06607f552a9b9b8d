using System.CommandLine;
using System.Runtime.InteropServices;
using Clysm.Conformance.Corpus;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Conformance.Stages;
using Clysm.Runtime;

namespace Clysm.Cli.Commands;

/// <summary>run: the corpus through a stage, on one engine or both, whole or one shard; the report.</summary>
internal static class RunCommand
{
    public static Command Create(Terminal t)
    {
        var stage = Options.Text("--stage", "reference, wasm or command (default: $CLYSM_STAGE, else the reference stage)", "KIND");
        stage.AcceptOnlyFromAmong("reference", "wasm", "command");
        var stageModule = Options.Text("--stage-module", "a Stage N module through its compile_form (default dist/clysm-stage1.wasm; $CLYSM_STAGE_MODULE)", "PATH");
        var stageCommand = Options.Text("--stage-command", "a command with {input} and {output} (also {id}, {diagnostics}), e.g. \"sbcl --script c.lisp {input} {output}\", "
            + "run without a shell, words split as a shell would, NAME=value first words set its environment ($CLYSM_STAGE_COMMAND; docs/stage-abi.md, \"Command stages\")", "TEMPLATE");
        var stageVersion = Options.Text("--stage-version", "stage_version for the report, e.g. stage1-v0.3 ($CLYSM_STAGE_VERSION)", "VERSION");
        var include = Options.List("--include", "run only cases whose id matches (* and ? allowed; repeatable, comma lists)", "ID-PATTERN");
        var exclude = Options.List("--exclude", "leave out cases whose id matches", "ID-PATTERN");
        var category = Options.List("--category", "run only these categories", "NAME");
        var excludeCategory = Options.List("--exclude-category", "leave out these categories", "NAME");
        var feature = Options.List("--feature", "run only cases with one of these features", "NAME");
        var excludeFeature = Options.List("--exclude-feature", "leave out cases with these features", "NAME");
        var corpus = Options.Corpus();
        var jobs = Options.Count("--jobs", "parallel workers, each with its own engine(s)", Environment.ProcessorCount);
        var timeout = Options.Count("--timeout", "per-case run time limit in seconds", 10, helpName: "SECONDS");
        var engine = Options.Engine();
        var shard = Options.Text("--shard", "run shard K of N of the selection (deterministic, balanced); its report records the shard, "
            + "`merge` joins the N reports; a shard appends nothing to the history", "K/N");
        var balanceFrom = Options.Text("--balance-from", "with --shard: balance the shards by the case durations of this earlier report "
            + "(default: by a stable hash of the case id)", "REPORT");
        var report = Options.Text("--report", "report JSON, schema-checked (default out/report.json)", "PATH");
        var results = Options.Text("--results", "per-case JSON lines (default out/results.jsonl); written to PATH.partial as cases finish, "
            + "moved into place with the report when the run ends", "PATH");
        var history = Options.Text("--history", $"history file to append to (default {History.DefaultPath})", "PATH");
        var noHistory = Options.Flag("--no-history", "do not append to the history");
        var showFailures = Options.Count("--show-failures", "print the diffs of up to N failures", 10, min: 0);
        var quiet = Options.Flag("--quiet", "no progress display");

        var command = new DocumentedCommand("run", "compile and run the corpus through a stage, write the report", "run [options]", """
            The report and results folders are locked for the run: a second run there is refused. A run
            that is killed or interrupted (Ctrl+C, SIGTERM) leaves the previous report and results as they
            were; its own partial results stay in PATH.partial (the next run keeps them as
            PATH.interrupted). Temporary folders live in .clysm-run/ beside the report.
            With --engine both every case module runs on V8 and on Wasmtime and the two runs are compared
            (outcome, value, stdout, stderr, condition, files): a difference is the outcome disagreement.
            exit codes: 0 all passed, 1 partial, 2 failure, 3 stage or engine missing, 77 nothing was scored
            """)
        {
            stage, stageModule, stageCommand, stageVersion, include, exclude, category, excludeCategory, feature, excludeFeature,
            corpus, jobs, timeout, engine, shard, balanceFrom, report, results, history, noHistory, showFailures, quiet,
        };
        command.SetAction(p =>
        {
            var selection = new StageSelection
            {
                Kind = p.GetValue(stage), ModulePath = p.GetValue(stageModule), Command = p.GetValue(stageCommand), StageVersion = p.GetValue(stageVersion),
            }.Over(StageSelection.FromEnvironment());
            var filter = new CaseFilter
            {
                IncludeIds = p.Values(include), ExcludeIds = p.Values(exclude),
                Categories = p.Values(category), ExcludeCategories = p.Values(excludeCategory),
                Features = p.Values(feature), ExcludeFeatures = p.Values(excludeFeature),
            };
            var shardSpec = p.GetValue(shard) is { } s ? ShardSpec.Parse(s) : null;
            if (p.GetValue(balanceFrom) is not null && shardSpec is null) throw new UsageException("--balance-from needs --shard K/N");
            return Run(t, new RunRequest(selection, filter, p.GetValue(corpus), p.GetValue(jobs), TimeSpan.FromSeconds(p.GetValue(timeout)),
                EngineSet.Parse(p.GetValue(engine)), shardSpec, p.GetValue(balanceFrom),
                p.GetValue(report) ?? "out/report.json", p.GetValue(results) ?? "out/results.jsonl",
                p.GetValue(noHistory) || shardSpec is not null ? null : p.GetValue(history) ?? History.DefaultPath,
                p.GetValue(showFailures), p.GetValue(quiet)));
        });
        return command;
    }

    private sealed record RunRequest(StageSelection Stage, CaseFilter Filter, string? Corpus, int Jobs, TimeSpan Timeout, EngineSet Engines,
        ShardSpec? Shard, string? BalanceFrom, string ReportPath, string ResultsPath, string? HistoryPath, int ShowFailures, bool Quiet);

    private static int Run(Terminal t, RunRequest q)
    {
        var (stdout, stderr) = (t.Out, t.Err);
        // Read before the folders are locked: the balancing report may be the previous report of this folder.
        var balance = q.BalanceFrom is { } b ? ReportFile.Load(b).Report : null;

        // First of all, so a second run in the same folder is refused at once: lock the output folders,
        // repair what a killed run left, check that every output can be written.
        using var files = RunFiles.Open(q.ReportPath, q.ResultsPath, q.HistoryPath);
        foreach (var note in files.Notes) stderr.WriteLine("clysm-conformance: " + note);
        var corpus = CorpusLoader.Load(CorpusLocation.Find(q.Corpus));
        var selected = q.Filter.Apply(corpus.Cases);
        var (cases, balancing) = q.Shard is { } sh ? Sharding.Select(selected, sh, balance) : (selected, null);
        using var stage = q.Stage.Create(files.StageFolder);
        NodeSetup.EnsureFor(q.Engines, t);
        stdout.WriteLine($"stage: {stage.Description} ({stage.StageVersion})");
        stdout.WriteLine($"corpus: {corpus.Cases.Count} cases in {corpus.Modules.Count} modules; selected {selected.Count}"
            + (q.Shard is { } k ? $"; shard {k} ({balancing}): {cases.Count}" : "") + $"; {q.Jobs} job(s); engine {q.Engines.Choice}");
        stdout.WriteLine($"run {files.RunId}: results go to {files.PartialResultsPath} as cases finish and replace {q.ResultsPath} at the end");

        using var session = new ConformanceSession(stage, q.Engines, q.Timeout) { SandboxFolder = files.SandboxFolder };
        var progress = q.Quiet ? null : new ProgressDisplay(stdout, !Console.IsOutputRedirected && ReferenceEquals(stdout, Console.Out));
        // Ctrl+C or SIGTERM stops taking new cases; the cases already run make a partial report. A second
        // signal ends the process at once, which loses nothing either.
        using var cancel = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = !cancel.IsCancellationRequested;
            cancel.Cancel();
        }
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        var outcome = ConformanceRun.Run(cases, session, new RunOptions
        {
            Jobs = q.Jobs,
            OnCaseDone = (p, r) =>
            {
                files.Append(r);
                progress?.Update(p);
            },
            Cancel = cancel.Token,
        });
        progress?.Finish();

        if (outcome.Preparation.Status == StageStatus.Missing)
        {
            files.Discard();
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
            Engines = session.EngineVersions,
            Duration = outcome.Duration,
            Filters = q.Filter.Describe(),
            // A shard records the fingerprint of the whole selection, so its merge equals the unsharded run's.
            CorpusFingerprint = CorpusSet.Fingerprint(selected),
            Shard = q.Shard is { } part ? new ShardInfo { Index = part.Index, Count = part.Count, Selected = selected.Count, Balance = balancing } : null,
        });
        if (cancel.IsCancellationRequested)
        {
            // An interrupted run is not a run of the selection: it replaces nothing and joins no trend.
            files.Abandon(report);
            RunSummary.Print(stdout, report, outcome.Results, outcome.Duration, q.ShowFailures);
            stderr.WriteLine($"clysm-conformance: interrupted after {outcome.Results.Count} of {cases.Count} cases; {q.ReportPath} and {q.ResultsPath} "
                + $"are left as they were; this run's partial results: {files.PartialResultsPath}, partial report: {files.PartialReportPath}");
            return (int)ExitCode.EXIT_FAILURE;
        }
        report = files.Commit(report);
        if (q.HistoryPath is not null) History.Append(q.HistoryPath, HistoryEntry.From(report));

        RunSummary.Print(stdout, report, outcome.Results, outcome.Duration, q.ShowFailures);
        stdout.WriteLine($"report: {q.ReportPath}; per-case results: {q.ResultsPath}" + (q.HistoryPath is null ? "" : $"; history: {q.HistoryPath}")
            + (q.Shard is { } done ? $"; shard {done}: join the shards with `clysm-conformance merge`" : ""));
        var code = outcome.ExitCode;
        if (code == ExitCode.EXIT_SKIP) stderr.WriteLine(RunStatus.LoudMessage(report));
        return (int)code;
    }
}
