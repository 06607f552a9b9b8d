using Clysm.Lisp;
using Clysm.Reference.Compiler;
using Clysm.Reference.Wasm;
using Clysm.Runtime;

namespace Clysm.Reference;

/// <param name="Condition">For a read error, the standard condition type the reader's failure is an
/// instance of (END-OF-FILE or READER-ERROR), so a case expecting one can be judged; else null.</param>
public sealed record CompileResult(byte[]? Module, ExitCode ExitCode, string? Message, string Phase, int FormsTotal, int FormsCompiled,
    string? Condition = null);

/// <summary>What a compiled case module holds of the runtime (docs/reference-compiler.md, "Module shapes").</summary>
public enum ModuleShape
{
    /// <summary>The runtime functions the case reaches are compiled into it: the module runs alone.</summary>
    SelfContained,
    /// <summary>The case imports the runtime from <see cref="ReferenceCompiler.SupportModule"/> under
    /// clysm:support (docs/stage-abi.md §5): a small module that needs a fresh support instance.</summary>
    WithSupport,
}

/// <summary>The reference stage: Common Lisp source to one WasmGC module following docs/stage-abi.md.
/// See docs/reference-compiler.md.</summary>
public static class ReferenceCompiler
{
    public const string Version = "stage0-v0.1";

    /// <summary>The support module that <see cref="ModuleShape.WithSupport"/> case modules import from:
    /// the whole runtime, compiled on first use (once per process); the same array every time.</summary>
    public static byte[] SupportModule => Compiler.SupportModule.Instance.Bytes;

    /// <summary>How long compiling <see cref="SupportModule"/> took (it is compiled once per process).</summary>
    public static TimeSpan SupportModuleCompileTime => Compiler.SupportModule.Instance.BuildTime;

    public static CompileResult Compile(string source, string? fileName = null, ModuleShape shape = ModuleShape.SelfContained)
    {
        List<object> forms;
        try { forms = new LispReader(source, fileName).ReadAll().Select(r => r.Datum).ToList(); }
        catch (LispReadException e) { return new CompileResult(null, ExitCode.EXIT_FAILURE, e.Message, "read", 0, 0, ReadCondition(e)); }

        var unit = new UnitInfo();
        Prelude.Install(unit);
        var gen = shape == ModuleShape.WithSupport
            ? new ModuleCompiler(unit, ModuleKind.Case, Compiler.SupportModule.Instance)
            : new ModuleCompiler(unit);
        var top = new LambdaNode(null, "_start");
        gen.Conv.ScanSource(forms);
        var nodes = new List<Node>();
        string? unsupported = null;
        int compiled = 0;
        foreach (var form in forms)
        {
            try { nodes.Add(gen.Conv.TopLevel(form, top)); compiled++; }
            catch (UnsupportedConstructException e) { unsupported ??= e.Message; }
            catch (LispCompileException e)
            {
                // after a form this compiler skipped, an error may only be its consequence (a DEFSTRUCT
                // including a structure it could not define): the case stays a skip for the first reason
                if (unsupported != null) continue;
                return new CompileResult(null, ExitCode.EXIT_FAILURE, Where(fileName) + e.Message, "compile", forms.Count, compiled);
            }
        }
        if (unsupported != null) return new CompileResult(null, ExitCode.EXIT_SKIP, unsupported, "compile", forms.Count, compiled);
        try
        {
            var bytes = gen.Finish(top, nodes);
            return new CompileResult(bytes, ExitCode.EXIT_SUCCESS, null, "compile", forms.Count, compiled);
        }
        catch (UnsupportedConstructException e)
        {
            return new CompileResult(null, ExitCode.EXIT_SKIP, e.Message, "compile", forms.Count, compiled);
        }
        catch (LispCompileException e)
        {
            return new CompileResult(null, ExitCode.EXIT_FAILURE, Where(fileName) + e.Message, "compile", forms.Count, compiled);
        }
    }

    private static string Where(string? file) => file == null ? "" : file + ": ";

    // The reader reports running out of text as "end of file ..." (CLHS 2.2: END-OF-FILE); every
    // other problem is a READER-ERROR.
    private static string ReadCondition(LispReadException e) =>
        e.Problem.StartsWith("end of file", StringComparison.Ordinal) ? "END-OF-FILE" : "READER-ERROR";
}
