using Clysm.Lisp;
using static Clysm.Reference.Compiler.L;

namespace Clysm.Reference.Compiler;

/// <summary>DEFSTRUCT and DEFINE-CONDITION (expanded into prelude calls).</summary>
internal static class Structs
{
    public static object Expand(Cons f, List<object> a, UnitInfo u) => throw new UnsupportedConstructException("defstruct");
    public static object DefineCondition(Cons f, List<object> a, UnitInfo u) => throw new UnsupportedConstructException("define-condition");
    public static Symbol? SetterFor(Symbol accessor, UnitInfo u) => null;
}
