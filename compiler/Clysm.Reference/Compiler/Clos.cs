using Clysm.Lisp;
using static Clysm.Reference.Compiler.L;

namespace Clysm.Reference.Compiler;

/// <summary>DEFCLASS, DEFGENERIC, DEFMETHOD and friends, expanded into calls of the run-time object
/// system (Runtime/Library/clos.lisp): classes and generic functions are made when the forms run.</summary>
internal static class Clos
{
    private static object Q(object x) => List(LispSymbols.Quote, x);
    private static bool Key(object x, string name) => x is Symbol { IsKeyword: true } k && k.Name == name;

    /// <summary>(defclass name (supers) (slots) options): %ENSURE-CLASS, then the slots' readers and
    /// writers as methods on the class.</summary>
    public static object DefClass(Cons f, List<object> a, UnitInfo u)
    {
        if (a.Count < 3 || a[0] is not Symbol name) throw new LispCompileException("DEFCLASS: bad syntax " + Print(f));
        var direct = new List<object>(); var methods = new List<object>();
        foreach (var sd in ToList(a[2]))
        {
            var slot = sd as Symbol ?? (Symbol)Car(sd);
            var opts = sd is Cons ? ToList(Cdr(sd)) : new List<object>();
            var initargs = new List<object>(); object initfunction = Nil; object allocation = K("INSTANCE");
            for (int i = 0; i + 1 < opts.Count; i += 2)
            {
                var o = opts[i]; var v = opts[i + 1];
                if (Key(o, "INITARG")) initargs.Add(v);
                else if (Key(o, "INITFORM")) initfunction = List(S("FUNCTION"), List(S("LAMBDA"), Nil, v));
                else if (Key(o, "ALLOCATION")) allocation = v;
                else if (Key(o, "READER") || Key(o, "ACCESSOR"))
                    methods.Add(Method(v, List(name), List(S("SLOT-VALUE"), List(S("CAR"), S("%ARGS")), Q(slot)), u));
                if (Key(o, "WRITER") || Key(o, "ACCESSOR"))
                {
                    // (setf (accessor object) value) is the function (setf accessor); a :writer is a function of (value object)
                    var writer = Key(o, "ACCESSOR") || v is Cons ? Places.SetfFunctionName(v is Cons ? (Symbol)Cadr(v) : (Symbol)v, u) : (Symbol)v;
                    methods.Add(Method(writer, List(T, name),
                        List(S("%SET-SLOT-VALUE"), List(S("CADR"), S("%ARGS")), Q(slot), List(S("CAR"), S("%ARGS"))), u));
                }
            }
            direct.Add(List(S("LIST"), Q(slot), Q(FromList(initargs)), initfunction, allocation));
        }
        var defaults = new List<object>();
        foreach (var opt in a.Skip(3))
        {
            if (opt is Cons { Car: Symbol { IsKeyword: true, Name: "DEFAULT-INITARGS" } } d)
            {
                var items = ToList(d.Cdr);
                for (int i = 0; i + 1 < items.Count; i += 2)
                    defaults.Add(List(S("CONS"), Q(items[i]), List(S("FUNCTION"), List(S("LAMBDA"), Nil, items[i + 1]))));
            }
            else if (opt is Cons { Car: Symbol { IsKeyword: true, Name: "METACLASS" } }) throw new UnsupportedConstructException("defclass :metaclass");
        }
        var forms = new List<object>
        {
            List(S("%ENSURE-CLASS"), Q(name), Q(a[1]), new Cons(S("LIST"), FromList(direct)), new Cons(S("LIST"), FromList(defaults))),
        };
        forms.AddRange(methods);
        forms.Add(List(S("FIND-CLASS"), Q(name)));
        return new Cons(S("PROGN"), FromList(forms));
    }

    /// <summary>A method whose body is a form over %ARGS, the argument list (for readers and writers).</summary>
    private static object Method(object name, object specializers, object body, UnitInfo u) =>
        List(S("%ADD-METHOD"), Q(name), Nil, new Cons(S("LIST"), FromList(ToList(specializers).Select(Q))),
            List(S("FUNCTION"), List(S("LAMBDA"), List(S("%NEXT"), S("%ARGS")), List(S("DECLARE"), List(S("IGNORE"), S("%NEXT"))), body)), Nil);

    /// <summary>(defgeneric name lambda-list options): the generic function, with its :method-combination
    /// and the methods of its :method options.</summary>
    public static object DefGeneric(Cons f, List<object> a, UnitInfo u)
    {
        if (a.Count < 2) throw new LispCompileException("DEFGENERIC: bad syntax " + Print(f));
        var name = FunctionName(a[0], u);
        object combination = Nil; var methods = new List<object>();
        foreach (var opt in a.Skip(2))
        {
            if (opt is not Cons oc || oc.Car is not Symbol { IsKeyword: true } k) continue;
            switch (k.Name)
            {
                case "METHOD-COMBINATION": combination = oc.Cdr; break; // (name options...)
                case "METHOD": methods.Add(DefMethod(f, new[] { a[0] }.Concat(ToList(oc.Cdr)).ToList(), u)); break;
                case "ARGUMENT-PRECEDENCE-ORDER":
                    // methods are ordered left to right; another order would be a wrong answer
                    if (!ToList(oc.Cdr).SequenceEqual(RequiredParameters(a[1]))) throw new UnsupportedConstructException("defgeneric :argument-precedence-order");
                    break;
                case "GENERIC-FUNCTION-CLASS": case "METHOD-CLASS": throw new UnsupportedConstructException("defgeneric :" + k.Name.ToLowerInvariant());
            }
        }
        var forms = new List<object> { List(S("%ENSURE-GENERIC"), Q(name), Q(a[1]), Q(combination)) };
        forms.AddRange(methods);
        forms.Add(List(S("%ENSURE-GENERIC"), Q(name), Nil, Nil));
        return new Cons(S("PROGN"), FromList(forms));
    }

