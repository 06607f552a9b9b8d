using Clysm.Lisp;
using static Clysm.Reference.Compiler.ListOps;

namespace Clysm.Reference.Compiler;

/// <summary>The object system's macros (CLHS 7): DEFCLASS, DEFGENERIC, DEFMETHOD, WITH-SLOTS,
/// WITH-ACCESSORS, the short form of DEFINE-METHOD-COMBINATION, PRINT-UNREADABLE-OBJECT. They expand into
/// calls of Runtime/Library/clos.lisp, where classes and generic functions live; a method is compiled
/// as a function of (arguments context) so that CALL-NEXT-METHOD can reach the next methods.</summary>
internal static partial class Macros
{
    private static void RegisterClos()
    {
        Table["DEFCLASS"] = (f, a, u) => DefClass(f, a, u);
        Table["DEFGENERIC"] = (f, a, u) => DefGeneric(f, a, u);
        Table["DEFMETHOD"] = (f, a, u) =>
        {
            Need(f, a, 2);
            var name = GenericName(a[0], u);
            int i = 1; var qualifiers = new List<object>();
            while (i < a.Count && a[i] is not Cons && !IsNil(a[i])) qualifiers.Add(a[i++]);
            if (i >= a.Count) throw new LispCompileException("DEFMETHOD: no lambda list in " + Print(f));
            return Method(name, BlockName(a[0]), qualifiers, a[i], a.Skip(i + 1).ToList());
        };
        Table["WITH-SLOTS"] = (f, a, u) =>
        {
            Need(f, a, 2);
            var o = Gensym("OBJECT");
            var macros = ToList(a[0]).Select(s => s is Symbol v
                ? List(v, List(Intern("SLOT-VALUE"), o, Quote(v)))
                : List(Car(s), List(Intern("SLOT-VALUE"), o, Quote(Cadr(s))))).ToList();
            return List(Let, List(List(o, a[1])), ListStar(Intern("SYMBOL-MACROLET"), FromList(macros), FromList(a.Skip(2))));
        };
        Table["WITH-ACCESSORS"] = (f, a, u) =>
        {
            Need(f, a, 2);
            var o = Gensym("OBJECT");
            var macros = ToList(a[0]).Select(s => List(Car(s), List(Cadr(s), o))).ToList();
            return List(Let, List(List(o, a[1])), ListStar(Intern("SYMBOL-MACROLET"), FromList(macros), FromList(a.Skip(2))));
        };
        Table["DEFINE-METHOD-COMBINATION"] = (f, a, u) =>
        {
            Need(f, a, 1);
            // the long form has a lambda list (maybe empty) where the short form has options
            if (a.Count > 1 && a[1] is not Symbol { IsKeyword: true }) return LongCombination(f, a);
            object op = a[0]; object identity = Nil;
            for (int i = 1; i + 1 < a.Count; i += 2)
                switch ((a[i] as Symbol)?.Name)
                {
                    case "OPERATOR": op = a[i + 1]; break;
                    case "IDENTITY-WITH-ONE-ARGUMENT": identity = IsNil(a[i + 1]) ? Nil : T; break;
                    case "DOCUMENTATION": break;
                    default: throw new LispCompileException("DEFINE-METHOD-COMBINATION: unknown option " + Print(a[i]));
                }
            return List(Intern("%DEFINE-METHOD-COMBINATION"), Quote(a[0]), Quote(op), identity);
        };
        Table["PRINT-UNREADABLE-OBJECT"] = (f, a, u) =>
        {
            Need(f, a, 1);
            var spec = ToList(a[0]);
            if (spec.Count < 2) throw new LispCompileException("PRINT-UNREADABLE-OBJECT: bad specification " + Print(a[0]));
            object type = Nil, identity = Nil;
            for (int i = 2; i + 1 < spec.Count; i += 2)
                if (Is(spec[i], "TYPE")) type = spec[i + 1]; else if (Is(spec[i], "IDENTITY")) identity = spec[i + 1];
            object body = a.Count > 1 ? ListStar(Intern("LAMBDA"), Nil, FromList(a.Skip(1))) : Nil;
            return List(Intern("%PRINT-UNREADABLE-OBJECT"), spec[0], spec[1], type, identity, body);
        };
    }

