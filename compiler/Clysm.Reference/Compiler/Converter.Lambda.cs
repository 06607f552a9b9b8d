using Clysm.Lisp;

namespace Clysm.Reference.Compiler;

/// <summary>Lambda lists: a lambda list and body to a new function nested in its parent.</summary>
internal sealed partial class Converter
{
    /// <summary>Convert a lambda list and body into a new function nested in parent.</summary>
    public LambdaNode Lambda(string name, object lambdaList, object body, Scope? env, LambdaNode? parent, Symbol? blockName)
    {
        var l = new LambdaNode(parent, name) { User = _unit.UserCode };
        var sp = new List<Symbol>();
        body = ParseDecls(body, true, sp);
        var e2 = env;
        string mode = "req";
        var ll = lambdaList;
        Binding Bind(Symbol s, out Var? v, out Symbol? special)
        {
            if (IsSpecial(s, sp)) { v = null; special = s; e2 = new Scope(e2, ScopeKind.Special, s, null); }
            else { v = new Var(s, l); special = null; }
            return null!;
        }
        // An &optional or &key parameter: its default (converted where the earlier parameters are
        // visible), its variable, and its supplied-p variable.
        (Node? Init, Var Var, Var? Supplied, Symbol? Special) BindDefaulted(Symbol s, object init, bool hasInit, Symbol? sup)
        {
            var initNode = hasInit ? Conv(init, e2, l) : null;
            Bind(s, out var v, out var special);
            var lv = v ?? new Var(ListOps.Gensym(s.Name), l);
            if (v != null) e2 = new Scope(e2, ScopeKind.Var, s, v);
            Var? supVar = null;
            if (sup != null) { supVar = new Var(sup, l); e2 = new Scope(e2, ScopeKind.Var, sup, supVar); }
            return (initNode, lv, supVar, special);
        }
        while (ll is Cons cell)
        {
            var item = cell.Car; ll = cell.Cdr;
            if (item is Symbol ks && !ks.IsKeyword && ks.Name.StartsWith('&'))
            {
                switch (ks.Name)
                {
                    case "&OPTIONAL": mode = "opt"; continue;
                    case "&REST": case "&BODY": mode = "rest"; continue;
                    case "&KEY": mode = "key"; l.HasKey = true; continue;
                    case "&ALLOW-OTHER-KEYS": l.AllowOtherKeys = true; continue;
                    case "&AUX": mode = "aux"; continue;
                    default: throw new UnsupportedConstructException("lambda list keyword " + ks.Name.ToLowerInvariant());
                }
            }
            switch (mode)
            {
                case "req":
                    {
                        if (item is not Symbol s) throw new LispCompileException($"bad required parameter {ListOps.Print(item)} in {name}");
                        Bind(s, out var v, out var special);
                        // a special required parameter: bind a hidden lexical and rebind the special in the body
                        var lv = v ?? new Var(ListOps.Gensym(s.Name), l);
                        l.Required.Add(lv); l.RequiredSpecial.Add(special);
                        if (v != null) e2 = new Scope(e2, ScopeKind.Var, s, v);
                        break;
                    }
                case "opt":
                    {
                        Symbol s; object init = Symbol.Nil; Symbol? sup = null; bool hasInit = false;
                        if (item is Symbol si) s = si; else { s = (Symbol)ListOps.Car(item); if (ListOps.Cdr(item) is Cons) { init = ListOps.Cadr(item); hasInit = true; } if (ListOps.Cddr(item) is Cons) sup = (Symbol)ListOps.Caddr(item); }
                        var (initNode, lv, supVar, special) = BindDefaulted(s, init, hasInit, sup);
                        l.Optional.Add(new OptParam(lv, initNode, supVar, special));
                        break;
                    }
                case "rest":
                    {
                        var s = (Symbol)item;
                        Bind(s, out var v, out var special);
                        l.Rest = v ?? new Var(ListOps.Gensym(s.Name), l); l.RestSpecial = special;
                        if (v != null) e2 = new Scope(e2, ScopeKind.Var, s, v);
                        break;
                    }
                case "key":
                    {
                        Symbol s, key; object init = Symbol.Nil; Symbol? sup = null; bool hasInit = false;
                        if (item is Symbol si) { s = si; key = Symbol.Keyword(si.Name); }
                        else
                        {
                            var first = ListOps.Car(item);
                            if (first is Cons kv) { key = (Symbol)ListOps.Car(kv); s = (Symbol)ListOps.Cadr(kv); }
                            else { s = (Symbol)first; key = Symbol.Keyword(s.Name); }
                            if (ListOps.Cdr(item) is Cons) { init = ListOps.Cadr(item); hasInit = true; }
                            if (ListOps.Cddr(item) is Cons) sup = (Symbol)ListOps.Caddr(item);
                        }
                        var (initNode, lv, supVar, special) = BindDefaulted(s, init, hasInit, sup);
                        l.Keys.Add(new KeyParam(key, lv, initNode, supVar, special));
                        break;
                    }
                case "aux":
                    {
                        Symbol s; object init = Symbol.Nil;
                        if (item is Symbol si) s = si; else { s = (Symbol)ListOps.Car(item); if (ListOps.Cdr(item) is Cons) init = ListOps.Cadr(item); }
                        var initNode = Conv(init, e2, l);
                        Bind(s, out var v, out var special);
                        l.Aux.Add(new Binding(v, special, initNode));
                        if (v != null) e2 = new Scope(e2, ScopeKind.Var, s, v);
                        break;
                    }
            }
        }
        if (!ListOps.IsNil(ll))
        {
            // (a b . rest) is allowed in macro lambda lists only
            throw new LispCompileException($"dotted lambda list in {name}");
        }
        e2 = DeclareSpecials(e2, sp);
        if (!l.IsSimple && (l.RequiredSpecial.Any(x => x != null) || l.Optional.Any(o => o.Special != null) || l.RestSpecial != null
                            || l.Keys.Any(k => k.Special != null) || l.Aux.Any(a => a.Special != null))) e2 = Frame(e2);
        if (blockName != null)
        {
            var info = new BlockInfo(blockName, l);
            var block = new BlockNode(info);
            block.Body = Body(body, new Scope(e2, ScopeKind.Block, blockName, info), l);
            l.Body = block;
        }
        else l.Body = Body(body, e2, l);
        return l;
    }
}
