using Clysm.Lisp;
using Clysm.Reference.Wasm;

namespace Clysm.Reference.Compiler;

// The intermediate tree: macros expanded, variables resolved to Var objects, so that captured
// and assigned variables are known before any code is generated (closure conversion).

internal sealed class Var(Symbol name, LambdaNode owner)
{
    public Symbol Name { get; } = name;
    public LambdaNode Owner { get; } = owner;
    public bool Captured;
    public bool Assigned;
    /// <summary>Captured and assigned: lives in a box shared by the closures.</summary>
    public bool Boxed => Captured && Assigned;
    internal int Local = -1; // wasm local in the owner's function
    public override string ToString() => Name.Name;
}

internal abstract class Node { }
internal sealed class ConstNode(object value) : Node { public object Value { get; } = value; }
internal sealed class VarRef(Var v) : Node { public Var Var { get; } = v; }
internal sealed class VarSet(Var v, Node value) : Node { public Var Var { get; } = v; public Node Value { get; } = value; }
internal sealed class SymRef(Symbol s) : Node { public Symbol Symbol { get; } = s; }
internal sealed class SymSet(Symbol s, Node value) : Node { public Symbol Symbol { get; } = s; public Node Value { get; } = value; }
internal sealed class IfNode(Node test, Node then, Node @else) : Node { public Node Test = test, Then = then, Else = @else; }
internal sealed class PrognNode(List<Node> body) : Node { public List<Node> Body { get; } = body; }

/// <summary>One binding of a LET: a lexical Var or a special symbol.</summary>
internal sealed record Binding(Var? Lexical, Symbol? Special, Node Init);
internal sealed class LetNode(List<Binding> bindings, Node body, bool sequential) : Node
{
    public List<Binding> Bindings { get; } = bindings; public Node Body { get; } = body; public bool Sequential { get; } = sequential;
}

internal sealed record OptParam(Var V, Node? Init, Var? Supplied, Symbol? Special);
internal sealed record KeyParam(Symbol Key, Var V, Node? Init, Var? Supplied, Symbol? Special);

internal sealed class LambdaNode
{
    public LambdaNode(LambdaNode? parent, string name) { Parent = parent; Name = name; }
    public LambdaNode? Parent { get; }
    public string Name { get; }
    public List<Var> Required { get; } = new();
    public List<Symbol?> RequiredSpecial { get; } = new();
    public List<OptParam> Optional { get; } = new();
    public Var? Rest; public Symbol? RestSpecial;
    public bool HasKey; public bool AllowOtherKeys;
    public List<KeyParam> Keys { get; } = new();
    public List<Binding> Aux { get; } = new();
    public Node Body = null!;
    public List<Var> Free { get; } = new();
    /// <summary>Written by the user (not the prelude): its quoted symbols get their function cells set.</summary>
    public bool User = true;
    public bool IsSimple => Rest == null && !HasKey && Aux.Count == 0 && RequiredSpecial.All(s => s == null) && Optional.All(o => o.Special == null);
    public void AddFree(Var v) { if (!Free.Contains(v)) Free.Add(v); }
    // codegen
    internal WasmFunc? Entry, Direct;
}

internal sealed class LambdaExpr(LambdaNode fn) : Node { public LambdaNode Fn { get; } = fn; }
/// <summary>A call of a global function by name.</summary>
internal sealed class CallNode(Symbol fn, List<Node> args) : Node { public Symbol Fn { get; } = fn; public List<Node> Args { get; } = args; }
internal sealed class FuncallNode(Node fn, List<Node> args, bool apply) : Node
{
    public Node Fn { get; } = fn; public List<Node> Args { get; } = args; public bool Apply { get; } = apply;
}
/// <summary>An operation compiled inline.</summary>
internal sealed class PrimNode(string op, List<Node> args) : Node { public string Op { get; } = op; public List<Node> Args { get; } = args; }
internal sealed class FuncRefNode(Symbol name) : Node { public Symbol Name { get; } = name; }
internal sealed class DefunNode(Symbol name, LambdaNode fn) : Node { public Symbol Name { get; } = name; public LambdaNode Fn { get; } = fn; }

internal sealed class BlockInfo(Symbol name, LambdaNode owner)
{
    public Symbol Name { get; } = name; public LambdaNode Owner { get; } = owner;
    public Var? Id; // set when a RETURN-FROM reaches it from inside a closure
}
internal sealed class BlockNode(BlockInfo info) : Node { public BlockInfo Info { get; } = info; public Node Body = null!; }
internal sealed class ReturnFromNode(BlockInfo info, Node value) : Node { public BlockInfo Info { get; } = info; public Node Value { get; } = value; }

internal sealed class TagbodyInfo(LambdaNode owner)
{
    public LambdaNode Owner { get; } = owner;
    public Var? Id;
}
internal sealed class TagbodyNode(TagbodyInfo info) : Node { public TagbodyInfo Info { get; } = info; public List<List<Node>> Segments { get; } = new(); }
internal sealed class GoNode(TagbodyInfo info, int index) : Node { public TagbodyInfo Info { get; } = info; public int Index { get; } = index; }

internal sealed class CatchNode(Node tag, Node body) : Node { public Node Tag { get; } = tag; public Node Body { get; } = body; }
internal sealed class ThrowNode(Node tag, Node value) : Node { public Node Tag { get; } = tag; public Node Value { get; } = value; }
internal sealed class UnwindNode(Node form, Node cleanup) : Node { public Node Form { get; } = form; public Node Cleanup { get; } = cleanup; }
internal sealed class MvCallNode(Node fn, List<Node> args) : Node { public Node Fn { get; } = fn; public List<Node> Args { get; } = args; }
internal sealed class MvProg1Node(Node first, Node rest) : Node { public Node First { get; } = first; public Node Rest { get; } = rest; }
internal sealed class MvBindNode(List<Binding> vars, Node form, Node body) : Node
{
    public List<Binding> Vars { get; } = vars; public Node Form { get; } = form; public Node Body { get; } = body;
}
internal sealed class MvListNode(Node form) : Node { public Node Form { get; } = form; }

internal sealed record HandlerClause(object TypeSpec, Var? V, Node Body);
internal sealed class HandlerCaseNode(Node form, List<HandlerClause> clauses) : Node
{
    public Node Form { get; } = form; public List<HandlerClause> Clauses { get; } = clauses;
}
internal sealed class HandlerBindNode(List<(object TypeSpec, Node Fn)> handlers, Node body) : Node
{
    public List<(object TypeSpec, Node Fn)> Handlers { get; } = handlers; public Node Body { get; } = body;
}