    /// <summary>The long form of DEFINE-METHOD-COMBINATION (CLHS 7.6.6.4): a function of the applicable
    /// methods (most specific first) and the :METHOD-COMBINATION options that sorts the methods into the
    /// groups and runs the body; the body's form, with CALL-METHOD and MAKE-METHOD, is then evaluated
    /// by the run-time evaluator (Runtime/Library/eval.lisp).</summary>
    private static object LongCombination(Cons f, List<object> a)
    {
        Need(f, a, 3);
        var methods = Gensym("METHODS"); var options = Gensym("OPTIONS");
        var groups = new List<object>(); var vars = new List<object>();
        foreach (var spec in ToList(a[2]))
        {
            var parts = ToList(spec);
            if (parts.Count < 2 || parts[0] is not Symbol v) throw new LispCompileException("DEFINE-METHOD-COMBINATION: bad method group " + Print(spec));
            vars.Add(v);
            int i = 1; var patterns = new List<object>();
            while (i < parts.Count && parts[i] is not Symbol { IsKeyword: true }) patterns.Add(parts[i++]);
            object order = Keyword("MOST-SPECIFIC-FIRST"), required = Nil;
            for (; i + 1 < parts.Count; i += 2)
                switch (((Symbol)parts[i]).Name)
                {
                    case "ORDER": order = parts[i + 1]; break;
                    case "REQUIRED": required = parts[i + 1]; break;
                    case "DESCRIPTION": break;
                    default: throw new LispCompileException("DEFINE-METHOD-COMBINATION: unknown method group option " + Print(parts[i]));
                }
            // a single symbol other than * is a predicate on the qualifiers
            object matcher = patterns.Count == 1 && patterns[0] is Symbol ps && !IsNil(ps) && ps.Name != "*"
                ? List(Function, ps) : Quote(FromList(patterns));
            groups.Add(List(Intern("LIST"), matcher, order, required));
        }
        var body = a.Skip(3).ToList();
        if (body.FirstOrDefault() is Cons { Car: Symbol { IsKeyword: true } opt })
            throw new UnsupportedConstructException("define-method-combination " + opt.Name.ToLowerInvariant());
        var inner = List(Intern("DESTRUCTURING-BIND"), FromList(vars), List(Intern("%METHOD-GROUPS"), methods, new Cons(Intern("LIST"), FromList(groups))), new Cons(Progn, FromList(body)));
        var fn = List(Function, List(Intern("LAMBDA"), List(methods, options),
            List(Intern("APPLY"), List(Function, List(Intern("LAMBDA"), a[1], inner)), options)));
        return List(Intern("%DEFINE-LONG-COMBINATION"), Quote(a[0]), fn);
    }

    /// <summary>The symbol a generic function is stored under: its name, or the unit's symbol for (setf name).</summary>
    private static Symbol GenericName(object name, UnitInfo u) => name switch
    {
        Symbol s => s,
        Cons { Car: Symbol { Name: "SETF" }, Cdr: Cons { Car: Symbol accessor } } => Places.SetfFunctionName(accessor, u),
        _ => throw new LispCompileException("bad generic function name " + Print(name)),
    };

    private static Symbol BlockName(object name) => name is Cons c ? (Symbol)Cadr(c) : (Symbol)name;

