using Clysm.Lisp;
using static Clysm.Reference.Compiler.L;

namespace Clysm.Reference.Compiler;

/// <summary>DEFSTRUCT and DEFINE-CONDITION, expanded into ordinary DEFUNs over prelude primitives.
/// A structure instance is (struct type slots-vector); its layout is known at compile time.</summary>
internal static class Structs
{
    internal sealed record StructInfo(Symbol Name, List<(Symbol Slot, object Default)> Slots);

    public static object Expand(Cons f, List<object> a, UnitInfo u)
    {
        if (a.Count == 0) throw new LispCompileException("DEFSTRUCT: no name");
        Symbol name; var options = new List<object>();
        if (a[0] is Symbol s) name = s;
        else { name = (Symbol)Car(a[0]); options = ToList(Cdr(a[0])); }
        string conc = name.Name + "-";
        var constructors = new List<(Symbol Name, object? Args)>();
        bool defaultCtor = true;
        Symbol? predicate = S(name.Name + "-P"), copier = S("COPY-" + name.Name);
        Symbol? parent = null;
        foreach (var o in options)
        {
            var key = o is Cons oc ? (Symbol)oc.Car : (Symbol)o;
            var args = o is Cons oc2 ? ToList(oc2.Cdr) : new List<object>();
            switch (key.Name)
            {
                case "CONC-NAME": conc = args.Count == 0 || IsNil(args[0]) ? "" : args[0] is LispString cs ? cs.Text : ((Symbol)args[0]).Name; break;
                case "CONSTRUCTOR":
                    if (args.Count == 0) break;
                    if (IsNil(args[0])) { defaultCtor = false; break; }
                    defaultCtor = false;
                    constructors.Add(((Symbol)args[0], args.Count > 1 ? args[1] : null));
                    break;
                case "PREDICATE": predicate = args.Count > 0 && IsNil(args[0]) ? null : args.Count > 0 ? (Symbol)args[0] : predicate; break;
                case "COPIER": copier = args.Count > 0 && IsNil(args[0]) ? null : args.Count > 0 ? (Symbol)args[0] : copier; break;
                case "INCLUDE": parent = (Symbol)args[0]; break;
                case "TYPE": throw new UnsupportedConstructException("defstruct :type");
                case "PRINT-FUNCTION": case "PRINT-OBJECT": throw new UnsupportedConstructException("defstruct " + key.Name.ToLowerInvariant());
                case "NAMED": case "INITIAL-OFFSET": throw new UnsupportedConstructException("defstruct " + key.Name.ToLowerInvariant());
            }
        }
        if (defaultCtor) constructors.Add((S("MAKE-" + name.Name), null));
        var slots = new List<(Symbol Slot, object Default)>();
        if (parent != null)
        {
            if (!u.Structs.TryGetValue(parent, out var pinfo)) throw new LispCompileException($"DEFSTRUCT {name.Name}: unknown :include {parent.Name}");
            slots.AddRange(pinfo.Slots);
        }
        int docSkip = a.Count > 1 && a[1] is LispString ? 2 : 1;
        foreach (var sd in a.Skip(docSkip))
        {
            if (sd is Symbol ss) slots.Add((ss, Nil));
            else slots.Add(((Symbol)Car(sd), Cdr(sd) is Cons ? Cadr(sd) : Nil));
        }
        u.Structs[name] = new StructInfo(name, slots);
        var forms = new List<object>
        {
            List(S("%REGISTER-STRUCT"), List(LispSymbols.Quote, name), List(LispSymbols.Quote, FromList(slots.Select(x => (object)x.Slot))),
                List(LispSymbols.Quote, (object?)parent ?? Nil)),
        };
        var qname = List(LispSymbols.Quote, name);
        foreach (var (cname, cargs) in constructors)
        {
            object lambdaList; var values = new List<object>();
            if (cargs == null)
            {
                lambdaList = new Cons(S("&KEY"), FromList(slots.Select(x => (object)List(x.Slot, x.Default))));
                values.AddRange(slots.Select(x => (object)x.Slot));
            }
            else
            {
                // a BOA constructor: slots it does not name get their defaults (through &aux)
                var named = new HashSet<Symbol>();
                foreach (var p in ToList(cargs)) { var v = p is Cons pc ? pc.Car : p; if (v is Symbol vs && !vs.Name.StartsWith('&')) named.Add(vs); }
                var aux = slots.Where(x => !named.Contains(x.Slot)).Select(x => (object)List(x.Slot, x.Default)).ToList();
                lambdaList = aux.Count == 0 ? cargs : FromList(ToList(cargs).Append(S("&AUX")).Concat(aux));
                values.AddRange(slots.Select(x => (object)x.Slot));
            }
            forms.Add(List(S("DEFUN"), cname, lambdaList, List(S("%MAKE-INSTANCE"), qname, new Cons(S("VECTOR"), FromList(values)))));
        }
        var x0 = S("OBJ"); var v0 = S("VAL");
        if (predicate != null)
            forms.Add(List(S("DEFUN"), predicate, List(x0), List(S("AND"), List(S("%INSTANCEP"), x0), List(S("%STRUCT-SUBTYPE-P"), List(S("%INSTANCE-TYPE"), x0), qname))));
        if (copier != null) forms.Add(List(S("DEFUN"), copier, List(x0), List(S("COPY-STRUCTURE"), x0)));
        for (int i = 0; i < slots.Count; i++)
        {
            var acc = S(conc + slots[i].Slot.Name);
            var setter = S("%SET-" + conc + slots[i].Slot.Name);
            u.StructSetters[acc] = setter;
            forms.Add(List(S("DEFUN"), acc, List(x0), List(S("SVREF"), List(S("%STRUCT-CHECK"), x0, qname, List(LispSymbols.Quote, acc)), (long)i)));
            forms.Add(List(S("DEFUN"), setter, List(x0, v0),
                List(S("%VECTOR-SET"), List(S("%STRUCT-CHECK"), x0, qname, List(LispSymbols.Quote, acc)), (long)i, v0)));
        }
        forms.Add(qname);
        return new Cons(S("PROGN"), FromList(forms));
    }

