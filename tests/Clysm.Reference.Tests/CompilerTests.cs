using Clysm.Runtime;
using Clysm.Runtime.Engine;
using Xunit;
using Xunit.Abstractions;

namespace Clysm.Reference.Tests;

/// <summary>The stage contract of the reference compiler: exit codes, phases, counts, ABI shape.</summary>
[Collection("engine")]
public sealed class CompilerTests(EngineFixture engine, ITestOutputHelper output)
{
    [Fact]
    public void Version_matches_the_report_pattern() =>
        Assert.Matches("^stage[0-9]+-v[0-9]+\\.[0-9]+$", ReferenceCompiler.Version);

    [Theory]
    [InlineData("(get-universal-time)", "get-universal-time")]
    [InlineData("(describe 'car)", "describe")]
    [InlineData("(trace car)", "trace")]
    public void Unsupported_constructs_exit_77_naming_the_construct(string source, string construct)
    {
        var r = ReferenceCompiler.Compile(source, "case.lisp");
        Assert.Equal(ExitCode.EXIT_SKIP, r.ExitCode);
        Assert.Null(r.Module);
        Assert.Equal("unsupported: " + construct, r.Message);
    }

    [Fact]
    public void Read_error_is_a_failure_in_the_read_phase_with_line_and_column()
    {
        var r = ReferenceCompiler.Compile("(+ 1 2)\n(car (list 1 2)", "bad.lisp");
        Assert.Equal(ExitCode.EXIT_FAILURE, r.ExitCode);
        Assert.Equal("read", r.Phase);
        Assert.Contains("bad.lisp:2:1", r.Message);
    }

    [Fact]
    public void Malformed_special_form_is_a_compile_failure_not_a_skip()
    {
        var r = ReferenceCompiler.Compile("(setq x)", "bad.lisp");
        Assert.Equal(ExitCode.EXIT_FAILURE, r.ExitCode);
        Assert.Equal("compile", r.Phase);
        Assert.Contains("SETQ", r.Message);
    }

    [Fact]
    public void Form_counts_cover_every_top_level_form()
    {
        var ok = ReferenceCompiler.Compile("(defun f (x) x) (f 1) (f 2)");
        Assert.Equal((3, 3), (ok.FormsTotal, ok.FormsCompiled));
        var partial = ReferenceCompiler.Compile("(defun f (x) x) (describe 'f) (f 2)");
        Assert.Equal(ExitCode.EXIT_SKIP, partial.ExitCode);
        Assert.Equal((3, 2), (partial.FormsTotal, partial.FormsCompiled));
    }

    [SkippableFact]
    public void Unhandled_error_reports_the_most_specific_type_and_sbcl_message()
    {
        var r = engine.Run(Lisp.Compile("(write-string \"before\") (error \"bad ~A and ~S\" 1 \"two\")"));
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.NotNull(r.Condition);
        Assert.Equal("SIMPLE-ERROR", r.Condition!.Type);
        Assert.Equal("bad 1 and \"two\"", r.Condition.Message);
        Assert.Equal("before", r.Stdout);
    }

    [SkippableTheory]
    [InlineData("(car 1)", "TYPE-ERROR")]
    [InlineData("(let ((z 0)) (floor 1 z))", "DIVISION-BY-ZERO")]
    [InlineData("(no-such-function-here 1)", "UNDEFINED-FUNCTION")]
    [InlineData("(symbol-value 'no-such-variable-here)", "UNBOUND-VARIABLE")]
    [InlineData("(defun two (a b) (list a b)) (two 1)", "PROGRAM-ERROR")]
    [InlineData("(throw 'nobody 1)", "CONTROL-ERROR")]
    [InlineData("(read-char *standard-output*)", "SIMPLE-TYPE-ERROR")]
    [InlineData("(read-line)", "END-OF-FILE")]
    public void Runtime_errors_are_standard_conditions(string source, string type)
    {
        var r = engine.Run(Lisp.Compile(source));
        Assert.True(r.Condition != null, $"{source}: {r.Status} {r.Message}");
        Assert.Equal(type, r.Condition!.Type);
    }