    private static object DefClass(Cons f, List<object> a, UnitInfo u)
    {
        Need(f, a, 2);
        if (a[0] is not Symbol name) throw new LispCompileException("DEFCLASS: bad class name " + Print(a[0]));
        var specs = new List<object>(); var accessors = new List<object>();
        var c = Gensym("CLASS");
        foreach (var sd in a.Count > 2 ? ToList(a[2]) : new List<object>())
        {
            var slot = sd as Symbol ?? Car(sd) as Symbol ?? throw new LispCompileException("DEFCLASS: bad slot " + Print(sd));
            var opts = sd is Cons ? ToList(Cdr(sd)) : new List<object>();
            if (opts.Count % 2 != 0) throw new LispCompileException($"DEFCLASS {name.Name}: bad slot options {Print(sd)}");
            var initargs = new List<object>(); object initform = Nil; object allocation = Keyword("INSTANCE");
            for (int i = 0; i < opts.Count; i += 2)
            {
                var value = opts[i + 1];
                switch ((opts[i] as Symbol)?.Name)
                {
                    case "INITARG": initargs.Add(value); break;
                    case "INITFORM": initform = List(Intern("LAMBDA"), Nil, value); break;
                    case "ALLOCATION": allocation = value; break;
                    case "READER": accessors.Add(List(Intern("%ADD-READER"), Quote(value), c, Quote(slot))); break;
                    case "WRITER": accessors.Add(List(Intern("%ADD-WRITER"), Quote(GenericName(value, u)), c, Quote(slot))); break;
                    case "ACCESSOR":
                        accessors.Add(List(Intern("%ADD-READER"), Quote(value), c, Quote(slot)));
                        accessors.Add(List(Intern("%ADD-WRITER"), Quote(GenericName(List(Intern("SETF"), value), u)), c, Quote(slot)));
                        break;
                    case "TYPE": case "DOCUMENTATION": break;
                    default: throw new LispCompileException($"DEFCLASS {name.Name}: unknown slot option {Print(opts[i])}");
                }
            }
            specs.Add(List(Intern("%SLOT-SPEC"), Quote(slot), Quote(FromList(initargs)), initform, Quote(allocation)));
        }
        var defaults = new List<object>();
        foreach (var opt in a.Skip(3))
        {
            if (opt is not Cons { Car: Symbol on } oc) throw new LispCompileException($"DEFCLASS {name.Name}: bad option {Print(opt)}");
            switch (on.Name)
            {
                case "DEFAULT-INITARGS":
                    {
                        var d = ToList(oc.Cdr);
                        for (int i = 0; i + 1 < d.Count; i += 2) defaults.Add(List(Intern("CONS"), Quote(d[i]), List(Intern("LAMBDA"), Nil, d[i + 1])));
                        break;
                    }
                case "METACLASS":
                    if (!Is(Cadr(oc), "STANDARD-CLASS")) throw new UnsupportedConstructException("defclass :metaclass " + Print(Cadr(oc)).ToLowerInvariant());
                    break;
                case "DOCUMENTATION": break;
                default: throw new LispCompileException($"DEFCLASS {name.Name}: unknown option {Print(opt)}");
            }
        }
        var make = List(Intern("%ENSURE-CLASS"), Quote(name), Quote(a[1]), new Cons(Intern("LIST"), FromList(specs)), new Cons(Intern("LIST"), FromList(defaults)));
        return ListStar(Let, List(List(c, make)), FromList(accessors.Append(c)));
    }

    private static object DefGeneric(Cons f, List<object> a, UnitInfo u)
    {
        Need(f, a, 2);
        var name = GenericName(a[0], u);
        var required = ToList(a[1]).TakeWhile(p => !(p is Symbol s && s.Name.StartsWith('&'))).ToList();
        object combination = Nil, precedence = Nil;
        var methods = new List<object>();
        foreach (var opt in a.Skip(2))
        {
            if (opt is not Cons { Car: Symbol on } oc) throw new LispCompileException("DEFGENERIC: bad option " + Print(opt));
            switch (on.Name)
            {
                case "METHOD-COMBINATION": combination = oc.Cdr; break;
                case "ARGUMENT-PRECEDENCE-ORDER":
                    precedence = FromList(ToList(oc.Cdr).Select(p => (object)(long)required.IndexOf(p)));
                    if (ToList(precedence).Contains(-1L)) throw new LispCompileException("DEFGENERIC: bad :argument-precedence-order " + Print(opt));
                    break;
                case "METHOD":
                    {
                        var m = ToList(oc.Cdr); int i = 0; var qualifiers = new List<object>();
                        while (i < m.Count && m[i] is not Cons && !IsNil(m[i])) qualifiers.Add(m[i++]);
                        if (i >= m.Count) throw new LispCompileException("DEFGENERIC: bad :method " + Print(opt));
                        methods.Add(Method(name, BlockName(a[0]), qualifiers, m[i], m.Skip(i + 1).ToList()));
                        break;
                    }
                case "DOCUMENTATION": case "DECLARE": case "GENERIC-FUNCTION-CLASS": case "METHOD-CLASS": break;
                default: throw new LispCompileException("DEFGENERIC: unknown option " + Print(opt));
            }
        }
        var gf = Gensym("GF");
        return ListStar(Let, List(List(gf, List(Intern("%ENSURE-GENERIC"), Quote(name), Quote(a[1]), Quote(combination), Quote(precedence)))),
            FromList(methods.Append(gf)));
    }