    public static Symbol? SetterFor(Symbol accessor, UnitInfo u) => u.StructSetters.TryGetValue(accessor, out var s) ? s : null;

    /// <summary>DEFINE-CONDITION: the class is registered at run time (%REGISTER-CONDITION in
    /// Runtime/Library/conditions.lisp) with its slots (name, initargs, initform), :REPORT and
    /// :DEFAULT-INITARGS; readers, writers and accessors become functions over the slot.</summary>
    public static object DefineCondition(Cons f, List<object> a, UnitInfo u)
    {
        if (a.Count < 2 || a[0] is not Symbol name) throw new LispCompileException("DEFINE-CONDITION: too few arguments");
        object Q(object x) => List(LispSymbols.Quote, x);
        var parents = ToList(a[1]);
        var slotSpecs = new List<object>();
        var forms = new List<object>();
        var c = S("CONDITION"); var v = S("VALUE");
        foreach (var sd in a.Count > 2 ? ToList(a[2]) : new List<object>())
        {
            var slot = sd is Symbol ss ? ss : (Symbol)Car(sd);
            var opts = sd is Cons ? ToList(Cdr(sd)) : new List<object>();
            if (opts.Count % 2 != 0) throw new LispCompileException($"DEFINE-CONDITION {name.Name}: bad slot options {Print(sd)}");
            var initargs = new List<object>(); object initform = Nil;
            for (int i = 0; i + 1 < opts.Count; i += 2)
            {
                var o = (opts[i] as Symbol)?.Name;
                var value = opts[i + 1];
                switch (o)
                {
                    case "INITARG": initargs.Add(value); break;
                    case "INITFORM": initform = List(S("LAMBDA"), Nil, value); break;
                    case "READER": forms.Add(List(S("DEFUN"), value, List(c), List(S("%CONDITION-SLOT"), c, Q(slot)))); break;
                    case "WRITER":
                        forms.Add(List(S("DEFUN"), value, List(v, c), List(S("%SET-CONDITION-SLOT"), c, Q(slot), v)));
                        break;
                    case "ACCESSOR":
                        {
                            var acc = (Symbol)value;
                            forms.Add(List(S("DEFUN"), acc, List(c), List(S("%CONDITION-SLOT"), c, Q(slot))));
                            var setter = S("%SET-" + acc.Name);
                            u.StructSetters[acc] = setter;
                            forms.Add(List(S("DEFUN"), setter, List(c, v), List(S("%SET-CONDITION-SLOT"), c, Q(slot), v)));
                            break;
                        }
                    case "TYPE": case "DOCUMENTATION": case "ALLOCATION": break;
                    default: throw new LispCompileException($"DEFINE-CONDITION {name.Name}: unknown slot option {Print(opts[i])}");
                }
            }
            slotSpecs.Add(List(S("LIST"), Q(slot), Q(FromList(initargs)), initform));
        }
        object report = Nil; var defaults = new List<object>();
        foreach (var opt in a.Skip(3))
        {
            if (opt is not Cons oc || oc.Car is not Symbol on) continue;
            if (on.Name == "REPORT")
            {
                var r = Cadr(oc);
                report = r is LispString rs
                    ? List(S("LAMBDA"), List(c, S("STREAM")), List(S("WRITE-STRING"), rs, S("STREAM")))
                    : r is Symbol ? List(S("FUNCTION"), r) : r;
            }
            else if (on.Name == "DEFAULT-INITARGS")
            {
                var d = ToList(oc.Cdr);
                for (int i = 0; i + 1 < d.Count; i += 2) defaults.Add(List(S("CONS"), Q(d[i]), List(S("LAMBDA"), Nil, d[i + 1])));
            }
        }
        forms.Insert(0, List(S("%REGISTER-CONDITION"), Q(name), Q(FromList(parents)),
            new Cons(S("LIST"), FromList(slotSpecs)), report, new Cons(S("LIST"), FromList(defaults))));
        forms.Add(Q(name));
        return new Cons(S("PROGN"), FromList(forms));
    }
}
