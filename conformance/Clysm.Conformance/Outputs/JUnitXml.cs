using System.Globalization;
using System.Text;
using System.Xml;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Reporting;
using Clysm.Conformance.Running;

namespace Clysm.Conformance.Outputs;

/// <summary>JUnit XML for CI test tabs: a testsuite per corpus module, a testcase per case.</summary>
public static class JUnitXml
{
    /// <param name="gate">When given, expected failures and skips are reported as skipped (like xfail), unexpected
    /// passes as failures in strict mode.</param>
    public static string Render(CompilationReport report, GateResult? gate = null)
    {
        var status = gate?.Cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var sb = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var w = XmlWriter.Create(new StringWriterUtf8(sb), settings))
        {
            var verdicts = report.Cases.Select(r => (Result: r, Verdict: VerdictOf(r, status?.GetValueOrDefault(r.Id), gate?.Strict ?? false))).ToList();
            w.WriteStartDocument();
            w.WriteStartElement("testsuites");
            w.WriteAttributeString("name", $"clysm-conformance {report.StageVersion}");
            WriteCounts(w, verdicts.Select(v => v.Verdict).ToList(), verdicts.Sum(v => Seconds(v.Result)));
            w.WriteAttributeString("timestamp", report.Timestamp);
            foreach (var module in verdicts.GroupBy(v => v.Result.Module).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                w.WriteStartElement("testsuite");
                w.WriteAttributeString("name", module.Key);
                WriteCounts(w, module.Select(v => v.Verdict).ToList(), module.Sum(v => Seconds(v.Result)));
                w.WriteAttributeString("timestamp", report.Timestamp);
                foreach (var (r, v) in module)
                {
                    w.WriteStartElement("testcase");
                    w.WriteAttributeString("name", r.Id);
                    w.WriteAttributeString("classname", ClassName(r));
                    w.WriteAttributeString("time", Seconds(r).ToString("0.000", CultureInfo.InvariantCulture));
                    if (v.Kind != "pass")
                    {
                        w.WriteStartElement(v.Kind == "failure" ? "failure" : "skipped");
                        w.WriteAttributeString("message", Clean(v.Message));
                        if (v.Kind == "failure")
                        {
                            w.WriteAttributeString("type", r.Outcome.Name());
                            w.WriteString(Clean(r.Describe()));
                        }
                        w.WriteEndElement();
                    }
                    else if (v.Message.Length > 0)
                        w.WriteElementString("system-out", Clean(v.Message));
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        return sb.ToString();
    }

    private readonly record struct CaseVerdict(string Kind, string Message);

    private static CaseVerdict VerdictOf(CaseResult r, GateCase? g, bool strict)
    {
        var reason = r.Reason ?? r.Outcome.Name();
        var what = $"{r.Outcome.Name()} at {r.Phase.Name()}: {reason}";
        // The outcome table decides: a failure is a <failure>, what is not scored is <skipped> with its outcome named.
        if (g is null)
            return r.Outcome == Outcome.Pass ? new("pass", "")
                : r.Failed ? new("failure", what)
                : new("skipped", r.Outcome == Outcome.Skip ? reason : $"{r.Outcome.Name()}: {reason}");
        return g.Status switch
        {
            GateStatus.Pass => new("pass", ""),
            GateStatus.NewFailure => new("failure", "new failure: " + what + (g.Note is null ? "" : $" ({g.Note})")),
            GateStatus.ExpectedFailure => new("skipped", $"expected failure: {what}" + (g.Note is null ? "" : $" ({g.Note})")),
            GateStatus.UnexpectedPass => strict ? new("failure", "unexpected pass: " + g.Note) : new("pass", "unexpected pass: " + g.Note),
            GateStatus.ExpectedNotScored => new("skipped", $"expected {r.Outcome.Name()}: {reason}"),
            GateStatus.NewNotScored => new("skipped", $"new {r.Outcome.Name()}: {reason}"),
            _ => throw new ArgumentOutOfRangeException(nameof(g)),
        };
    }

    private static void WriteCounts(XmlWriter w, IReadOnlyList<CaseVerdict> v, double seconds)
    {
        w.WriteAttributeString("tests", v.Count.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("failures", v.Count(x => x.Kind == "failure").ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("errors", "0");
        w.WriteAttributeString("skipped", v.Count(x => x.Kind == "skipped").ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("time", seconds.ToString("0.000", CultureInfo.InvariantCulture));
    }

    private static double Seconds(CaseResult r) => (r.CompileMs + r.RunMs) / 1000.0;

    // "corpus/forms/conses.lisp" -> "corpus.forms.conses", the dotted form CI tools group by.
    private static string ClassName(CaseResult r)
    {
        var m = r.Module.EndsWith(".lisp", StringComparison.Ordinal) ? r.Module[..^5] : r.Module;
        return m.Replace('/', '.');
    }

    /// <summary>XML 1.0 cannot hold most control characters (a case's output may have them): shown as \uXXXX.</summary>
    internal static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            if (char.IsHighSurrogate(ch) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(ch).Append(s[++i]); continue; }
            var ok = ch is '\t' or '\n' or '\r' || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD);
            if (ok) sb.Append(ch);
            else sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)ch:X4}");
        }
        return sb.ToString();
    }

    private sealed class StringWriterUtf8(StringBuilder sb) : StringWriter(sb, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
