using System.Text;

namespace Clysm.Runtime.Wasm;

/// <summary>
/// What a struct field or array element holds: a value type or a packed integer (i8, i16).
/// <see cref="object.ToString"/> gives WAT syntax with concrete types printed structurally.
/// </summary>
internal abstract class StorageType
{
    internal abstract void Print(WatPrinter p);

    public override string ToString()
    {
        var p = new WatPrinter();
        Print(p);
        return p.ToString();
    }
}

internal enum PackedKind { I8, I16 }

internal sealed class PackedType : StorageType
{
    public static readonly PackedType I8 = new(PackedKind.I8);
    public static readonly PackedType I16 = new(PackedKind.I16);

    private PackedType(PackedKind kind) => Kind = kind;

    public PackedKind Kind { get; }

    internal override void Print(WatPrinter p) => p.Append(Kind == PackedKind.I8 ? "i8" : "i16");
}

/// <summary>A value type: numeric or reference.</summary>
internal abstract class ValType : StorageType
{
    public static readonly NumType I32 = new(NumKind.I32);
    public static readonly NumType I64 = new(NumKind.I64);
    public static readonly NumType F32 = new(NumKind.F32);
    public static readonly NumType F64 = new(NumKind.F64);
    public static readonly NumType V128 = new(NumKind.V128);

    public bool IsReference => this is RefType;

    /// <summary>Two value types are the same for the host when their structural WAT text is the
    /// same (finality, supertypes and recursion-group membership of concrete types are ignored:
    /// the host only ever hands a module back values the module made).</summary>
    public bool SameAs(ValType other) => ToString() == other.ToString();

    /// <summary>Parse the WAT text of a value type, e.g. <c>i32</c>, <c>(ref null i31)</c>,
    /// <c>(ref null (array (mut i8)))</c>. Concrete types are given inline (no <c>$name</c>).</summary>
    /// <exception cref="FormatException">the text is not a value type.</exception>
    public static ValType Parse(string text) => WatTypeParser.ParseValType(text);
}

internal enum NumKind { I32, I64, F32, F64, V128 }

internal sealed class NumType : ValType
{
    internal NumType(NumKind kind) => Kind = kind;

    public NumKind Kind { get; }

    internal override void Print(WatPrinter p) => p.Append(Kind switch
    {
        NumKind.I32 => "i32",
        NumKind.I64 => "i64",
        NumKind.F32 => "f32",
        NumKind.F64 => "f64",
        _ => "v128",
    });
}

internal sealed class RefType : ValType
{
    public RefType(bool nullable, HeapType heap)
    {
        Nullable = nullable;
        Heap = heap;
    }

    public bool Nullable { get; }
    public HeapType Heap { get; }

    internal override void Print(WatPrinter p)
    {
        if (Nullable && Heap.Abstract is { } a)
        {
            p.Append(HeapType.ShortName(a));
            return;
        }
        p.Append(Nullable ? "(ref null " : "(ref ");
        Heap.Print(p);
        p.Append(")");
    }
}

/// <summary>Abstract heap types, in the order of the GC proposal's type hierarchy.</summary>
internal enum AbstractHeapType { Func, Extern, Any, Eq, I31, Struct, Array, Exn, None, NoFunc, NoExtern, NoExn }

/// <summary>An abstract heap type or a concrete type (an index into the module's types, or an
/// inline definition when parsed from WAT text).</summary>
internal sealed class HeapType
{
    public HeapType(AbstractHeapType abstractType) => Abstract = abstractType;

    public HeapType(int index, SubType? definition = null)
    {
        Index = index;
        Definition = definition;
    }

    internal HeapType(SubType inlineDefinition) => Definition = inlineDefinition;

    public AbstractHeapType? Abstract { get; }

    /// <summary>The type index of a concrete heap type read from a module.</summary>
    public int? Index { get; }

    /// <summary>The definition of a concrete heap type (set once the type section is read).</summary>
    public SubType? Definition { get; internal set; }

    internal static string Name(AbstractHeapType a) => a switch
    {
        AbstractHeapType.Func => "func",
        AbstractHeapType.Extern => "extern",
        AbstractHeapType.Any => "any",
        AbstractHeapType.Eq => "eq",
        AbstractHeapType.I31 => "i31",
        AbstractHeapType.Struct => "struct",
        AbstractHeapType.Array => "array",
        AbstractHeapType.Exn => "exn",
        AbstractHeapType.None => "none",
        AbstractHeapType.NoFunc => "nofunc",
        AbstractHeapType.NoExtern => "noextern",
        _ => "noexn",
    };

    internal static string ShortName(AbstractHeapType a) => a switch
    {
        AbstractHeapType.None => "nullref",
        AbstractHeapType.NoFunc => "nullfuncref",
        AbstractHeapType.NoExtern => "nullexternref",
        AbstractHeapType.NoExn => "nullexnref",
        _ => Name(a) + "ref",
    };

    internal void Print(WatPrinter p)
    {
        if (Abstract is { } a)
            p.Append(Name(a));
        else if (Definition is null || p.IsOpen(Definition) || p.OverBudget)
            p.Append("$" + (Index ?? Definition?.Index ?? -1));
        else
            Definition.Composite.Print(p);
    }

