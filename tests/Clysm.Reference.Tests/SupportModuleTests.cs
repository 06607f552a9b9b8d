using Clysm.Runtime;
using Clysm.Runtime.Engine;
using Xunit;
using Xunit.Abstractions;

namespace Clysm.Reference.Tests;

/// <summary>Case modules that import the runtime from the support module (docs/reference-compiler.md,
/// "Module shapes") behave as self-contained ones, and are small.</summary>
[Collection("engine")]
public sealed class SupportModuleTests(EngineFixture engine, ITestOutputHelper output)
{
    private static byte[] Compile(string source, ModuleShape shape)
    {
        var r = ReferenceCompiler.Compile(source, "test.lisp", shape);
        Assert.True(r.ExitCode == ExitCode.EXIT_SUCCESS, $"compile failed ({shape}, {r.ExitCode}, {r.Phase}): {r.Message}\nsource: {source}");
        return r.Module!;
    }

    private InvocationResult Run(string source, ModuleShape shape, string stdin = "", string? sandbox = null) =>
        engine.Run(new InvocationRequest
        {
            Module = Compile(source, shape),
            Support = shape == ModuleShape.WithSupport ? ReferenceCompiler.SupportModule : null,
            Stdin = stdin,
            SandboxRoot = sandbox,
        });

    [SkippableTheory]
    // the printer, numbers of every kind, and the runtime's arithmetic hooks
    [InlineData("(list 1 -2 1/3 1.5 2.5d0 #c(1 2) (expt 2 100) #\\a \"s\" 'sym :kw nil t)")]
    [InlineData("(list (+ 1/2 1/3) (* 1.5 2) (floor 7 2) (sqrt 2d0) (* (expt 10 30) 7))")]
    [InlineData("(format nil \"~A ~S ~D ~,2F ~X ~{~A~^,~}\" 'a \"b\" 12 3.14159 255 '(1 2 3))")]
    // symbols: one identity for the case's and the runtime's, INTERN and FIND-SYMBOL see both
    [InlineData("(list (eq 'car (find-symbol \"CAR\")) (eq (intern \"MY-OWN-SYMBOL\") 'my-own-symbol) (find-symbol \"NEVER-SEEN\") (symbol-name 'list))")]
    [InlineData("(list (read-from-string \"(a b . c)\") (eq (read-from-string \"car\") 'car) (eq (read-from-string \"zork\") 'zork))")]
    // function objects: the runtime's #'EQUAL is the case's
    [InlineData("(let ((h (make-hash-table :test #'equal))) (setf (gethash \"k\" h) 1) (list (gethash \"k\" h) (hash-table-test h) (eq #'equal (hash-table-test h))))")]
    [InlineData("(list (mapcar #'1+ '(1 2 3)) (funcall 'car '(1 2)) (apply #'+ 1 2 '(3 4)) (sort (list 3 1 2) #'<))")]
    // the case's own functions called back from the runtime, by object and by name
    [InlineData("(defun twice (x) (* 2 x)) (list (mapcar 'twice '(1 2)) (funcall (symbol-function 'twice) 5) (fboundp 'twice))")]
    // non-local exits and conditions through runtime frames
    [InlineData("(catch 'out (mapc (lambda (x) (when (= x 2) (throw 'out x))) '(1 2 3)))")]
    [InlineData("(list (handler-case (car 1) (type-error (e) (type-error-datum e))) (ignore-errors (error \"x\")) (block b (mapc (lambda (x) (return-from b x)) '(7 8))))")]
    [InlineData("(handler-bind ((warning #'muffle-warning)) (warn \"w\") :after)")]
    [InlineData("(multiple-value-list (floor 7 2))")]
    // runtime variables: bound by the case, seen by the runtime's printer
    [InlineData("(list (let ((*print-base* 2)) (prin1-to-string 5)) (prin1-to-string 5) (let ((*print-case* :downcase)) (princ-to-string 'abc)))")]
    [InlineData("(defstruct pt x y) (let ((p (make-pt :x 1 :y 2))) (list (pt-x p) (pt-p p) (prin1-to-string p)))")]
    [InlineData("(defvar *v* 1) (defun get-v () *v*) (list (let ((*v* 2)) (get-v)) (get-v))")]
    [InlineData("(write-string \"out\") (print 'x) (terpri) (read-line)")]
    [InlineData("(car 1)")]
    [InlineData("(error \"bad ~A\" 1)")]
    public void A_case_gives_the_same_result_with_and_without_the_support_module(string source)
    {
        var alone = Run(source, ModuleShape.SelfContained, "line one\n");
        var small = Run(source, ModuleShape.WithSupport, "line one\n");
        output.WriteLine($"self-contained: {alone.Status} {alone.Value.Printed} {alone.Condition?.Type} {alone.Message}");
        Assert.Equal(alone.Status, small.Status);
        Assert.Equal(alone.Value.Printed, small.Value.Printed);
        Assert.Equal(alone.Stdout, small.Stdout);
        Assert.Equal(alone.Condition?.Type, small.Condition?.Type);
        Assert.Equal(alone.Condition?.Message, small.Condition?.Message);
        Assert.True(alone.Status == InvocationStatus.Returned || alone.Condition != null, $"{source}: {alone.Status} {alone.Message}");
    }

    [SkippableFact]
    public void Each_case_gets_a_fresh_support_instance()
    {
        // the first run changes runtime state (a variable, a symbol's value and plist); the second must not see it
        var first = Run("(setf *print-base* 16) (setf (get 'car 'mark) 1) (intern \"LEAKED\") (prin1-to-string 255)", ModuleShape.WithSupport);
        Assert.Equal("\"FF\"", first.Value.Printed);
        var second = Run("(list (prin1-to-string 255) (get 'car 'mark) (find-symbol \"LEAKED\"))", ModuleShape.WithSupport);
        Assert.Equal("(\"255\" NIL NIL)", second.Value.Printed);
    }

    [Fact]
    public void Case_modules_are_small_and_import_the_runtime_from_clysm_support()
    {
        var alone = Compile("(format t \"~A~%\" (list 1 2 3))", ModuleShape.SelfContained);
        var small = Compile("(format t \"~A~%\" (list 1 2 3))", ModuleShape.WithSupport);
        output.WriteLine($"{alone.Length} bytes self-contained, {small.Length} bytes with the support module ({ReferenceCompiler.SupportModule.Length} bytes)");
        Assert.True(small.Length < 2048, $"{small.Length} bytes");
        Assert.True(alone.Length > 10 * small.Length, $"self-contained {alone.Length} bytes vs {small.Length}");
        var imports = WasmModuleReader.ImportModules(small);
        Assert.Contains("clysm:support", imports);
        Assert.DoesNotContain("clysm:io", imports);   // output goes through the support instance
    }

    [SkippableFact]
    public void The_support_module_is_valid_and_the_same_bytes_every_time()
    {
        Assert.Same(ReferenceCompiler.SupportModule, ReferenceCompiler.SupportModule);
        Assert.Null(engine.Validate(ReferenceCompiler.SupportModule));
    }
}

/// <summary>The import module names of a module, from its import section.</summary>
internal static class WasmModuleReader
{
    public static HashSet<string> ImportModules(byte[] module) =>
        Clysm.Runtime.Wasm.WasmModule.Parse(module, "test").Imports.Select(i => i.Module).ToHashSet();
}