    private static IEnumerable<object> RequiredParameters(object lambdaList) =>
        ToList(lambdaList).TakeWhile(p => p is not Symbol { Name: var n } || !n.StartsWith('&')).Select(p => p is Cons c ? c.Car : p);

    private static Symbol FunctionName(object name, UnitInfo u) => name switch
    {
        Symbol s => s,
        Cons { Car: Symbol { Name: "SETF" }, Cdr: Cons { Car: Symbol accessor } } => Places.SetfFunctionName(accessor, u),
        _ => throw new LispCompileException("bad function name " + Print(name)),
    };

    /// <summary>(defmethod name qualifiers... specialized-lambda-list body): %ADD-METHOD with the method's
    /// function of (next arguments), in which call-next-method and next-method-p are local functions.</summary>
    public static object DefMethod(Cons f, List<object> a, UnitInfo u)
    {
        if (a.Count < 2) throw new LispCompileException("DEFMETHOD: bad syntax " + Print(f));
        var name = FunctionName(a[0], u);
        int i = 1; var qualifiers = new List<object>();
        while (i < a.Count && a[i] is not Cons && !IsNil(a[i])) qualifiers.Add(a[i++]);
        if (i >= a.Count) throw new LispCompileException("DEFMETHOD: no lambda list in " + Print(f));
        var lambdaList = ToList(a[i]); var body = a.Skip(i + 1).ToList();
        var specializers = new List<object>(); var plain = new List<object>();
        bool required = true, hasKey = false, anyKey = false; var keys = new List<object>(); string mode = "req";
        foreach (var p in lambdaList)
        {
            if (p is Symbol { Name: var n } && n.StartsWith('&'))
            {
                required = false; mode = n;
                if (n == "&KEY") hasKey = true;
                if (n is "&ALLOW-OTHER-KEYS" or "&REST" or "&BODY") anyKey = true;
                plain.Add(p); continue;
            }
            if (required)
            {
                if (p is Cons pc)
                {
                    var spec = Cadr(pc);
                    specializers.Add(spec is Cons { Car: Symbol { Name: "EQL" } } eql ? List(S("LIST"), Q(S("EQL")), Cadr(eql)) : Q(spec));
                    plain.Add(pc.Car);
                }
                else { specializers.Add(Q(T)); plain.Add(p); }
                continue;
            }
            if (mode == "&KEY")
            {
                var v = p is Cons kc ? kc.Car : p;
                keys.Add(v is Cons kv ? Car(kv) : Symbol.Keyword(((Symbol)v).Name));
            }
            plain.Add(p);
        }
        // methods accept the keywords of the other methods (CLHS 7.6.5)
        if (hasKey && !lambdaList.Any(p => p is Symbol { Name: "&ALLOW-OTHER-KEYS" })) plain.Add(S("&ALLOW-OTHER-KEYS"));
        var next = Gensym("NEXT"); var args = Gensym("ARGS"); var cnm = Gensym("CNM-ARGS");
        // the body is in a block named by the generic function (its accessor's name for a setf function)
        var blockName = a[0] is Cons nc ? Cadr(nc) : a[0];
        var (decls, forms) = SplitDeclarations(body);
        var method = List(S("FUNCTION"), List(S("LAMBDA"), List(next, args),
            List(S("FLET"), List(
                    List(S("CALL-NEXT-METHOD"), List(S("&REST"), cnm), List(S("%CALL-NEXT-METHOD"), next, args, cnm)),
                    List(S("NEXT-METHOD-P"), Nil, List(S("FUNCTIONP"), next))),
                List(S("DECLARE"), List(S("IGNORABLE"), List(S("FUNCTION"), S("CALL-NEXT-METHOD")), List(S("FUNCTION"), S("NEXT-METHOD-P")))),
                List(S("APPLY"), List(S("FUNCTION"), ListStar(S("LAMBDA"), FromList(plain),
                    FromList(decls.Append(ListStar(S("BLOCK"), blockName, FromList(forms)))))), args))));
        return List(S("%ADD-METHOD"), Q(name), Q(FromList(qualifiers)), new Cons(S("LIST"), FromList(specializers)), method,
            anyKey ? T : Q(FromList(keys)));
    }

    private static (List<object> Decls, List<object> Body) SplitDeclarations(List<object> body)
    {
        int k = 0;
        while (k < body.Count && (body[k] is Cons { Car: Symbol { Name: "DECLARE" } } || body[k] is LispString && k + 1 < body.Count)) k++;
        return (body.Take(k).Where(x => x is Cons).ToList(), body.Skip(k).ToList());
    }

    /// <summary>(with-slots (slot (var slot)...) instance body) and (with-accessors ((var accessor)...) instance body).</summary>
    public static object WithSlots(List<object> a, bool accessors)
    {
        var instance = Gensym("INSTANCE");
        var macros = ToList(a[0]).Select(e =>
        {
            var (v, target) = e is Symbol s ? (s, (object)s) : (Car(e), Cadr(e));
            return (object)List(v, accessors ? List(target, instance) : List(S("SLOT-VALUE"), instance, Q(target)));
        });
        return List(S("LET"), List(List(instance, a[1])), ListStar(S("SYMBOL-MACROLET"), FromList(macros), FromList(a.Skip(2))));
    }
}
