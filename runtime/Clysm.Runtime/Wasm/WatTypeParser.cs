namespace Clysm.Runtime.Wasm;

/// <summary>
/// Reads the WAT text of value types and function types as the host contract writes them:
/// numeric types, reference shorthands, <c>(ref null? heaptype)</c> with an abstract heap type or
/// an inline <c>(func ...)</c>, <c>(struct ...)</c> or <c>(array ...)</c>. Type names (<c>$t</c>)
/// are not supported: the contract describes types structurally.
/// </summary>
internal sealed class WatTypeParser
{
    private readonly string _text;
    private readonly List<string> _tokens = [];
    private int _pos;

    private WatTypeParser(string text)
    {
        _text = text;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is '(' or ')') { _tokens.Add(c.ToString()); i++; continue; }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ')')
                i++;
            _tokens.Add(text[start..i]);
        }
    }

    public static ValType ParseValType(string text)
    {
        var p = new WatTypeParser(text);
        var t = p.ValType();
        p.ExpectEnd();
        return t;
    }

    private FormatException Error(string what) =>
        new($"invalid WAT type \"{_text}\": {what}" + (_pos < _tokens.Count ? $" at \"{_tokens[_pos]}\"" : " at the end"));

    private string Next() => _pos < _tokens.Count ? _tokens[_pos++] : throw Error("unexpected end");

    private string? Peek(int ahead = 0) => _pos + ahead < _tokens.Count ? _tokens[_pos + ahead] : null;

    private void Expect(string tok)
    {
        if (Peek() != tok)
            throw Error($"expected \"{tok}\"");
        _pos++;
    }

    private void ExpectEnd()
    {
        if (_pos != _tokens.Count)
            throw Error("unexpected text after the type");
    }

    private ValType ValType()
    {
        if (Peek() == "(")
        {
            Expect("(");
            Expect("ref");
            var nullable = false;
            if (Peek() == "null") { _pos++; nullable = true; }
            var heap = Heap();
            Expect(")");
            return new RefType(nullable, heap);
        }
        var atom = Next();
        switch (atom)
        {
            case "i32": return Wasm.ValType.I32;
            case "i64": return Wasm.ValType.I64;
            case "f32": return Wasm.ValType.F32;
            case "f64": return Wasm.ValType.F64;
            case "v128": return Wasm.ValType.V128;
        }
        foreach (var a in Enum.GetValues<AbstractHeapType>())
            if (atom == HeapType.ShortName(a))
                return new RefType(true, new HeapType(a));
        _pos--;
        throw Error("unknown value type");
    }

    private HeapType Heap()
    {
        if (Peek() != "(")
        {
            var atom = Next();
            foreach (var a in Enum.GetValues<AbstractHeapType>())
                if (atom == HeapType.Name(a))
                    return new HeapType(a);
            _pos--;
            throw Error("unknown heap type");
        }
        Expect("(");
        CompositeType c = Next() switch
        {
            "func" => FuncBody(),
            "struct" => StructBody(),
            "array" => ArrayBody(),
            _ => throw Error("expected func, struct or array"),
        };
        return new HeapType(new SubType(-1, true, [], c));
    }

    // After "(func": (param t*)* (result t*)* ")"
    private FuncType FuncBody()
    {
        var ps = new List<ValType>();
        var rs = new List<ValType>();
        while (Peek() == "(" && Peek(1) is "param" or "result")
        {
            Expect("(");
            var list = Next() == "param" ? ps : rs;
            if (list == ps && rs.Count > 0)
                throw Error("param after result");
            while (Peek() != ")")
                list.Add(ValType());
            Expect(")");
        }
        Expect(")");
        return new FuncType(ps, rs);
    }

    private StructType StructBody()
    {
        var fields = new List<FieldType>();
        while (Peek() == "(" && Peek(1) == "field")
        {
            _pos += 2;
            while (Peek() != ")")
                fields.Add(Field());
            Expect(")");
        }
        Expect(")");
        return new StructType(fields);
    }

    private ArrayType ArrayBody()
    {
        var f = Field();
        Expect(")");
        return new ArrayType(f);
    }

    private FieldType Field()
    {
        if (Peek() == "(" && Peek(1) == "mut")
        {
            _pos += 2;
            var t = Storage();
            Expect(")");
            return new FieldType(t, true);
        }
        return new FieldType(Storage(), false);
    }

    private StorageType Storage()
    {
        switch (Peek())
        {
            case "i8": _pos++; return PackedType.I8;
            case "i16": _pos++; return PackedType.I16;
            default: return ValType();
        }
    }
}