    public override string ToString()
    {
        var p = new WatPrinter();
        Print(p);
        return p.ToString();
    }
}

/// <summary>A recursion group of the type section (a lone type forms a group of one).</summary>
internal sealed class RecGroup
{
    internal RecGroup(IReadOnlyList<SubType> types, bool explicitRec)
    {
        Types = types;
        IsExplicit = explicitRec;
    }

    public IReadOnlyList<SubType> Types { get; }

    /// <summary>True when written with the 0x4e (rec ...) form.</summary>
    public bool IsExplicit { get; }
}

/// <summary>One defined type: final or not, its declared supertypes, and its composite type.</summary>
internal sealed class SubType
{
    internal SubType(int index, bool final, IReadOnlyList<int> supertypes, CompositeType composite)
    {
        Index = index;
        Final = final;
        Supertypes = supertypes;
        Composite = composite;
        composite.Owner = this;
    }

    /// <summary>The type index, or -1 for a definition parsed from WAT text.</summary>
    public int Index { get; }
    public bool Final { get; }
    public IReadOnlyList<int> Supertypes { get; }
    public CompositeType Composite { get; }

    /// <summary>WAT of the definition, e.g. <c>(sub final (struct (field i32)))</c> when it
    /// declares supertypes or is open, else just the composite type.</summary>
    public override string ToString()
    {
        var body = Composite.ToString();
        if (Final && Supertypes.Count == 0)
            return body;
        var sb = new StringBuilder(Final ? "(sub final" : "(sub");
        foreach (var s in Supertypes)
            sb.Append(" $").Append(s);
        return sb.Append(' ').Append(body).Append(')').ToString();
    }
}

internal abstract class CompositeType
{
    /// <summary>The definition this composite type belongs to (used to stop printing recursion).</summary>
    internal SubType? Owner { get; set; }

    internal void Print(WatPrinter p)
    {
        if (Owner is not null && !p.Open(Owner))
        {
            p.Append("$" + Owner.Index);
            return;
        }
        PrintBody(p);
        if (Owner is not null)
            p.Close(Owner);
    }

    private protected abstract void PrintBody(WatPrinter p);

    public override string ToString()
    {
        var p = new WatPrinter();
        Print(p);
        return p.ToString();
    }
}

internal sealed class FuncType : CompositeType
{
    public FuncType(IReadOnlyList<ValType> parameters, IReadOnlyList<ValType> results)
    {
        Params = parameters;
        Results = results;
    }

    public IReadOnlyList<ValType> Params { get; }
    public IReadOnlyList<ValType> Results { get; }

    private protected override void PrintBody(WatPrinter p)
    {
        p.Append("(func");
        PrintList(p, "param", Params);
        PrintList(p, "result", Results);
        p.Append(")");
    }

    private static void PrintList(WatPrinter p, string keyword, IReadOnlyList<ValType> types)
    {
        if (types.Count == 0)
            return;
        p.Append(" (" + keyword);
        foreach (var t in types)
        {
            p.Append(" ");
            t.Print(p);
        }
        p.Append(")");
    }
}

internal sealed class StructType : CompositeType
{
    public StructType(IReadOnlyList<FieldType> fields) => Fields = fields;

    public IReadOnlyList<FieldType> Fields { get; }

    private protected override void PrintBody(WatPrinter p)
    {
        p.Append("(struct");
        foreach (var f in Fields)
        {
            p.Append(" (field ");
            f.Print(p);
            p.Append(")");
        }
        p.Append(")");
    }
}

internal sealed class ArrayType : CompositeType
{
    public ArrayType(FieldType element) => Element = element;

    public FieldType Element { get; }

    private protected override void PrintBody(WatPrinter p)
    {
        p.Append("(array ");
        Element.Print(p);
        p.Append(")");
    }
}

internal sealed class FieldType
{
    public FieldType(StorageType type, bool mutable)
    {
        Type = type;
        Mutable = mutable;
    }

    public StorageType Type { get; }
    public bool Mutable { get; }

    internal void Print(WatPrinter p)
    {
        if (Mutable)
            p.Append("(mut ");
        Type.Print(p);
        if (Mutable)
            p.Append(")");
    }

    public override string ToString()
    {
        var p = new WatPrinter();
        Print(p);
        return p.ToString();
    }
}

/// <summary>WAT text builder that remembers which definitions are being printed, so a recursive
/// type prints as <c>$N</c> instead of looping. Past <see cref="Budget"/> characters concrete types
/// print as <c>$N</c> too: a chain of types that each use the previous one twice would otherwise
/// print in exponential size.</summary>
internal sealed class WatPrinter
{
    public const int Budget = 4096;

    public bool OverBudget => _sb.Length > Budget;

    private readonly StringBuilder _sb = new();
    private readonly HashSet<SubType> _open = new(ReferenceEqualityComparer.Instance);

    public void Append(string s) => _sb.Append(s);

    public bool IsOpen(SubType t) => _open.Contains(t);

    public bool Open(SubType t) => _open.Add(t);

    public void Close(SubType t) => _open.Remove(t);

    public override string ToString() => _sb.ToString();
}
