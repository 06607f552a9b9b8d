using Clysm.Lisp;
using static Clysm.Reference.Compiler.ListOps;

namespace Clysm.Reference.Compiler;

/// <summary>PPRINT-LOGICAL-BLOCK (CLHS 22.2): the body becomes a function of (stream list) run by
/// %PPRINT-LOGICAL-BLOCK (Runtime/Library/pretty.lisp), with PPRINT-POP and PPRINT-EXIT-IF-LIST-EXHAUSTED
/// as local macros over the list and the count of elements popped.</summary>
internal static partial class Macros
{
    private static void RegisterPretty()
    {
        Table["PPRINT-LOGICAL-BLOCK"] = (f, a, u) =>
        {
            Need(f, a, 1);
            var spec = ToList(a[0]);
            if (spec.Count < 2 || spec[0] is not Symbol streamName || spec.Count % 2 != 0)
                throw new LispCompileException("PPRINT-LOGICAL-BLOCK: bad specification " + Print(a[0]));
            object Option(string key)
            {
                for (int i = 2; i + 1 < spec.Count; i += 2) if (spec[i] is Symbol { IsKeyword: true } k && k.Name == key) return spec[i + 1];
                return Nil;
            }
            for (int i = 2; i < spec.Count; i += 2)
                if (spec[i] is not Symbol { IsKeyword: true, Name: "PREFIX" or "PER-LINE-PREFIX" or "SUFFIX" })
                    throw new LispCompileException("PPRINT-LOGICAL-BLOCK: unknown option " + Print(spec[i]));
            // nil names *standard-output*, t *terminal-io* (the variable the body sees the stream in)
            var streamVar = IsNil(streamName) ? Intern("*STANDARD-OUTPUT*") : streamName == T ? Intern("*TERMINAL-IO*") : streamName;
            var stream = Gensym("STREAM"); var list = Gensym("LIST"); var count = Gensym("COUNT"); var block = Gensym("BLOCK");
            var exit = List(Intern("WHEN"), List(Intern("NULL"), list), List(ReturnFrom, block, Nil));
            var pop = List(If, List(Intern("%PPRINT-POP-DONE-P"), list, count, stream), List(ReturnFrom, block, Nil),
                List(Progn, List(Setq, count, List(Intern("+"), count, 1L)), List(Intern("POP"), list)));
            var macros = List(List(Intern("PPRINT-EXIT-IF-LIST-EXHAUSTED"), Nil, Quote(exit)), List(Intern("PPRINT-POP"), Nil, Quote(pop)));
            var body = List(Function, List(Lambda, List(stream, list),
                List(Let, List(List(streamVar, stream), List(count, 0L)),
                    List(Intern("BLOCK"), block, ListStar(Intern("MACROLET"), macros, FromList(a.Skip(1)))))));
            return List(Intern("%PPRINT-LOGICAL-BLOCK"), streamName,
                spec[1], Option("PREFIX"), Option("PER-LINE-PREFIX"), Option("SUFFIX"), body);
        };
    }
}