    /// <summary>A method: (%DEFMETHOD name qualifiers specializers function lambda-list keywords allow-other-keys).
    /// The function applies the method's lambda (parameters unspecialized, &amp;ALLOW-OTHER-KEYS added when
    /// there is &amp;KEY, CLHS 7.6.5) to the arguments; CALL-NEXT-METHOD and NEXT-METHOD-P are local
    /// functions over the context when the body uses them.</summary>
    private static object Method(Symbol name, Symbol blockName, List<object> qualifiers, object lambdaList, List<object> body)
    {
        var specializers = new List<object>(); var parameters = new List<object>();
        var keys = new List<object>(); bool allow = false; string mode = "&REQUIRED";
        object p = lambdaList;
        for (; p is Cons pc; p = pc.Cdr)
        {
            var x = pc.Car;
            if (x is Symbol ks && ks.Name.StartsWith('&'))
            {
                if (ks.Name == "&ALLOW-OTHER-KEYS") allow = true; else mode = ks.Name;
                parameters.Add(x);
                continue;
            }
            if (mode == "&REQUIRED")
            {
                if (x is Cons sc)
                {
                    parameters.Add(sc.Car);
                    var spec = Cadr(sc);
                    specializers.Add(spec is Cons { Car: Symbol { Name: "EQL" } } eq ? List(Intern("LIST"), Quote(Intern("EQL")), Cadr(eq)) : Quote(spec));
                }
                else { parameters.Add(x); specializers.Add(Quote(T)); }
                continue;
            }
            if (mode == "&KEY")
            {
                var first = x is Cons xc ? xc.Car : x;
                keys.Add(first is Cons kc ? Car(kc) : Keyword(((Symbol)first).Name));
            }
            parameters.Add(x);
        }
        if (!IsNil(p)) throw new LispCompileException("DEFMETHOD: dotted lambda list " + Print(lambdaList));
        if (ToList(lambdaList).Any(x => Is(x, "&KEY")) && !allow)
        {
            // &allow-other-keys goes before &aux
            int aux = parameters.FindIndex(x => Is(x, "&AUX"));
            parameters.Insert(aux < 0 ? parameters.Count : aux, Intern("&ALLOW-OTHER-KEYS"));
        }
        if (body.Count > 1 && body[0] is LispString) body = body.Skip(1).ToList();
        var (decls, forms) = SplitDecls(body);
        var args = Gensym("ARGS"); var context = Gensym("CONTEXT");
        object inner = ListStar(Intern("LAMBDA"), FromList(parameters), FromList(decls.Append(ListStar(Intern("BLOCK"), blockName, FromList(forms)))));
        object call = List(Intern("APPLY"), List(Function, inner), args);
        var all = FromList(body);
        if (Mentions(all, "CALL-NEXT-METHOD") || Mentions(all, "NEXT-METHOD-P"))
        {
            var cnm = Gensym("CNM-ARGS");
            call = List(Intern("FLET"), List(
                    List(Intern("CALL-NEXT-METHOD"), List(Intern("&REST"), cnm), List(Intern("%CALL-NEXT-METHOD"), context, List(If, cnm, cnm, args))),
                    List(Intern("NEXT-METHOD-P"), Nil, List(Intern("%NEXT-METHOD-P"), context))),
                call);
        }
        var fn = List(Function, List(Intern("LAMBDA"), List(args, context), List(Intern("DECLARE"), List(Intern("IGNORABLE"), context)), call));
        return List(Intern("%DEFMETHOD"), Quote(name), Quote(FromList(qualifiers)), new Cons(Intern("LIST"), FromList(specializers)), fn,
            Quote(lambdaList), Quote(FromList(keys)), allow ? T : Nil);
    }
}
