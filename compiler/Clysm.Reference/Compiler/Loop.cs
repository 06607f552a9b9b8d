using Clysm.Lisp;
using static Clysm.Reference.Compiler.ListOps;

namespace Clysm.Reference.Compiler;

/// <summary>LOOP: the simple form and the common extended clauses (for/as, repeat, with, while,
/// until, collect/append/nconc/sum/count/maximize/minimize [into], do, when/if/unless/else/end,
/// always/never/thereis, return, initially/finally, named).</summary>
internal sealed class Loop
{
    private readonly List<object> _t;
    private int _p;
    private readonly Cons _form;
    private object _name = Nil;
    private readonly List<object> _binds = new();       // (var init) in order, for LET*
    private readonly List<object> _pre = new();         // tests/assignments at the top of each iteration
    private readonly List<object> _body = new();
    private readonly List<object> _steps = new();
    private readonly List<object> _initially = new(), _finally = new();
    private Symbol? _defaultAcc, _defaultTail;
    private object _result = Nil;
    private readonly Symbol _end = Gensym("LOOP-END");
    private readonly Dictionary<string, Symbol> _tails = new();

    private Loop(Cons form, List<object> tokens) { _form = form; _t = tokens; }

    public static object Expand(Cons form, List<object> a)
    {
        if (a.All(x => x is Cons))
        {
            var top = Gensym("TOP");
            return List(Intern("BLOCK"), Nil, ListStar(Intern("TAGBODY"), top, FromList(a.Append(List(Intern("GO"), top)))));
        }
        return new Loop(form, a).Build();
    }

    private bool AtKw(params string[] names) => _p < _t.Count && _t[_p] is Symbol s && names.Contains(s.Name);
    private string Kw() => _t[_p] is Symbol s ? s.Name : throw Bad("expected a loop keyword");
    private object Next() => _p < _t.Count ? _t[_p++] : throw Bad("unexpected end of loop");
    private LispCompileException Bad(string what) => new($"LOOP: {what} at {(_p < _t.Count ? Print(_t[_p]) : "end")} in {Print(_form)}");

    private object Build()
    {
        if (AtKw("NAMED")) { _p++; _name = Next(); }
        while (_p < _t.Count)
        {
            var k = Kw();
            switch (k)
            {
                case "FOR": case "AS":
                    {
                        _p++;
                        var group = StartGroup(); For();
                        while (AtKw("AND")) { _p++; For(); group.Clauses++; }
                        EndGroup(group);
                        break;
                    }
                case "WITH":
                    {
                        _p++;
                        var group = StartGroup();
                        while (true)
                        {
                            var v = Next(); object init = Nil;
                            SkipType();
                            if (AtKw("=")) { _p++; init = Next(); }
                            BindPattern(v, init);
                            if (!AtKw("AND")) break;
                            _p++; group.Clauses++;
                        }
                        EndGroup(group);
                        break;
                    }
                case "REPEAT":
                    {
                        _p++; var n = Gensym("N"); _binds.Add(List(n, Next()));
                        _pre.Add(List(Intern("WHEN"), List(Intern("<="), n, 0L), List(Intern("GO"), _end)));
                        _pre.Add(List(Intern("SETQ"), n, List(Intern("1-"), n)));
                        break;
                    }
                case "INITIALLY": _p++; _initially.AddRange(Compounds()); break;
                case "FINALLY": _p++; _finally.AddRange(Compounds()); break;
                default: _body.Add(MainClause()); break;
            }
        }
        var top = Gensym("TOP");
        var tagbody = new List<object> { top };
        tagbody.AddRange(_pre); tagbody.AddRange(_body); tagbody.AddRange(_steps);
        tagbody.Add(List(Intern("GO"), top)); tagbody.Add(_end);
        var inner = new List<object>();
        inner.AddRange(_initially);
        inner.Add(new Cons(Intern("TAGBODY"), FromList(tagbody)));
        inner.AddRange(_finally);
        // CLHS 6.1.4: ALWAYS, NEVER and THEREIS cannot share the loop's result with an unnamed accumulation
        if (_booleanClause && _defaultAcc != null) throw Bad("ALWAYS, NEVER or THEREIS with an accumulation clause that is not INTO");
        inner.Add(_defaultAcc ?? _result);
        object body = FromList(inner);
        // (loop-finish) in the body: a local macro going to the epilogue
        if (Mentions(FromList(_t), "LOOP-FINISH"))
            body = List(List(Intern("MACROLET"), List(List(Intern("LOOP-FINISH"), Nil, List(LispSymbols.Quote, List(Intern("GO"), _end)))), ListStar(Intern("PROGN"), body)));
        return List(Intern("BLOCK"), _name, ListStar(Intern("LET*"), FromList(_binds), body));
    }

