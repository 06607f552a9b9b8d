using Clysm.Lisp;
using static Clysm.Reference.Compiler.ListOps;

namespace Clysm.Reference.Compiler;

/// <summary>The macros of restarts (CLHS 9.1.4): RESTART-CASE, RESTART-BIND, WITH-SIMPLE-RESTART,
/// WITH-CONDITION-RESTARTS, and the macros that offer a restart (CHECK-TYPE, ASSERT, CCASE, CTYPECASE).
/// Restarts live in the special *%RESTARTS* (Runtime/Library/conditions.lisp).</summary>
internal static partial class Macros
{
    private static void RegisterRestarts()
    {
        Table["RESTART-CASE"] = (f, a, u) => { Need(f, a, 1); return RestartCase(a); };
        Table["RESTART-BIND"] = (f, a, u) => { Need(f, a, 1); return RestartBind(a); };
        Table["WITH-SIMPLE-RESTART"] = (f, a, u) =>
        {
            Need(f, a, 1);
            var spec = ToList(a[0]); var s = Gensym("S");
            var report = List(Intern("LAMBDA"), List(s), ListStar(Intern("FORMAT"), s, FromList(spec.Skip(1))));
            return RestartCase(new List<object> { Body(a.Skip(1)), List(spec[0], Nil, Keyword("REPORT"), report, List(Intern("VALUES"), Nil, T)) });
        };
        Table["WITH-CONDITION-RESTARTS"] = (f, a, u) =>
        {
            Need(f, a, 2);
            return List(Intern("%WITH-CONDITION-RESTARTS"), a[0], a[1], ListStar(Intern("LAMBDA"), Nil, FromList(a.Skip(2))));
        };
        Table["CHECK-TYPE"] = (f, a, u) =>
        {
            // the place is read again after a STORE-VALUE restart stores into it
            Need(f, a, 2);
            var top = Gensym("TOP"); var v = Gensym("V");
            return List(Intern("BLOCK"), Nil, List(Intern("TAGBODY"), top,
                List(Intern("UNLESS"), List(Intern("TYPEP"), a[0], Quote(a[1])),
                    RestartCase(new List<object> { List(Intern("%CHECK-TYPE-FAIL"), a[0], Quote(a[1]), Quote(a[0])),
                        List(Intern("STORE-VALUE"), List(v), Keyword("REPORT"), new LispString("Supply a new value of " + Print(a[0]) + "."),
                            Places.Set(a[0], v, u), List(Intern("GO"), top)) }))));
        };
        Table["ASSERT"] = (f, a, u) =>
        {
            Need(f, a, 1);
            var top = Gensym("TOP");
            object err = a.Count > 2 ? ListStar(Intern("ERROR"), FromList(a.Skip(2))) : List(Intern("ERROR"), new LispString("The assertion " + Print(a[0]) + " failed."));
            return List(Intern("BLOCK"), Nil, List(Intern("TAGBODY"), top,
                List(Intern("UNLESS"), a[0],
                    RestartCase(new List<object> { err,
                        List(Intern("CONTINUE"), Nil, Keyword("REPORT"), new LispString("Retry assertion."), List(Intern("GO"), top)) }))));
        };
        Table["CCASE"] = (f, a, u) => ContinuableCase(f, a, u, typed: false);
        Table["CTYPECASE"] = (f, a, u) => ContinuableCase(f, a, u, typed: true);
    }

