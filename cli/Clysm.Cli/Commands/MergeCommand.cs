using System.CommandLine;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Conformance.Stages;
using Clysm.Runtime;

namespace Clysm.Cli.Commands;

/// <summary>merge: the reports of a sharded run's N shards joined into one report and results file.</summary>
internal static class MergeCommand
{
    public static Command Create(Terminal t)
    {
        var reports = new Argument<string[]>("REPORT") { Description = "the report of every shard (run --shard K/N)", Arity = ArgumentArity.OneOrMore };
        var report = Options.Text("--report", "the merged report (default out/report.json)", "PATH");
        var results = Options.Text("--results", "the merged per-case JSON lines (default out/results.jsonl)", "PATH");
        var history = Options.Text("--history", $"history file to append the merged run to (default {History.DefaultPath})", "PATH");
        var noHistory = Options.Flag("--no-history", "do not append to the history");
        var showFailures = Options.Count("--show-failures", "print the diffs of up to N failures", 10, min: 0);
        var command = new DocumentedCommand("merge", "join the reports of a sharded run into one report", "merge REPORT... [options]", """
            Joins the reports of the N shards of one run (each from run --shard K/N; their per-case results
            are in them) into the report the unsharded run would have written, with its results file, and
            appends the merged run to the history once (shards append nothing). Refuses, naming the files:
            a report that is not a shard, shards of different stages, engines, suite versions, filters or
            corpus fingerprints, a shard missing or given twice, a case in two shards, fewer cases than the
            run selected. The merged report passes `report check` and is what gate and export read.
            exit: as run (0 all passed, 1 partial, 2 failure or refused, 77 nothing was scored)
            """)
        { reports, report, results, history, noHistory, showFailures };
        command.MissingFile = ExitCode.EXIT_FAILURE;   // a missing report or expectations file is bad input
        command.SetAction(p =>
        {
            var shards = p.GetValue(reports)!.Select(ReportFile.Load).ToList();
            var merged = ReportMerge.Merge(shards);
            var reportPath = p.GetValue(report) ?? "out/report.json";
            var resultsPath = p.GetValue(results) ?? "out/results.jsonl";
            var historyPath = p.GetValue(noHistory) ? null : p.GetValue(history) ?? History.DefaultPath;
            using var files = RunFiles.Open(reportPath, resultsPath, historyPath);
            foreach (var note in files.Notes) t.Err.WriteLine("clysm-conformance: " + note);
            foreach (var c in merged.Cases) files.Append(c);
            merged = files.Commit(merged);
            if (historyPath is not null) History.Append(historyPath, HistoryEntry.From(merged));
            t.Out.WriteLine($"merged {shards.Count} shard(s) of {merged.Cases.Count} case(s): {string.Join(", ", shards.Select(s => s.Source))}");
            RunSummary.Print(t.Out, merged, merged.Cases, TimeSpan.FromMilliseconds(merged.DurationMs), p.GetValue(showFailures));
            t.Out.WriteLine($"report: {reportPath}; per-case results: {resultsPath}" + (historyPath is null ? "" : $"; history: {historyPath}"));
            var code = ConformanceSession.ExitCodeFor(StageOutput.Ready, merged.Cases);
            if (code == ExitCode.EXIT_SKIP) t.Err.WriteLine(RunStatus.LoudMessage(merged));
            return (int)code;
        });
        return command;
    }
}
