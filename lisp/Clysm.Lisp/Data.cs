using System.Numerics;

namespace Clysm.Lisp;

// The Lisp data the reader produces and the printer prints. Plain CLR values are used
// wherever one fits, so code that walks forms stays short:
//   integer        -> long (fixnum-sized or not) or BigInteger (beyond long)
//   ratio          -> Ratio
//   single-float   -> float        double-float -> double
//   character      -> LispChar (a code point, so characters outside the BMP fit)
//   string         -> LispString (mutable, code points)
//   symbol         -> Symbol (NIL and T are Symbol.Nil and Symbol.T; NIL is also the empty list)
//   cons           -> Cons
//   simple vector  -> LispVector (also what #1A reads)
//   bit vector     -> LispBitVector (#*1011)
//   other arrays   -> LispArray (#2A((1 2) (3 4)), #0A5: rank 0 or rank 2 and up)
//   complex        -> LispComplex (#C(1 2))
//   pathname       -> LispPathname (#P"..."), held as its namestring

/// <summary>A character, held as a Unicode code point.</summary>
public readonly record struct LispChar(int CodePoint)
{
    public override string ToString() => char.ConvertFromUtf32(CodePoint);
}

/// <summary>A ratio in lowest terms with a positive denominator (never an integer).</summary>
public sealed record Ratio(BigInteger Numerator, BigInteger Denominator);

/// <summary>A Lisp string: a mutable sequence of code points.</summary>
public sealed class LispString
{
    public LispString(string text) => Text = text;
    public string Text { get; set; }
    public override string ToString() => Text;
}

/// <summary>A simple vector.</summary>
public sealed class LispVector
{
    public LispVector(IEnumerable<object> items) => Items = items.ToList();
    public List<object> Items { get; }
}

/// <summary>A simple bit vector (#*1011).</summary>
public sealed class LispBitVector
{
    public LispBitVector(IEnumerable<bool> bits) => Bits = bits.ToList();
    public List<bool> Bits { get; }
}

/// <summary>
/// An array of element type T whose rank is not 1 (a rank-1 array is a <see cref="LispVector"/>):
/// #0A5, #2A((1 2) (3 4)). Items are in row-major order; their count is the product of the dimensions.
/// </summary>
public sealed class LispArray
{
    public LispArray(IEnumerable<int> dimensions, IEnumerable<object> items)
    {
        Dimensions = dimensions.ToArray();
        Items = items.ToList();
        long size = 1;
        foreach (int d in Dimensions)
            size = d >= 0 ? size * d : throw new ArgumentException("a dimension is negative", nameof(dimensions));
        if (Dimensions.Length == 1) throw new ArgumentException("a rank-1 array is a LispVector", nameof(dimensions));
        if (size != Items.Count) throw new ArgumentException($"{Items.Count} items for dimensions ({string.Join(" ", Dimensions)})", nameof(items));
    }

    public int[] Dimensions { get; }
    public List<object> Items { get; }
}

/// <summary>
/// A complex number in the form the reader makes it (CLHS 12.1.5): both parts rational with a
/// non-zero imaginary part (a zero one gives the rational itself), or both floats of one format.
/// </summary>
public sealed record LispComplex(object Real, object Imaginary);

/// <summary>A pathname (#P"..."), held as the namestring it was read from; it is not parsed.</summary>
public sealed record LispPathname(string Namestring);

/// <summary>A cons cell.</summary>
public sealed class Cons
{
    public Cons(object car, object cdr) { Car = car; Cdr = cdr; }
    public object Car { get; set; }
    public object Cdr { get; set; }
}

/// <summary>
/// A symbol: name plus home package name ("KEYWORD" for keywords, "COMMON-LISP" for
/// NIL/T and standard symbols, "COMMON-LISP-USER" by default, null when uninterned).
/// Symbols are interned per (package, name) so reference equality is EQ.
/// </summary>
public sealed class Symbol
{
    private static readonly Dictionary<(string?, string), Symbol> Table = new();
    private static readonly object Gate = new();

    private Symbol(string name, string? package) { Name = name; Package = package; }

    public string Name { get; }
    public string? Package { get; }
    public bool IsKeyword => Package == "KEYWORD";

    public static readonly Symbol Nil = Intern("NIL", "COMMON-LISP");
    public static readonly Symbol T = Intern("T", "COMMON-LISP");

    /// <summary>The interned symbol with this (already case-converted) name in this package.</summary>
    public static Symbol Intern(string name, string? package = "COMMON-LISP-USER")
    {
        lock (Gate)
        {
            if (!Table.TryGetValue((package, name), out var s))
                Table[(package, name)] = s = new Symbol(name, package);
            return s;
        }
    }

    public static Symbol Keyword(string name) => Intern(name, "KEYWORD");

    /// <summary>A fresh uninterned symbol (#:NAME).</summary>
    public static Symbol Uninterned(string name) => new(name, null);

    public override string ToString() => IsKeyword ? ":" + Name : Name;
}

/// <summary>Where a datum stood in its source text (offsets are in UTF-16 units, line and column 1-based).</summary>
public readonly record struct SourceSpan(int Start, int End, int Line, int Column);

/// <summary>Bad Lisp text: names the file (when known), line, column and problem.</summary>
public sealed class LispReadException : Exception
{
    public LispReadException(string? file, int line, int column, string problem)
        : base($"{file ?? "<input>"}:{line}:{column}: {problem}")
    { File = file; Line = line; Column = column; Problem = problem; }

    public string? File { get; }
    public int Line { get; }
    public int Column { get; }
    public string Problem { get; }
}