    [SkippableFact]
    public void Files_are_written_and_read_back_through_clysm_fs()
    {
        var dir = Path.Combine(Path.GetTempPath(), "clysm-ref-files-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var src = "(with-open-file (s \"out.txt\" :direction :output :if-exists :supersede) (write-line \"one\" s) (format s \"~D~%\" 2))"
                    + "(with-open-file (s \"out.txt\") (list (read-line s) (read-line s) (read-line s nil :eof)))";
            var r = engine.Run(Lisp.Compile(src), "", dir);
            Assert.True(r.Status == InvocationStatus.Returned, r.Message);
            Assert.Equal("(\"one\" \"2\" :EOF)", r.Value.Printed);
            Assert.Equal("one\n2\n", File.ReadAllText(Path.Combine(dir, "out.txt")));
        }
        finally { Directory.Delete(dir, true); }
    }

    [SkippableFact]
    public void Missing_file_is_a_file_error_a_handler_can_catch()
    {
        var dir = Path.Combine(Path.GetTempPath(), "clysm-ref-files-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var r = engine.Run(Lisp.Compile("(handler-case (open \"nope.txt\") (file-error () :caught))"), "", dir);
            Assert.Equal(":CAUGHT", r.Value.Printed);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Modules_import_only_what_they_use()
    {
        var pure = Lisp.Compile("(+ 1 2)");
        var imports = WasmImports.Read(pure);
        Assert.DoesNotContain(imports, i => i.StartsWith("clysm:fs"));
        Assert.DoesNotContain(imports, i => i == "clysm:io read-char");
        var io = WasmImports.Read(Lisp.Compile("(write-string \"x\")"));
        Assert.Contains("clysm:io write-string", io);
    }

    [Fact]
    public void Rational_code_is_linked_only_when_a_ratio_can_exist()
    {
        // the inline + and < test for ratios; without a ratio in the module that branch links nothing
        var plain = Lisp.Compile("(list (+ 1 2) (< 1 2) (* 3 4))").Length;
        var withRatio = Lisp.Compile("(list (+ 1 2) (< 1 2) (* 3 4) 1/2)").Length;
        output.WriteLine($"module sizes: {plain} bytes without a ratio, {withRatio} with one");
        Assert.True(withRatio - plain > 1000, $"a ratio constant added only {withRatio - plain} bytes: is the rational code always linked?");
    }

    [Fact]
    public void Float_code_is_linked_only_when_a_float_can_exist()
    {
        // the printer's float branch and the arithmetic hooks' float tests are hooks filled only then
        var plain = Lisp.Compile("(list (+ 1 2) (< 1 2) (abs -3) (/ 6 3) (prin1-to-string 7))").Length;
        var withFloat = Lisp.Compile("(list (+ 1 2) (< 1 2) (abs -3) (/ 6 3) (prin1-to-string 7) 1.5)").Length;
        var withType = Lisp.Compile("(list (+ 1 2) (< 1 2) (abs -3) (/ 6 3) (prin1-to-string 7) (coerce 1/2 'single-float))").Length;
        output.WriteLine($"module sizes: {plain} bytes without a float, {withFloat} with a float literal, {withType} with a float type named");
        Assert.True(withFloat - plain > 8000, $"a float constant added only {withFloat - plain} bytes: is the float code always linked?");
        Assert.True(withType - plain > 8000, $"naming single-float added only {withType - plain} bytes");
    }

    [Fact]
    public void Format_float_directives_are_linked_only_for_a_control_string_with_one()
    {
        var plain = Lisp.Compile("(format nil \"~A ~D\" 1.5 2)").Length;
        var fixedFormat = Lisp.Compile("(format nil \"~A ~,2F\" 1.5 2)").Length;
        output.WriteLine($"module sizes: {plain} bytes with ~A of a float, {fixedFormat} with ~,2F");
        Assert.True(fixedFormat - plain > 3000, $"~F added only {fixedFormat - plain} bytes");
    }

    [SkippableFact]
    public void A_float_directive_in_a_control_string_built_at_run_time_is_an_error_saying_so()
    {
        var r = engine.Run(Lisp.Compile("(format nil (concatenate 'string \"~\" \"F\") 1/2)"));
        Assert.Equal(InvocationStatus.Trapped, r.Status);
        Assert.Equal("SIMPLE-ERROR", r.Condition!.Type);
        Assert.Contains("control string to be known at compile time", r.Condition.Message);
    }

    [SkippableFact]
    public void Float_traps_are_sbcls_conditions()
    {
        var src = "(list (handler-case (/ 1.0 0) (division-by-zero () 'dz)) (handler-case (* 1e38 1e38) (floating-point-overflow () 'ov))"
                  + " (handler-case (/ 0.0 0.0) (floating-point-invalid-operation () 'inv)) (handler-case (exp 1000d0) (floating-point-overflow () 'ov))"
                  + " (handler-case (log 0.0) (division-by-zero () 'dz)) (handler-case (coerce 1d300 'single-float) (floating-point-overflow () 'ov)))";
        var r = engine.Run(Lisp.Compile(src));
        Assert.True(r.Status == InvocationStatus.Returned, $"{r.Status} {r.Message} {r.Condition?.Message}");
        Assert.Equal("(DZ OV INV OV DZ OV)", r.Value.Printed);
    }
}

/// <summary>Reads the import section of a module (module and field names only).</summary>
internal static class WasmImports
{
    public static List<string> Read(byte[] m)
    {
        var result = new List<string>();
        int p = 8;
        while (p < m.Length)
        {
            byte id = m[p++];
            uint size = U(m, ref p);
            int end = p + (int)size;
            if (id == 2)
            {
                uint count = U(m, ref p);
                for (int i = 0; i < count; i++)
                {
                    string mod = Name(m, ref p), name = Name(m, ref p);
                    byte kind = m[p++];
                    Assert.Equal(0, kind); // functions only
                    U(m, ref p);
                    result.Add(mod + " " + name);
                }
            }
            p = end;
        }
        return result;
    }

    private static uint U(byte[] m, ref int p)
    {
        uint r = 0; int shift = 0;
        while (true) { byte b = m[p++]; r |= (uint)(b & 0x7F) << shift; if ((b & 0x80) == 0) return r; shift += 7; }
    }

    private static string Name(byte[] m, ref int p)
    {
        int n = (int)U(m, ref p); var s = System.Text.Encoding.UTF8.GetString(m, p, n); p += n; return s;
    }
}
