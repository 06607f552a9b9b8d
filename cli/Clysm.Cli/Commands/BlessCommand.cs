using System.CommandLine;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;
using Clysm.Runtime;

namespace Clysm.Cli.Commands;

/// <summary>bless: rewrite the expectations file from a report.</summary>
internal static class BlessCommand
{
    public static Command Create(Terminal t)
    {
        var reportArg = new Argument<string>("REPORT") { Description = "the run's report" };
        var expectations = Sections.Expectations();
        var stage = Options.Text("--stage", "the file's stage (default: the file's, else the report's, e.g. stage1)", "NAME");
        var reason = Options.Text("--reason", "the reason of every new entry (one line)", "TEXT");
        var kind = Options.Text("--kind", "the kind of every new entry: not-yet (default) or never", "KIND");
        kind.AcceptOnlyFromAmong("not-yet", "never");
        var dryRun = Options.Flag("--dry-run", "print the changes, write nothing");
        var command = new DocumentedCommand("bless", "rewrite an expectations file from a report",
            "bless REPORT [--expectations FILE] [--stage NAME] [--reason TEXT] [--kind not-yet|never] [--dry-run]", """
            Rewrites the expectations file from a run: every case that did not pass gets an entry
            (an existing entry keeps its reason, kind and link), entries of passing cases and of cases
            no longer in the corpus are removed. Prints what changed. A new entry needs a reason that
            says why: give it with --reason, or edit the placeholder "TODO: say why ..." that bless
            writes (gate lists such entries until then). The file is replaced atomically. A run in
            which nothing was scored is refused (77).
            """)
        { reportArg, expectations, stage, reason, kind, dryRun };
        command.MissingFile = ExitCode.EXIT_FAILURE;   // a missing report or expectations file is bad input
        command.SetAction(p =>
        {
            var o = t.Out;
            var k = p.GetValue(kind) == "never" ? ExpectationKind.Never : ExpectationKind.NotYet;
            var report = ReportFile.Load(p.GetValue(reportArg)!).Report;
            if (RunStatus.NothingScored(report))
            {
                t.Err.WriteLine(RunStatus.LoudMessage(report));
                t.Err.WriteLine("refusing to bless it: the expectations file is unchanged");
                return (int)ExitCode.EXIT_SKIP;
            }
            var (path, _) = Sections.ExpectationsPath(p.GetValue(expectations), report);
            var existing = File.Exists(path) ? Expectations.Load(path) : null;
            if (existing is not null && p.GetValue(stage) is null && !existing.AppliesTo(report.StageVersion))
                throw new ArgumentException($"{path} is for stage {existing.Stage}, the report is from {report.StageVersion} (use --stage to retarget it)");
            var r = Blesser.Bless(report, existing, p.GetValue(stage), p.GetValue(reason), k);
            foreach (var e in r.Added) o.WriteLine($"+ {e.Id}: {e.Expect.Name()}: {e.Reason}");
            foreach (var (e, why) in r.Removed) o.WriteLine($"- {e.Id}: {why}");
            foreach (var (before, after) in r.Updated) o.WriteLine($"~ {after.Id}: {before.Expect.Name()} -> {after.Expect.Name()}");
            o.WriteLine($"{r.Added.Count} added, {r.Removed.Count} removed, {r.Updated.Count} updated, {r.Kept} kept; {r.File.Entries.Count} entries");
            var untagged = existing?.Entries.Where(e => e.Kind is null).Select(e => e.Id).ToHashSet(StringComparer.Ordinal) ?? [];
            var tagged = r.File.Entries.Count(e => untagged.Contains(e.Id));
            if (tagged > 0) o.WriteLine($"{tagged} entr{(tagged == 1 ? "y" : "ies")} without a kind tagged not-yet (make it never where the stage will not do it by design)");
            var unexplained = r.File.Entries.Count(e => e.Unexplained);
            if (unexplained > 0)
                o.WriteLine($"{unexplained} entr{(unexplained == 1 ? "y needs" : "ies need")} a reason that says why (replace \"TODO: ...\") or a kind (not-yet, never): gate lists them until then");
            if (p.GetValue(dryRun)) o.WriteLine($"dry run: {path} not written");
            else
            {
                Expectations.Save(path, r.File);
                o.WriteLine($"wrote {path}");
            }
            return 0;
        });
        return command;
    }
}