    // ------------------------------------------------------------ FOR ... AND / WITH ... AND

    private sealed class Group(int binds, int steps) { public int Binds = binds, Steps = steps, Clauses = 1; }
    /// <summary>Bindings made by <see cref="AddBind"/>: in a parallel group their init forms are
    /// evaluated into temporaries before any of the group's variables is bound.</summary>
    private readonly HashSet<object> _initBinds = new(ReferenceEqualityComparer.Instance);

    private Group StartGroup() => new(_binds.Count, _steps.Count);

    private void AddBind(object var, object init)
    {
        var b = List(var, init);
        _initBinds.Add(b);
        _binds.Add(b);
    }

    /// <summary>Clauses joined by AND bind and step in parallel (CLHS 6.1.2.1, 6.1.2.2): their init forms
    /// go into temporaries first, their steps into one PSETQ.</summary>
    private void EndGroup(Group g)
    {
        if (g.Clauses < 2) return;
        var temps = new List<object>();
        for (int i = g.Binds; i < _binds.Count; i++)
        {
            if (!_initBinds.Contains(_binds[i]) || Cadr(_binds[i]) is not (Cons or Symbol) || Cadr(_binds[i]) is Symbol { IsKeyword: true } || IsNil(Cadr(_binds[i]))) continue;
            var t = Gensym("INIT");
            temps.Add(List(t, Cadr(_binds[i])));
            _binds[i] = List(Car(_binds[i]), t);
        }
        _binds.InsertRange(g.Binds, temps);
        var steps = _steps.Skip(g.Steps).ToList();
        if (steps.Count > 1 && steps.All(x => x is Cons c && Is(c.Car, "SETQ")))
        {
            _steps.RemoveRange(g.Steps, steps.Count);
            _steps.Add(new Cons(Intern("PSETQ"), FromList(steps.SelectMany(x => ToList(Cdr(x))))));
        }
    }

    /// <summary>A type after a variable or an accumulation: OF-TYPE spec, or a simple type name.</summary>
    private void SkipType()
    {
        if (AtKw("OF-TYPE")) { _p += 2; return; }
        if (AtKw("FIXNUM", "FLOAT", "INTEGER", "NUMBER")) _p++;
    }

    private List<object> Compounds()
    {
        var r = new List<object>();
        while (_p < _t.Count && _t[_p] is Cons) r.Add(_t[_p++]);
        return r;
    }

    private void BindPattern(object pattern, object init)
    {
        if (pattern is Symbol s) { AddBind(s, init); return; }
        var g = Gensym("D"); AddBind(g, init);
        foreach (var v in PatternVars(pattern)) _binds.Add(List(v, Nil));
        _binds.Add(List(Gensym("IGNORE"), new Cons(Intern("PROGN"), FromList(Assign(pattern, g).Append(Nil)))));
    }

    private static IEnumerable<Symbol> PatternVars(object p)
    {
        if (p is Symbol s) { if (!IsNil(s)) yield return s; }
        else if (p is Cons c) { foreach (var v in PatternVars(c.Car)) yield return v; foreach (var v in PatternVars(c.Cdr)) yield return v; }
    }

    /// <summary>SETQs binding the variables of a destructuring pattern from an expression.</summary>
    private static List<object> Assign(object pattern, object expr)
    {
        var r = new List<object>();
        if (pattern is Symbol s) { if (!IsNil(s)) r.Add(List(Intern("SETQ"), s, expr)); return r; }
        if (pattern is Cons c)
        {
            r.AddRange(Assign(c.Car, List(Intern("CAR"), expr)));
            r.AddRange(Assign(c.Cdr, List(Intern("CDR"), expr)));
        }
        return r;
    }

    private void DeclareVar(object pattern)
    {
        if (pattern is Symbol s) _binds.Add(List(s, Nil));
        else foreach (var v in PatternVars(pattern)) _binds.Add(List(v, Nil));
    }

