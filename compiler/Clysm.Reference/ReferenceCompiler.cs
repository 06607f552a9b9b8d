using Clysm.Lisp;
using Clysm.Reference.Compiler;
using Clysm.Reference.Wasm;
using Clysm.Runtime;

namespace Clysm.Reference;

public sealed record CompileResult(byte[]? Module, ExitCode ExitCode, string? Message, string Phase, int FormsTotal, int FormsCompiled);

/// <summary>The reference stage: Common Lisp source to one WasmGC module following docs/stage-abi.md.
/// See docs/reference-compiler.md.</summary>
public static class ReferenceCompiler
{
    public const string Version = "stage0-v0.1";

    public static CompileResult Compile(string source, string? fileName = null)
    {
        List<object> forms;
        try { forms = new LispReader(source, fileName).ReadAll().Select(r => r.Datum).ToList(); }
        catch (LispReadException e) { return new CompileResult(null, ExitCode.EXIT_FAILURE, e.Message, "read", 0, 0); }

        var unit = new UnitInfo();
        Prelude.Install(unit);
        var gen = new ModuleGen(unit);
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
}
