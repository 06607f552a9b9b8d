using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>The special forms (and the compiler's own special forms): the dispatch by operator name, with
/// the argument-count check they share. Each family is converted in its own file: Converter.Binding.cs,
/// .Control.cs, .Conditions.cs, .Functions.cs, .Values.cs, .Definitions.cs.</summary>
internal sealed partial class Converter
{
    private Node Special(string name, Cons c, Scope? env, LambdaNode fn)
    {
        var args = ListOps.ToList(c.Cdr);
        void Need(int min, int max = int.MaxValue)
        {
            if (args.Count < min || args.Count > max) throw new LispCompileException($"{name}: wrong number of arguments in {ListOps.Print(c)}");
        }
        switch (name)
        {
            // evaluation: constants, declarations, compile time
            case "QUOTE": Need(1, 1); return Literal(args[0], fn);
            case "THE": Need(2, 2); return Conv(args[1], env, fn);
            case "EVAL-WHEN": Need(1); return EvalWhen(args[0], ListOps.Cdr(c.Cdr), env, fn, _formTop);
            case "LOAD-TIME-VALUE": Need(1, 2); return LoadTimeValue(args[0], fn);
            case "DECLARE": throw new LispCompileException("misplaced DECLARE");
            // Converter.Control.cs
            case "IF": Need(2, 3); return If(args, env, fn);
            case "PROGN": return Progn(c, env, fn);
            case "BLOCK": Need(1); return Block(c, args, env, fn);
            case "RETURN-FROM": Need(1, 2); return ReturnFrom(args, env, fn);
            case "TAGBODY": return Tagbody(args, env, fn);
            case "GO": Need(1, 1); return Go(args, env, fn);
            case "CATCH": Need(1); return Catch(c, args, env, fn);
            case "THROW": Need(2, 2); return Throw(args, env, fn);
            case "UNWIND-PROTECT": Need(1); return UnwindProtect(c, args, env, fn);
            // Converter.Binding.cs
            case "LET": case "LET*": return Let(c, env, fn, name == "LET*");
            case "PROGV": Need(2); return Progv(c, args, env, fn);
            case "SETQ": return Setq(c, args, env, fn);
            case "FLET": case "LABELS": Need(1); return LocalFunctions(name, c, args, env, fn);
            case "MACROLET": Need(1); return Macrolet(c, args, env, fn);
            case "SYMBOL-MACROLET": Need(1); return SymbolMacrolet(c, args, env, fn);
            case "LOCALLY": return Locally(c, env, fn);
            // Converter.Functions.cs
            case "FUNCTION": Need(1, 1); return Function(args, env, fn);
            case "LAMBDA": Need(1); return LambdaForm(c, args, env, fn);
            case "FUNCALL": Need(1); return Call(args, env, fn, spread: false);
            case "APPLY": Need(2); return Call(args, env, fn, spread: true);
            // Converter.Values.cs
            case "MULTIPLE-VALUE-BIND": Need(2); return MultipleValueBind(c, args, env, fn);
            case "MULTIPLE-VALUE-LIST": Need(1, 1); return MultipleValueList(args, env, fn);
            case "MULTIPLE-VALUE-CALL": Need(1); return MultipleValueCall(args, env, fn);
            case "MULTIPLE-VALUE-PROG1": Need(1); return MultipleValueProg1(c, args, env, fn);
            // Converter.Conditions.cs
            case "HANDLER-CASE": Need(1); return HandlerCase(args, env, fn);
            case "HANDLER-BIND": Need(1); return HandlerBind(c, args, env, fn);
            // Converter.Definitions.cs (DefineMacro in Evaluation.cs)
            case "DEFUN": Need(2); return Defun(c, args, env, fn);
            case "DEFMACRO": Need(2); return DefineMacro((Symbol)args[0], args[1], ListOps.Cddr(c.Cdr), fn);
            case "DEFVAR": case "DEFPARAMETER": case "DEFCONSTANT": Need(1, 3); return DefineVariable(name, args, env, fn);
            case "DECLAIM": case "PROCLAIM": return Proclaim(name, args);
            case "IN-PACKAGE": return InPackage(args);
            case "DEFPACKAGE": throw new UnsupportedConstructException("defpackage");
        }
        throw new InvalidOperationException("special form not handled: " + name);
    }
}