    private void For()
    {
        var v = Next();
        SkipType();
        var k = Kw();
        switch (k)
        {
            case "IN": case "ON":
                {
                    _p++; var lst = Gensym("L"); AddBind(lst, Next());
                    DeclareVar(v);
                    object step = List(Intern("CDR"), lst);
                    if (AtKw("BY")) { _p++; step = List(Intern("FUNCALL"), Next(), lst); }
                    _pre.Add(List(Intern("WHEN"), List(k == "IN" ? Intern("ENDP") : Intern("ATOM"), lst), List(Intern("GO"), _end)));
                    _pre.AddRange(Assign(v, k == "IN" ? List(Intern("CAR"), lst) : lst));
                    _steps.Add(List(Intern("SETQ"), lst, step));
                    break;
                }
            case "ACROSS":
                {
                    _p++; var vec = Gensym("V"); var i = Gensym("I");
                    AddBind(vec, Next()); _binds.Add(List(i, 0L)); DeclareVar(v);
                    _pre.Add(List(Intern("WHEN"), List(Intern(">="), i, List(Intern("LENGTH"), vec)), List(Intern("GO"), _end)));
                    _pre.AddRange(Assign(v, List(Intern("AREF"), vec, i)));
                    _steps.Add(List(Intern("SETQ"), i, List(Intern("1+"), i)));
                    break;
                }
            case "=":
                {
                    _p++; var init = Next();
                    if (AtKw("THEN"))
                    {
                        _p++; var then = Next();
                        BindPattern(v, init);
                        _steps.AddRange(Assign(v, then));
                    }
                    else
                    {
                        DeclareVar(v);
                        _pre.AddRange(Assign(v, init));
                    }
                    break;
                }
            case "FROM": case "UPFROM": case "DOWNFROM": case "BELOW": case "TO": case "UPTO": case "DOWNTO": case "ABOVE":
                {
                    object start = 0L; object? limit = null; object by = 1L; bool down = k == "DOWNFROM"; string? cmp = null;
                    while (AtKw("FROM", "UPFROM", "DOWNFROM", "BELOW", "TO", "UPTO", "DOWNTO", "ABOVE", "BY"))
                    {
                        var kw = Kw(); _p++;
                        switch (kw)
                        {
                            case "FROM": case "UPFROM": start = Next(); break;
                            case "DOWNFROM": start = Next(); down = true; break;
                            case "TO": case "UPTO": limit = Next(); cmp = ">"; break;
                            case "BELOW": limit = Next(); cmp = ">="; break;
                            case "DOWNTO": limit = Next(); cmp = "<"; down = true; break;
                            case "ABOVE": limit = Next(); cmp = "<="; down = true; break;
                            case "BY": by = Next(); break;
                        }
                    }
                    if (down && cmp == ">") cmp = "<";
                    var sym = (Symbol)v;
                    AddBind(sym, start);
                    if (limit != null)
                    {
                        var lim = Gensym("LIMIT"); AddBind(lim, limit);
                        _pre.Add(List(Intern("WHEN"), List(Intern(cmp!), sym, lim), List(Intern("GO"), _end)));
                    }
                    var byv = by is long ? by : Gensym("BY");
                    if (by is not long) AddBind(byv, by);
                    _steps.Add(List(Intern("SETQ"), sym, List(Intern(down ? "-" : "+"), sym, byv)));
                    break;
                }
            case "BEING":
                {
                    _p++;
                    if (AtKw("THE", "EACH")) _p++;
                    var what = Kw(); _p++;
                    if (what is not ("HASH-KEY" or "HASH-KEYS" or "HASH-VALUE" or "HASH-VALUES")) throw new UnsupportedConstructException("loop being " + what.ToLowerInvariant());
                    if (!AtKw("OF", "IN")) throw Bad("expected OF");
                    _p++;
                    var table = Next();
                    object? other = null;
                    if (AtKw("USING")) { _p++; var u = ToList(Next()); other = u[1]; }
                    bool keys = what.StartsWith("HASH-KEY");
                    var entries = Gensym("E");
                    AddBind(entries, List(Intern("%HASH-ENTRIES"), table));
                    DeclareVar(v); if (other != null) DeclareVar(other);
                    _pre.Add(List(Intern("WHEN"), List(Intern("ENDP"), entries), List(Intern("GO"), _end)));
                    _pre.AddRange(Assign(v, List(Intern(keys ? "CAAR" : "CDAR"), entries)));
                    if (other != null) _pre.AddRange(Assign(other, List(Intern(keys ? "CDAR" : "CAAR"), entries)));
                    _steps.Add(List(Intern("SETQ"), entries, List(Intern("CDR"), entries)));
                    break;
                }
            default: throw Bad("unknown for clause");
        }
    }

    /// <summary>The variable holding the test value of the conditional clause being parsed (the loop
    /// keyword IT in the clauses it selects, CLHS 6.1.6).</summary>
    private Symbol? _it;
    private bool _booleanClause;

    /// <summary>The form of a selectable clause: IT stands for the enclosing conditional's test value.</summary>
    private object Form()
    {
        var x = Next();
        return _it != null && x is Symbol { IsKeyword: false, Name: "IT" } ? _it : x;
    }