    /// <summary>RESTART-CASE: the restarts are pushed on the special *%RESTARTS* while the form runs;
    /// INVOKE-RESTART throws (index . arguments) to the catch tag they share, and the clause with that
    /// index runs on the arguments. When the form is a call of ERROR, CERROR, SIGNAL or WARN, its
    /// condition is made first and the restarts are associated with it (CLHS restart-case).</summary>
    private static object RestartCase(List<object> a)
    {
        var tag = Gensym("TAG"); var blk = Gensym("B"); var got = Gensym("ARGS");
        var binds = new List<object> { List(tag, List(Intern("LIST"), Nil)) };
        var restarts = new List<object>(); var cases = new List<object>();
        int i = 0;
        foreach (var cl in a.Skip(1))
        {
            var parts = ToList(cl);
            if (parts.Count < 2 || parts[0] is not Symbol) throw new LispCompileException("RESTART-CASE: bad clause " + Print(cl));
            var body = parts.Skip(2).ToList(); object report = Nil, test = Nil, interactive = Nil;
            while (body.Count >= 2 && body[0] is Symbol { IsKeyword: true } k && k.Name is "REPORT" or "INTERACTIVE" or "TEST")
            {
                // a function name or a lambda expression (not evaluated); :REPORT may also be a string
                object fn = body[1] is Symbol rs && !IsNil(rs) ? List(Intern("FUNCTION"), rs) : body[1];
                if (k.Name == "REPORT") report = fn; else if (k.Name == "TEST") test = fn; else interactive = fn;
                body.RemoveRange(0, 2);
            }
            var r = Gensym("RESTART");
            binds.Add(List(r, List(Intern("%MAKE-RESTART"), Quote(parts[0]), tag, (long)i, report, test, interactive, Nil)));
            restarts.Add(r);
            cases.Add(List((long)i, List(Intern("APPLY"), ListStar(Intern("LAMBDA"), parts[1], FromList(body)), List(Intern("CDR"), got))));
            i++;
        }
        object form = a[0];
        if (form is Cons fc && fc.Car is Symbol op && op.Package == LispSymbols.CommonLisp && op.Name is "ERROR" or "CERROR" or "SIGNAL" or "WARN")
        {
            var args = ToList(fc.Cdr);
            int d = op.Name == "CERROR" ? 1 : 0;
            if (args.Count > d)
            {
                var c = Gensym("CONDITION");
                var type = op.Name switch { "SIGNAL" => "SIMPLE-CONDITION", "WARN" => "SIMPLE-WARNING", _ => "SIMPLE-ERROR" };
                var made = List(Intern("%COERCE-CONDITION"), args[d], new Cons(Intern("LIST"), FromList(args.Skip(d + 1))), Quote(Intern(type)));
                var call = FromList(new object[] { op }.Concat(args.Take(d)).Append(c).Concat(op.Name == "CERROR" ? args.Skip(d + 1) : Array.Empty<object>()));
                form = List(Let, List(List(c, made)),
                    List(Intern("%WITH-CONDITION-RESTARTS"), c, new Cons(Intern("LIST"), FromList(restarts)), List(Intern("LAMBDA"), Nil, call)));
            }
        }
        return List(Intern("LET*"), FromList(binds),
            List(Intern("BLOCK"), blk,
                List(Let, List(List(got, List(Intern("CATCH"), tag,
                        List(Let, List(List(Intern("*%RESTARTS*"), new Cons(Intern("LIST*"), FromList(restarts.Append(Intern("*%RESTARTS*")))))),
                            List(Intern("RETURN-FROM"), blk, form))))),
                    new Cons(Intern("CASE"), new Cons(List(Intern("CAR"), got), FromList(cases))))));
    }

    /// <summary>RESTART-BIND: restarts whose function INVOKE-RESTART calls in place.</summary>
    private static object RestartBind(List<object> a)
    {
        var makes = new List<object>();
        foreach (var b in ToList(a[0]))
        {
            var parts = ToList(b);
            if (parts.Count < 2 || parts[0] is not Symbol) throw new LispCompileException("RESTART-BIND: bad binding " + Print(b));
            object report = Nil, test = Nil, interactive = Nil;
            for (int i = 2; i + 1 < parts.Count; i += 2)
                switch (parts[i])
                {
                    case Symbol { IsKeyword: true, Name: "REPORT-FUNCTION" }: report = parts[i + 1]; break;
                    case Symbol { IsKeyword: true, Name: "TEST-FUNCTION" }: test = parts[i + 1]; break;
                    case Symbol { IsKeyword: true, Name: "INTERACTIVE-FUNCTION" }: interactive = parts[i + 1]; break;
                    default: throw new LispCompileException("RESTART-BIND: unknown option " + Print(parts[i]));
                }
            makes.Add(List(Intern("%MAKE-RESTART"), Quote(parts[0]), Nil, 0L, report, test, interactive, parts[1]));
        }
        return ListStar(Let, List(List(Intern("*%RESTARTS*"), new Cons(Intern("LIST*"), FromList(makes.Append(Intern("*%RESTARTS*")))))), FromList(a.Skip(1)));
    }

    /// <summary>CCASE and CTYPECASE: on no match, a STORE-VALUE restart stores into the key place and
    /// the dispatch runs again.</summary>
    private static object ContinuableCase(Cons f, List<object> a, UnitInfo u, bool typed)
    {
        Need(f, a, 1);
        var top = Gensym("TOP"); var blk = Gensym("B"); var v = Gensym("V");
        var keys = new List<object>();
        foreach (var cl in a.Skip(1))
        {
            var k = Car(cl);
            if (typed || !(k is Cons || IsNil(k))) keys.Add(k); else keys.AddRange(ToList(k));
        }
        object failure = typed
            ? List(Intern("%TYPECASE-FAILURE"), a[0], Quote(new Cons(Intern("OR"), FromList(keys))))
            : List(Intern("%CASE-FAILURE"), a[0], Quote(FromList(keys)));
        var restart = RestartCase(new List<object> { failure,
            List(Intern("STORE-VALUE"), List(v), Keyword("REPORT"), new LispString("Supply a new value for " + Print(a[0]) + "."),
                Places.Set(a[0], v, u), List(Intern("GO"), top)) });
        var clauses = a.Skip(1).Append(List(T, restart));
        return List(Intern("BLOCK"), blk, List(Intern("TAGBODY"), top,
            List(Intern("RETURN-FROM"), blk, new Cons(Intern(typed ? "TYPECASE" : "CASE"), new Cons(a[0], FromList(clauses))))));
    }
}
