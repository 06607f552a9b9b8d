using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>The runtime library written in Lisp (Runtime/prelude.lisp, then Runtime/Library/*.lisp in name
/// order; embedded resources), read once per process. Its functions are compiled into a module only when
/// the case reaches them. A name is defined once across all the files.</summary>
internal static class Prelude
{
    private static readonly Lazy<Data> Loaded = new(Load);

    private sealed record Data(Dictionary<Symbol, object> Defuns, List<(Symbol Name, object Init)> Vars, List<object> Macros)
    {
        public readonly HashSet<Symbol> VarNames = Vars.Select(v => v.Name).ToHashSet();
    }

    private static Data Load()
    {
        var assembly = typeof(Prelude).Assembly;
        var files = new[] { "Clysm.Reference.prelude.lisp" }
            .Concat(assembly.GetManifestResourceNames().Where(n => n.StartsWith("Clysm.Reference.Library.", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        var defuns = new Dictionary<Symbol, object>(); var vars = new List<(Symbol, object)>(); var macros = new List<object>();
        foreach (var file in files)
        {
            using var s = assembly.GetManifestResourceStream(file) ?? throw new InvalidOperationException(file + " resource missing");
            using var r = new StreamReader(s);
            var name = file["Clysm.Reference.".Length..];
            foreach (var rr in new LispReader(r.ReadToEnd(), name).ReadAll())
            {
                var form = rr.Datum;
                var head = ListOps.Car(form);
                if (ListOps.Is(head, "DEFUN"))
                {
                    if (!defuns.TryAdd((Symbol)ListOps.Cadr(form), form))
                        throw new InvalidOperationException($"{name}:{rr.Span.Line}: {ListOps.Print(ListOps.Cadr(form))} is defined twice in the runtime");
                }
                else if (ListOps.Is(head, "DEFVAR") || ListOps.Is(head, "DEFPARAMETER")) vars.Add(((Symbol)ListOps.Cadr(form), ListOps.Caddr(form)));
                else if (ListOps.Is(head, "DEFMACRO")) macros.Add(form);
                else throw new InvalidOperationException($"{name}:{rr.Span.Line}: unexpected top-level form");
            }
        }
        return new Data(defuns, vars, macros);
    }

    public static object? Defun(Symbol name) => Loaded.Value.Defuns.TryGetValue(name, out var f) ? f : null;
    public static bool Has(Symbol name) => Loaded.Value.Defuns.ContainsKey(name);
    /// <summary>Every function the runtime defines (the support module compiles them all).</summary>
    public static IEnumerable<Symbol> FunctionNames => Loaded.Value.Defuns.Keys;
    public static bool IsPreludeVar(Symbol s) => Loaded.Value.VarNames.Contains(s);
    public static IReadOnlyList<(Symbol Name, object Init)> Vars => Loaded.Value.Vars;

    /// <summary>Make the prelude's specials and macros known to a unit.</summary>
    public static void Install(UnitInfo u)
    {
        foreach (var (n, _) in Loaded.Value.Vars) u.Specials.Add(n);
        foreach (var m in Loaded.Value.Macros)
        {
            var name = (Symbol)ListOps.Cadr(m);
            u.Macros[name.Name] = u.Interp.MakeMacro(name, ListOps.Caddr(m), ListOps.Cdr(ListOps.Cddr(m)));
        }
    }
}