    private Symbol Acc(string kind, object init, out Symbol? tail)
    {
        tail = null;
        if (AtKw("INTO"))
        {
            _p++; var v = (Symbol)Next();
            SkipType();
            if (!_binds.Any(b => Car(b) == v)) _binds.Add(List(v, init));
            if (kind == "list")
            {
                if (!_tails.TryGetValue(v.Name, out tail)) { tail = Gensym("TAIL"); _tails[v.Name] = tail; _binds.Add(List(tail, Nil)); }
            }
            return v;
        }
        SkipType();
        if (_defaultAcc == null)
        {
            _defaultAcc = Gensym("ACC"); _binds.Add(List(_defaultAcc, init));
            if (kind == "list") { _defaultTail = Gensym("TAIL"); _binds.Add(List(_defaultTail, Nil)); }
        }
        tail = _defaultTail;
        return _defaultAcc;
    }

    private object MainClause()
    {
        var k = Kw(); _p++;
        switch (k)
        {
            case "DO": case "DOING": return new Cons(Intern("PROGN"), FromList(Compounds()));
            case "RETURN": return List(Intern("RETURN-FROM"), _name, Form());
            case "WHILE": return List(Intern("UNLESS"), Next(), List(Intern("GO"), _end));
            case "UNTIL": return List(Intern("WHEN"), Next(), List(Intern("GO"), _end));
            case "ALWAYS": _result = T; _booleanClause = true; return List(Intern("UNLESS"), Next(), List(Intern("RETURN-FROM"), _name, Nil));
            case "NEVER": _result = T; _booleanClause = true; return List(Intern("WHEN"), Next(), List(Intern("RETURN-FROM"), _name, Nil));
            case "THEREIS": { _booleanClause = true; var g = Gensym("T"); return List(Intern("LET"), List(List(g, Next())), List(Intern("WHEN"), g, List(Intern("RETURN-FROM"), _name, g))); }
            case "COLLECT": case "COLLECTING": case "APPEND": case "APPENDING": case "NCONC": case "NCONCING":
                {
                    var x = Form();
                    var acc = Acc("list", Nil, out var tail);
                    var cell = Gensym("CELL");
                    object newCells = k.StartsWith("COLLECT") ? List(Intern("LIST"), x) : k.StartsWith("APPEND") ? List(Intern("COPY-LIST"), x) : x;
                    return List(Intern("LET"), List(List(cell, newCells)),
                        List(Intern("WHEN"), cell,
                            List(Intern("IF"), tail!, List(Intern("RPLACD"), tail!, cell), List(Intern("SETQ"), acc, cell)),
                            List(Intern("SETQ"), tail!, List(Intern("LAST"), cell))));
                }
            case "SUM": case "SUMMING": { var x = Form(); var acc = Acc("num", 0L, out _); return List(Intern("SETQ"), acc, List(Intern("+"), acc, x)); }
            case "COUNT": case "COUNTING": { var x = Form(); var acc = Acc("num", 0L, out _); return List(Intern("WHEN"), x, List(Intern("SETQ"), acc, List(Intern("1+"), acc))); }
            case "MAXIMIZE": case "MAXIMIZING": case "MINIMIZE": case "MINIMIZING":
                {
                    var x = Form(); var acc = Acc("num", Nil, out _); var g = Gensym("X");
                    var op = k.StartsWith("MAX") ? "MAX" : "MIN";
                    return List(Intern("LET"), List(List(g, x)), List(Intern("SETQ"), acc, List(Intern("IF"), acc, List(Intern(op), acc, g), g)));
                }
            case "WHEN": case "IF": case "UNLESS":
                {
                    var test = Next();
                    var it = Gensym("IT"); var outer = _it;
                    _it = it;
                    var then = new List<object> { MainClause() };
                    while (AtKw("AND")) { _p++; then.Add(MainClause()); }
                    var els = new List<object>();
                    if (AtKw("ELSE")) { _p++; els.Add(MainClause()); while (AtKw("AND")) { _p++; els.Add(MainClause()); } }
                    _it = outer;
                    if (AtKw("END")) _p++;
                    if (k == "UNLESS") test = List(Intern("NOT"), test);
                    return List(Intern("LET"), List(List(it, test)), List(Intern("IF"), it, new Cons(Intern("PROGN"), FromList(then)), new Cons(Intern("PROGN"), FromList(els))));
                }
            default: throw new UnsupportedConstructException("loop clause " + k.ToLowerInvariant());
        }
    }
}
