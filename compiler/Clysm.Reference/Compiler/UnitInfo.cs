using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>What one compilation unit knows globally: specials, macros, global functions.</summary>
internal sealed class UnitInfo
{
    public HashSet<Symbol> Specials { get; } = new();
    public Dictionary<string, Func<object, object>> Macros { get; } = new(); // user defmacros, by name
    /// <summary>Global functions defined by DEFUN in this unit: how many times, and the lambda when it is
    /// a top-level function without free variables (callable directly).</summary>
    public Dictionary<Symbol, (int Count, LambdaNode? Fn)> Defuns { get; } = new();
    public HashSet<Symbol> CalledFunctions { get; } = new();
    public HashSet<Symbol> FunctionRefs { get; } = new();
    public Interpreter Interp { get; }
    public bool UserCode = true;
    public Dictionary<Symbol, Structs.StructInfo> Structs { get; } = new();
    public Dictionary<Symbol, Symbol> StructSetters { get; } = new();
    public Dictionary<Symbol, object> SymbolMacros { get; } = new(); // DEFINE-SYMBOL-MACRO, by name
    /// <summary>Long-form DEFSETF definitions: the place's argument forms to its setf expansion.</summary>
    public Dictionary<Symbol, Func<List<object>, SetfExpansion>> SetfExpanders { get; } = new();
    /// <summary>The symbols that name the functions (setf NAME) of this unit, by NAME.</summary>
    public Dictionary<Symbol, Symbol> SetfFunctions { get; } = new();
    /// <summary>While a macro is expanded: the expansion of a form by the local macros (MACROLET,
    /// SYMBOL-MACROLET) and global symbol macros in scope, else null; places use it.</summary>
    public Func<object, object?>? ExpandLocalMacro { get; set; }
    /// <summary>While a macro is expanded: the lexical scope of the call (what &amp;ENVIRONMENT holds).</summary>
    public object? MacroScope { get; set; }
    /// <summary>The unit's converter (macro bodies ask it to expand forms in an environment).</summary>
    public Converter? Conv { get; set; }
    public UnitInfo() { Interp = new Interpreter(this); }
}
