using Clysm.Lisp;
using static Clysm.Reference.Compiler.ListOps;

namespace Clysm.Reference.Compiler;

/// <summary>DEFSTRUCT and DEFINE-CONDITION, expanded into ordinary DEFUNs over prelude primitives.
/// A structure instance is (struct type slots-vector); its layout is known at compile time.</summary>
internal static class Structs
{
    /// <summary>A structure of the unit: its slots in order (inherited first) with their defaults; for a
    /// :type list or vector structure, the representation and the layout of its elements (a slot, or
    /// null for a constant: the structure's name when :named, NIL for :initial-offset).</summary>
    internal sealed record StructInfo(Symbol Name, List<(Symbol Slot, object Default)> Slots, string? Representation = null,
                                      List<(Symbol? Slot, object Constant)>? Layout = null, object? Printer = null);

    public static object Expand(Cons f, List<object> a, UnitInfo u)
    {
        if (a.Count == 0) throw new LispCompileException("DEFSTRUCT: no name");
        Symbol name; var options = new List<object>();
        if (a[0] is Symbol s) name = s;
        else { name = (Symbol)Car(a[0]); options = ToList(Cdr(a[0])); }
        string conc = name.Name + "-";
        var constructors = new List<(Symbol Name, object? Args)>();
        bool defaultCtor = true, named = false;
        Symbol? predicate = Intern(name.Name + "-P"), copier = Intern("COPY-" + name.Name);
        Symbol? parent = null; var overrides = new List<object>();
        string? representation = null; long offset = 0; object? printer = null; bool printerTakesDepth = true;
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
                case "INCLUDE": parent = (Symbol)args[0]; overrides = args.Skip(1).ToList(); break;
                case "TYPE":
                    {
                        var t = args.Count > 0 ? args[0] : Nil;
                        representation = t is Symbol { Name: "LIST" } ? "LIST" : t is Symbol { Name: "VECTOR" } || t is Cons { Car: Symbol { Name: "VECTOR" } } ? "VECTOR"
                            : throw new LispCompileException($"DEFSTRUCT {name.Name}: bad :type {Print(t)}");
                        break;
                    }
                case "NAMED": named = true; break;
                case "INITIAL-OFFSET": offset = args.Count > 0 && args[0] is long n ? n : 0; break;
                case "PRINT-FUNCTION": case "PRINT-OBJECT":
                    // (:print-function f) gets (object stream depth), (:print-object f) (object stream)
                    printer = args.Count == 0 ? Nil : args[0] is Symbol ps && !IsNil(ps) ? List(Intern("FUNCTION"), ps) : args[0];
                    printerTakesDepth = key.Name == "PRINT-FUNCTION";
                    break;
            }
        }
        if (representation != null && !named) predicate = null; // an unnamed typed structure cannot be recognised
        if (defaultCtor) constructors.Add((Intern("MAKE-" + name.Name), null));
        var slots = new List<(Symbol Slot, object Default)>();
        var layout = representation == null ? null : new List<(Symbol? Slot, object Constant)>();
        StructInfo? pinfo = null;
        if (parent != null)
        {
            if (!u.Structs.TryGetValue(parent, out pinfo)) throw new LispCompileException($"DEFSTRUCT {name.Name}: unknown :include {parent.Name}");
            if (pinfo.Representation != representation)
                throw new LispCompileException($"DEFSTRUCT {name.Name}: :include {parent.Name} has another :type");
            slots.AddRange(pinfo.Slots);
            layout?.AddRange(pinfo.Layout!);
            printer ??= pinfo.Printer;
            // (:include parent (slot new-default) ...) replaces the inherited defaults
            foreach (var ov in overrides)
            {
                var slotName = ov is Symbol os ? os : (Symbol)Car(ov);
                int k = slots.FindIndex(x => x.Slot.Name == slotName.Name);
                if (k < 0) throw new LispCompileException($"DEFSTRUCT {name.Name}: :include {parent.Name} has no slot {slotName.Name}");
                slots[k] = (slots[k].Slot, ov is Cons && Cdr(ov) is Cons ? Cadr(ov) : Nil);
            }
        }
        if (layout != null)
        {
            for (long i = 0; i < offset; i++) layout.Add((null, Nil));
            if (named) layout.Add((null, List(LispSymbols.Quote, name)));
        }
        int docSkip = a.Count > 1 && a[1] is LispString ? 2 : 1;
        foreach (var sd in a.Skip(docSkip))
        {
            var slot = sd is Symbol ss ? ss : (Symbol)Car(sd);
            if (slots.Any(x => x.Slot.Name == slot.Name))
                // as SBCL, at macroexpansion time, which for this compiler is when the form runs
                return List(Intern("ERROR"), List(LispSymbols.Quote, Intern("PROGRAM-ERROR")), Keyword("FORMAT-CONTROL"),
                    new LispString("DEFSTRUCT ~S: the slot name ~S is used twice"), Keyword("FORMAT-ARGUMENTS"),
                    List(Intern("LIST"), List(LispSymbols.Quote, name), List(LispSymbols.Quote, slot)));
            slots.Add((slot, sd is Cons && Cdr(sd) is Cons ? Cadr(sd) : Nil));
            layout?.Add((slot, Nil));
        }
        u.Structs[name] = new StructInfo(name, slots, representation, layout, printer);
        var qname = List(LispSymbols.Quote, name);
        var forms = new List<object>();
        if (representation == null)
            forms.Add(List(Intern("%REGISTER-STRUCT"), qname, List(LispSymbols.Quote, FromList(slots.Select(x => (object)x.Slot))),
                List(LispSymbols.Quote, (object?)parent ?? Nil),
                printer == null ? Nil : printerTakesDepth ? printer : List(Intern("%PRINT-OBJECT-PRINTER"), printer)));
        foreach (var (cname, cargs) in constructors)
        {
            object lambdaList;
            if (cargs == null) lambdaList = new Cons(Intern("&KEY"), FromList(slots.Select(x => (object)List(x.Slot, x.Default))));
            else lambdaList = BoaLambdaList(cargs, slots);
            object make = representation == null
                ? List(Intern("%MAKE-INSTANCE"), qname, new Cons(Intern("VECTOR"), FromList(slots.Select(x => (object)x.Slot))))
                : new Cons(Intern(representation), FromList(layout!.Select(e => e.Slot ?? e.Constant)));
            forms.Add(List(Intern("DEFUN"), cname, lambdaList, make));
        }
        var x0 = Intern("OBJ"); var v0 = Intern("VAL");
        if (predicate != null)
        {
            object test;
            if (representation == null)
                test = List(Intern("AND"), List(Intern("%INSTANCEP"), x0), List(Intern("%STRUCT-SUBTYPE-P"), List(Intern("%INSTANCE-TYPE"), x0), qname));
            else
            {
                // the name stands where this structure's own part of the layout starts
                long at = layout!.FindIndex(e => e.Slot == null && e.Constant is Cons { Cdr: Cons { Car: var n } } && n == name);
                test = representation == "LIST"
                    ? List(Intern("AND"), List(Intern("LISTP"), x0), List(Intern("EQ"), List(Intern("NTH"), at, x0), qname))
                    : List(Intern("AND"), List(Intern("VECTORP"), x0), List(Intern(">"), List(Intern("LENGTH"), x0), at), List(Intern("EQ"), List(Intern("AREF"), x0, at), qname));
            }
            forms.Add(List(Intern("DEFUN"), predicate, List(x0), test));
        }
        if (copier != null)
            forms.Add(List(Intern("DEFUN"), copier, List(x0), List(Intern(representation == null ? "COPY-STRUCTURE" : representation == "LIST" ? "COPY-LIST" : "COPY-SEQ"), x0)));
        for (int i = 0; i < slots.Count; i++)
        {
            var acc = Intern(conc + slots[i].Slot.Name);
            var setter = Intern("%SET-" + conc + slots[i].Slot.Name);
            u.StructSetters[acc] = setter;
            if (representation == null)
            {
                forms.Add(List(Intern("DEFUN"), acc, List(x0), List(Intern("SVREF"), List(Intern("%STRUCT-CHECK"), x0, qname, List(LispSymbols.Quote, acc)), (long)i)));
                forms.Add(List(Intern("DEFUN"), setter, List(x0, v0),
                    List(Intern("%VECTOR-SET"), List(Intern("%STRUCT-CHECK"), x0, qname, List(LispSymbols.Quote, acc)), (long)i, v0)));
            }
            else
            {
                var slot = slots[i].Slot;
                long at = layout!.FindIndex(e => e.Slot == slot);
                forms.Add(List(Intern("DEFUN"), acc, List(x0), representation == "LIST" ? List(Intern("NTH"), at, x0) : List(Intern("AREF"), x0, at)));
                forms.Add(List(Intern("DEFUN"), setter, List(x0, v0), representation == "LIST" ? List(Intern("%SETF-NTH"), at, x0, v0) : List(Intern("%SETF-AREF"), x0, at, v0)));
            }
        }
        forms.Add(qname);
        return new Cons(Intern("PROGN"), FromList(forms));
    }

    /// <summary>A BOA constructor's lambda list: an &amp;optional or &amp;key parameter without a default takes the
    /// slot's initform, and slots it does not name get theirs through &amp;aux (CLHS 3.4.6).</summary>
    private static object BoaLambdaList(object cargs, List<(Symbol Slot, object Default)> slots)
    {
        var items = new List<object>(); var named = new HashSet<Symbol>(); string mode = "req";
        object? Default(Symbol v) { int k = slots.FindIndex(x => x.Slot == v); return k >= 0 ? slots[k].Default : null; }
        foreach (var p in ToList(cargs))
        {
            if (p is Symbol { Name: var kw } ks && kw.StartsWith('&')) { mode = kw; items.Add(ks); continue; }
            var v = p is Cons pc ? (pc.Car is Cons kv ? Cadr(kv) : pc.Car) : p;
            if (v is Symbol vs) named.Add(vs);
            bool noDefault = p is Symbol || p is Cons pc2 && pc2.Cdr is not Cons;
            if (mode is "&OPTIONAL" or "&KEY" && noDefault && v is Symbol dv && Default(dv) is { } init)
                items.Add(List(p is Cons pc3 ? pc3.Car : p, init));
            else items.Add(p);
        }
        var aux = slots.Where(x => !named.Contains(x.Slot)).Select(x => (object)List(x.Slot, x.Default)).ToList();
        if (aux.Count == 0) return FromList(items);
        if (mode != "&AUX") items.Add(Intern("&AUX"));
        return FromList(items.Concat(aux));
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
        var c = Intern("CONDITION"); var v = Intern("VALUE");
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
                    case "INITFORM": initform = List(Intern("LAMBDA"), Nil, value); break;
                    case "READER": forms.Add(List(Intern("DEFUN"), value, List(c), List(Intern("%CONDITION-SLOT"), c, Q(slot)))); break;
                    case "WRITER":
                        forms.Add(List(Intern("DEFUN"), value, List(v, c), List(Intern("%SET-CONDITION-SLOT"), c, Q(slot), v)));
                        break;
                    case "ACCESSOR":
                        {
                            var acc = (Symbol)value;
                            forms.Add(List(Intern("DEFUN"), acc, List(c), List(Intern("%CONDITION-SLOT"), c, Q(slot))));
                            var setter = Intern("%SET-" + acc.Name);
                            u.StructSetters[acc] = setter;
                            forms.Add(List(Intern("DEFUN"), setter, List(c, v), List(Intern("%SET-CONDITION-SLOT"), c, Q(slot), v)));
                            break;
                        }
                    case "TYPE": case "DOCUMENTATION": case "ALLOCATION": break;
                    default: throw new LispCompileException($"DEFINE-CONDITION {name.Name}: unknown slot option {Print(opts[i])}");
                }
            }
            slotSpecs.Add(List(Intern("LIST"), Q(slot), Q(FromList(initargs)), initform));
        }
        object report = Nil; var defaults = new List<object>();
        foreach (var opt in a.Skip(3))
        {
            if (opt is not Cons oc || oc.Car is not Symbol on) continue;
            if (on.Name == "REPORT")
            {
                var r = Cadr(oc);
                report = r is LispString rs
                    ? List(Intern("LAMBDA"), List(c, Intern("STREAM")), List(Intern("WRITE-STRING"), rs, Intern("STREAM")))
                    : r is Symbol ? List(Intern("FUNCTION"), r) : r;
            }
            else if (on.Name == "DEFAULT-INITARGS")
            {
                var d = ToList(oc.Cdr);
                for (int i = 0; i + 1 < d.Count; i += 2) defaults.Add(List(Intern("CONS"), Q(d[i]), List(Intern("LAMBDA"), Nil, d[i + 1])));
            }
        }
        forms.Insert(0, List(Intern("%REGISTER-CONDITION"), Q(name), Q(FromList(parents)),
            new Cons(Intern("LIST"), FromList(slotSpecs)), report, new Cons(Intern("LIST"), FromList(defaults))));
        forms.Add(Q(name));
        return new Cons(Intern("PROGN"), FromList(forms));
    }
}
