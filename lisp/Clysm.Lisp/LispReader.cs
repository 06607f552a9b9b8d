using System.Globalization;
using System.Numerics;
using System.Text;

namespace Clysm.Lisp;

/// <summary>Settings for <see cref="LispReader"/>.</summary>
public sealed class ReaderOptions
{
    /// <summary>
    /// The features of *features* the standard names for every conforming implementation
    /// (CLHS 24.1.2.1.1: :COMMON-LISP, :ANSI-CL, :IEEE-FLOATING-POINT). SBCL has all three, so a
    /// case reads the same in SBCL and in the suite as long as it tests only these and names no
    /// implementation's own feature (#+sbcl is skipped here and taken there).
    /// </summary>
    public static readonly IReadOnlySet<string> StandardFeatures =
        new HashSet<string>(["COMMON-LISP", "ANSI-CL", "IEEE-FLOATING-POINT"], StringComparer.Ordinal);

    // After StandardFeatures: static fields are initialised in the order they are written.
    public static readonly ReaderOptions Default = new();

    /// <summary>The features #+ and #- test, as keyword names without the colon ("SBCL"); <see cref="StandardFeatures"/> by default.</summary>
    public IReadOnlySet<string> Features { get; init; } = StandardFeatures;
}

/// <summary>One top-level datum and where its text stands.</summary>
public sealed record ReadResult(object Datum, SourceSpan Span)
{
    /// <summary>The verbatim source text of the datum.</summary>
    public string TextIn(string source) => source.Substring(Span.Start, Span.End - Span.Start);
}

/// <summary>
/// Reads Common Lisp text with the standard readtable (readtable-case :upcase, *read-base* 10,
/// *read-default-float-format* single-float, *package* COMMON-LISP-USER).
/// Produces the data of Data.cs; see <see cref="LispSymbols"/> for how backquote is represented.
/// Every malformed input raises <see cref="LispReadException"/>.
/// </summary>
public sealed class LispReader
{
    /// <summary>Deeper nesting is refused so that hostile input cannot overflow the stack.</summary>
    public const int MaxDepth = 1000;

    /// <summary>The longest #n( or #n* the reader fills out: a larger n is refused rather than exhausting memory.</summary>
    public const int MaxFillLength = 1 << 24;

    /// <summary>#nA takes ranks below SBCL's ARRAY-RANK-LIMIT (129).</summary>
    public const int ArrayRankLimit = 129;

    private readonly string _text;
    private readonly string? _file;
    private readonly ReaderOptions _options;
    private readonly int[] _lineStarts;
    private readonly Dictionary<object, SourceSpan> _spans = new(ReferenceEqualityComparer.Instance);
    private int _pos;
    private int _depth;
    private int _backquote;       // how many backquotes enclose the current position
    private bool _suppress;       // *read-suppress*: reading a form that #+/#- skips
    private bool _keywordPackage; // reading a feature expression: symbols go to KEYWORD
    private Dictionary<int, Label>? _labels; // #n= labels of the current top-level datum

    // Markers ReadItem returns besides data.
    private static readonly object Nothing = new(), Dot = new(), Close = new(), Eof = new();

    public LispReader(string text, string? file = null, ReaderOptions? options = null)
    {
        _text = text ?? throw new ArgumentNullException(nameof(text));
        _file = file;
        _options = options ?? ReaderOptions.Default;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        _lineStarts = starts.ToArray();
        if (text.Length > 0 && text[0] == '\uFEFF') _pos = 1; // byte order mark
    }

    /// <summary>The text being read.</summary>
    public string Text => _text;

    /// <summary>Reads the one datum in <paramref name="text"/>; anything after it other than whitespace and comments is an error.</summary>
    public static object ReadFromString(string text, string? file = null, ReaderOptions? options = null)
    {
        var reader = new LispReader(text, file, options);
        var first = reader.ReadNext() ?? throw reader.Error(reader._pos, "no datum in the text");
        if (reader.ReadNext() is { } extra)
            throw new LispReadException(file, extra.Span.Line, extra.Span.Column, "more than one datum in the text");
        return first.Datum;
    }

    /// <summary>The next top-level datum, or null at the end of the text.</summary>
    public ReadResult? ReadNext()
    {
        while (true)
        {
            _labels = null; // #n= labels are local to one outermost datum, as they are to one READ
            object item = ReadItem(out int start);
            if (item == Eof) return null;
            if (item == Nothing) continue;
            if (item == Dot) throw Error(start, "dot context error: '.' outside a list");
            if (item == Close) throw Error(start, "unmatched close parenthesis");
            return new ReadResult(item, MakeSpan(start, _pos));
        }
    }

    /// <summary>All remaining top-level data.</summary>
    public IEnumerable<ReadResult> ReadAll()
    {
        while (ReadNext() is { } r) yield return r;
    }

    /// <summary>
    /// Where a Cons, LispVector or LispString this reader made stands in the text. A cons that
    /// is the tail of a list spans from its first element's text to the list's closing paren,
    /// so SpanOf(tail) locates the element (car) even when it is an atom.
    /// </summary>
    public SourceSpan? SpanOf(object datum) =>
        datum is not null && _spans.TryGetValue(datum, out var span) ? span : null;

    // ---------------------------------------------------------------- positions and errors

    private SourceSpan MakeSpan(int start, int end)
    {
        var (line, column) = LineColumn(start);
        return new SourceSpan(start, end, line, column);
    }

    private (int Line, int Column) LineColumn(int offset)
    {
        int i = Array.BinarySearch(_lineStarts, offset);
        if (i < 0) i = ~i - 1;
        return (i + 1, offset - _lineStarts[i] + 1);
    }

    private LispReadException Error(int offset, string problem)
    {
        var (line, column) = LineColumn(Math.Min(offset, _text.Length));
        return new LispReadException(_file, line, column, problem);
    }

    private T Record<T>(T datum, int start) where T : notnull
    {
        _spans[datum] = MakeSpan(start, _pos);
        return datum;
    }

    // ---------------------------------------------------------------- character syntax

    private static bool IsWhitespace(char c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u2028' or '\u2029';

    private static bool IsTerminating(char c) => c is '"' or '\'' or '(' or ')' or ',' or ';' or '`';

    private bool AtEnd => _pos >= _text.Length;

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && IsWhitespace(_text[_pos])) _pos++;
    }

    // ---------------------------------------------------------------- the reader algorithm

    /// <summary>
    /// Reads one item after optional whitespace: a datum, or Nothing (comment, skipped
    /// feature form), Dot, Close or Eof. <paramref name="start"/> is where the item began.
    /// </summary>
    private object ReadItem(out int start)
    {
        SkipWhitespace();
        int begin = start = _pos;
        if (AtEnd) return Eof;
        char c = _text[_pos];
        switch (c)
        {
            case '(':
                _pos++;
                return Nested(begin, () => ReadList(begin));
            case ')':
                _pos++;
                return Close;
            case '\'':
                _pos++;
                return WrapNext(LispSymbols.Quote, start, "after '");
            case '`':
            {
                _pos++;
                _backquote++;
                try
                {
                    return Nested(begin, () =>
                    {
                        object inner = ReadObject("after `", begin, out int innerStart);
                        if (!_suppress && inner is Cons { Car: Symbol head } && (head == LispSymbols.UnquoteSplicing || head == LispSymbols.UnquoteNSplicing))
                            throw Error(innerStart, "`,@ is not a well-formed backquote expression");
                        return Record(new Cons(LispSymbols.Quasiquote, Record(new Cons(inner, Symbol.Nil), innerStart)), begin);
                    });
                }
                finally { _backquote--; }
            }
            case ',':
            {
                _pos++;
                if (_backquote == 0 && !_suppress) throw Error(start, "comma not inside a backquote");
                var head = LispSymbols.Unquote;
                if (!AtEnd && _text[_pos] == '@') { head = LispSymbols.UnquoteSplicing; _pos++; }
                else if (!AtEnd && _text[_pos] == '.') { head = LispSymbols.UnquoteNSplicing; _pos++; }
                _backquote--;
                try { return WrapNext(head, start, "after ,"); }
                finally { _backquote++; }
            }
            case ';':
                while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
                return Nothing;
            case '"':
                return ReadString(start);
            case '#':
                return ReadDispatch(start);
            default:
                return ReadTokenItem(start);
        }
    }

    private object Nested(int start, Func<object> read)
    {
        if (++_depth > MaxDepth) throw Error(start, $"nesting deeper than {MaxDepth} levels");
        try { return read(); }
        finally { _depth--; }
    }

    /// <summary>(head next-datum), as for 'x, #'x and ,x.</summary>
    private object WrapNext(Symbol head, int start, string context) =>
        Nested(start, () =>
        {
            object inner = ReadObject(context, start, out int innerStart);
            return Record(new Cons(head, Record(new Cons(inner, Symbol.Nil), innerStart)), start);
        });

    /// <summary>Reads the next datum, skipping comments; end of text, ')' or a stray dot is an error.</summary>
    private object ReadObject(string context, int constructStart, out int start)
    {
        while (true)
        {
            object item = ReadItem(out start);
            if (item == Nothing) continue;
            if (item == Eof) throw Error(constructStart, $"end of file {context}");
            if (item == Close) throw Error(start, $"missing datum {context}: found ')'");
            if (item == Dot)
            {
                if (_suppress) return Symbol.Nil; // SBCL lets a skipped form be a lone dot
                throw Error(start, $"dot context error: '.' {context}");
            }
            return item;
        }
    }

    private object ReadList(int start)
    {
        var items = new List<(object Datum, int Start)>();
        object tail = Symbol.Nil;
        while (true)
        {
            object item = ReadItem(out int itemStart);
            if (item == Nothing) continue;
            if (item == Eof) throw Error(start, "end of file inside a list: missing ')'");
            if (item == Close) break;
            if (item == Dot)
            {
                if (items.Count == 0) throw Error(itemStart, "nothing appears before . in list");
                tail = ReadDottedTail(start, itemStart);
                break;
            }
            items.Add((item, itemStart));
        }
        if (items.Count == 0) return Symbol.Nil;
        object result = tail;
        for (int i = items.Count - 1; i >= 0; i--)
        {
            var cell = new Cons(items[i].Datum, result);
            Record(cell, i == 0 ? start : items[i].Start);
            result = cell;
        }
        return result;
    }

    private object ReadDottedTail(int listStart, int dotStart)
    {
        object? tail = null;
        while (true)
        {
            object item = ReadItem(out int itemStart);
            if (item == Nothing) continue;
            if (item == Eof) throw Error(listStart, "end of file inside a list: missing ')'");
            if (item == Dot) throw Error(itemStart, "dot context error: two dots in a list");
            if (item == Close)
            {
                if (tail is null) throw Error(dotStart, "nothing appears after . in list");
                return tail;
            }
            if (tail is not null) throw Error(itemStart, "more than one object follows . in list");
            tail = item;
        }
    }

    private object ReadString(int start)
    {
        _pos++; // opening quote
        var sb = new StringBuilder();
        while (true)
        {
            if (AtEnd) throw Error(start, "end of file inside a string: missing '\"'");
            char c = _text[_pos++];
            if (c == '"') break;
            if (c == '\\')
            {
                if (AtEnd) throw Error(start, "end of file inside a string: missing '\"'");
                c = _text[_pos++];
            }
            sb.Append(c);
        }
        return Record(new LispString(sb.ToString()), start);
    }

    // ---------------------------------------------------------------- # dispatch

    private object ReadDispatch(int start)
    {
        _pos++; // '#'
        int argStart = _pos;
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
        int? arg = null;
        if (_pos > argStart)
            arg = int.TryParse(_text.AsSpan(argStart, _pos - argStart), NumberStyles.None, CultureInfo.InvariantCulture, out int n)
                ? n : int.MaxValue;
        if (AtEnd) throw Error(start, "end of file after #");
        char sub = _text[_pos++];
        switch (char.ToLowerInvariant(sub))
        {
            case '\\': return ReadCharacter(start);
            case '\'': return WrapNext(LispSymbols.Function, start, "after #'");
            case '(': return Nested(start, () => ReadVector(start, arg));
            case ':': return ReadUninterned(start);
            case 'x': return ReadRational(start, 16, "#x");
            case 'o': return ReadRational(start, 8, "#o");
            case 'b': return ReadRational(start, 2, "#b");
            case 'r':
                if (arg is null && !_suppress) throw Error(start, "#r needs a radix, as in #3r102");
                if (!_suppress && arg is < 2 or > 36) throw Error(start, $"illegal radix for #r: {arg}");
                return ReadRational(start, arg ?? 10, $"#{arg}r");
            case '+': return ReadFeature(start, true);
            case '-': return ReadFeature(start, false);
            case '|': SkipBlockComment(start); return Nothing;
            case '*': return ReadBitVector(start, arg);
            case 'a': return Nested(start, () => ReadArray(start, arg));
            case 'c': return Nested(start, () => ReadComplex(start));
            case 'p': return Nested(start, () => ReadPathname(start));
            case '=': return ReadLabelDefinition(start, arg);
            case '#': return ReadLabelReference(start, arg);
            case '.': return Unsupported(start, "#. read-time evaluation is refused: the suite reads with *read-eval* NIL");
            case 's': return Unsupported(start, "structures (#s) cannot be read: the suite's reader knows no structure types (make the structure at run time)");
            default:
                if (IsWhitespace(sub) || sub is ')' or '<')
                    throw Error(start, $"illegal sharp macro character: #{DescribeChar(sub)}");
                throw Error(start, $"no # dispatch function for {DescribeChar(sub)}");
        }
    }

    private static string DescribeChar(char c) =>
        c < 32 || IsWhitespace(c) ? $"U+{(int)c:X4}" : c.ToString();

    /// <summary>Syntax this reader refuses; under #+/#- suppression its datum is skipped as CL does.</summary>
    private object Unsupported(int start, string problem)
    {
        if (!_suppress) throw Error(start, problem);
        ReadObject("after a # macro", start, out _);
        return Symbol.Nil;
    }

    private void SkipBlockComment(int start)
    {
        int level = 1;
        while (level > 0)
        {
            if (_pos + 1 >= _text.Length) throw Error(start, "end of file inside a #| comment: missing |#");
            if (_text[_pos] == '|' && _text[_pos + 1] == '#') { level--; _pos += 2; }
            else if (_text[_pos] == '#' && _text[_pos + 1] == '|') { level++; _pos += 2; }
            else _pos++;
        }
    }

    private object ReadCharacter(int start)
    {
        if (AtEnd) throw Error(start, "end of file after #\\");
        // The first character is taken whatever its syntax (#\( is a character); a name
        // continues with the constituents that follow.
        int first = _pos;
        int width = char.IsSurrogatePair(_text, _pos) ? 2 : 1;
        int code = width == 2 ? char.ConvertToUtf32(_text[_pos], _text[_pos + 1]) : _text[_pos];
        _pos += width;
        var rest = ReadToken(out _);
        if (_suppress) return Symbol.Nil;
        if (rest.Length == 0) return new LispChar(code);
        string name = _text[first.._pos];
        int named = CharNames.Lookup(name);
        if (named < 0) throw Error(start, $"unrecognized character name: \"{name}\"");
        return new LispChar(named);
    }

    private object ReadVector(int start, int? length)
    {
        if (length > MaxFillLength && !_suppress) throw Error(start, $"#{length}( is longer than the reader fills out ({MaxFillLength})");
        var items = new List<object>();
        while (true)
        {
            object item = ReadItem(out int itemStart);
            if (item == Nothing) continue;
            if (item == Eof) throw Error(start, "end of file inside a vector: missing ')'");
            if (item == Close) break;
            if (item == Dot) throw Error(itemStart, "dot context error: '.' inside #( )");
            items.Add(item);
        }
        if (_suppress) return Symbol.Nil;
        if (length is { } n)
        {
            if (items.Count > n) throw Error(start, $"vector longer than the length #{n}( gives");
            if (items.Count == 0 && n > 0) throw Error(start, $"#{n}( ) has no element to fill the vector with");
            while (items.Count < n) items.Add(items[^1]);
        }
        return Record(new LispVector(items), start);
    }

    private object ReadUninterned(int start)
    {
        var token = ReadToken(out _);
        if (_suppress) return Symbol.Nil;
        if (token.PackageMarkers > 0) throw Error(start, $"the symbol after #: contains a package marker: \"{token.Text}\"");
        return Symbol.Uninterned(token.Text);
    }

    private object ReadRational(int start, int radix, string macro)
    {
        if (AtEnd) throw Error(start, $"end of file after {macro}");
        var token = ReadToken(out bool escaped);
        if (_suppress) return Symbol.Nil;
        if (token.Length == 0) throw Error(start, $"{macro} must be followed by a rational number");
        object? value = escaped ? null : NumberSyntax.ParseRational(token.Text, radix);
        if (value is NumberSyntax.DivisionByZero) throw Error(start, $"{macro}{token.Text}: division by zero");
        return value ?? throw Error(start, $"{macro} (base {radix}) value is not a rational: {token.Text}");
    }

    private object ReadFeature(int start, bool wantPresent)
    {
        // As in SBCL, the feature expression is read (into KEYWORD) and tested even inside a
        // form that is being skipped, so nested #+/#- decide how many forms they consume.
        bool outerSuppress = _suppress, outerKeyword = _keywordPackage;
        string macro = wantPresent ? "#+" : "#-";
        object test;
        int testStart;
        _keywordPackage = true;
        _suppress = false;
        try { test = ReadObject("after " + macro, start, out testStart); }
        finally { _keywordPackage = outerKeyword; _suppress = outerSuppress; }
        bool take = FeatureTrue(test, testStart, 0) == wantPresent;
        _suppress = outerSuppress || !take;
        try
        {
            object form = ReadObject($"after the feature expression of {macro}", start, out _);
            return take ? form : Nothing;
        }
        finally { _suppress = outerSuppress; }
    }

    private bool FeatureTrue(object test, int at, int depth)
    {
        // #n= can make a feature expression circular; SBCL then exhausts its stack.
        if (depth > MaxDepth) throw Error(at, $"malformed feature expression: nested deeper than {MaxDepth} levels (circular?)");
        switch (test)
        {
            case Symbol s:
                return s.IsKeyword && _options.Features.Contains(s.Name);
            case Cons { Car: Symbol op } c when op.IsKeyword && op.Name is "AND" or "OR" or "NOT":
            {
                var args = new List<object>();
                object rest = c.Cdr;
                for (; rest is Cons cell; rest = cell.Cdr)
                {
                    if (args.Count > _text.Length) throw Error(at, "malformed feature expression: circular list");
                    args.Add(cell.Car);
                }
                if (rest != Symbol.Nil) throw Error(at, "malformed feature expression: dotted list");
                return op.Name switch
                {
                    "AND" => args.All(a => FeatureTrue(a, at, depth + 1)),
                    "OR" => args.Any(a => FeatureTrue(a, at, depth + 1)),
                    _ => args.Count == 1 ? !FeatureTrue(args[0], at, depth + 1)
                        : throw Error(at, "malformed feature expression: (not) takes one feature"),
                };
            }
            default:
                throw Error(at, $"malformed feature expression: {Show(test)}");
        }
    }

    // ---------------------------------------------------------------- #* #A #C #P

    private object ReadBitVector(int start, int? length)
    {
        var token = ReadToken(out bool escaped);
        if (_suppress) return Symbol.Nil;
        if (escaped) throw Error(start, "an escape character appeared after #*");
        var bits = new List<bool>(token.Length);
        foreach (char c in token.Text)
            bits.Add(c switch
            {
                '0' => false,
                '1' => true,
                _ => throw Error(start, $"illegal element given for bit-vector: {DescribeChar(c)}"),
            });
        if (length is { } n)
        {
            if (n > MaxFillLength) throw Error(start, $"#{n}* is longer than the reader fills out ({MaxFillLength})");
            if (bits.Count > n) throw Error(start, $"too many bits in \"{token.Text}\": #{n}* takes {n} or fewer");
            if (bits.Count == 0 && n > 0) throw Error(start, $"#{n}* requires at least 1 bit of input");
            while (bits.Count < n) bits.Add(bits[^1]);
        }
        return Record(new LispBitVector(bits), start);
    }

    /// <summary>#nA contents: an array of rank n whose dimensions are the lengths of the nested sequences.</summary>
    private object ReadArray(int start, int? rank)
    {
        object contents = ReadObject($"after #{rank}A", start, out _);
        if (_suppress) return Symbol.Nil;
        if (rank is null) throw Error(start, "#A needs a rank, as in #2A((1 2) (3 4))");
        int r = rank.Value;
        if (r >= ArrayRankLimit) throw Error(start, $"#{r}A: the rank must be below {ArrayRankLimit}");
        if (r == 0) return Record(new LispArray([], [contents]), start);

        // The first element at each level gives that axis's length; an empty level makes the rest 0.
        var dimensions = new List<int>(r);
        object level = contents;
        for (int axis = 0; axis < r; axis++)
        {
            var elements = SequenceElements(level) ?? throw Error(start, $"#{r}A axis {axis} is not a sequence: {Show(level)}");
            dimensions.Add(elements.Count);
            if (elements.Count == 0) { while (dimensions.Count < r) dimensions.Add(0); break; }
            level = elements[0];
        }
        var items = new List<object>();
        Flatten(contents, 0);
        if (r == 1) return Record(new LispVector(items), start);
        return Record(new LispArray(dimensions, items), start);

        void Flatten(object x, int axis)
        {
            if (axis == r) { items.Add(x); return; }
            var elements = SequenceElements(x) ?? throw Error(start, $"#{r}A axis {axis} is not a sequence: {Show(x)}");
            if (elements.Count != dimensions[axis])
                throw Error(start, $"#{r}A contents are not rectangular: axis {axis} has length {dimensions[axis]}, but {Show(x)} has {elements.Count}");
            foreach (var e in elements) Flatten(e, axis + 1);
        }
    }

    /// <summary>The elements of a proper list, vector, string or bit vector; null for anything else.</summary>
    private List<object>? SequenceElements(object x)
    {
        switch (x)
        {
            case LispVector v: return v.Items;
            case LispString s: return s.Text.EnumerateRunes().Select(rune => (object)new LispChar(rune.Value)).ToList();
            case LispBitVector b: return b.Bits.Select(bit => (object)(bit ? 1L : 0L)).ToList();
            case Symbol when x == Symbol.Nil: return [];
            case Cons:
            {
                var items = new List<object>();
                for (; x is Cons c; x = c.Cdr)
                {
                    // Sharing cannot make a list longer than the text that wrote it: only a cycle can.
                    if (items.Count > _text.Length) return null;
                    items.Add(c.Car);
                }
                return x == Symbol.Nil ? items : null;
            }
            default: return null;
        }
    }

    private object ReadComplex(int start)
    {
        object parts = ReadObject("after #C", start, out _);
        if (_suppress) return Symbol.Nil;
        if (parts is not Cons { Car: var re, Cdr: Cons { Car: var im, Cdr: var end } } || end != Symbol.Nil)
            throw Error(start, $"illegal complex number format: #C{Show(parts)} (wanted #C(real imaginary))");
        return ComplexNumbers.Make(re, im, Show, out string? problem) ?? throw Error(start, problem!);
    }

    private object ReadPathname(int start)
    {
        object namestring = ReadObject("after #P", start, out _);
        if (_suppress) return Symbol.Nil;
        if (namestring is not LispString s) throw Error(start, $"#P needs a namestring (a string), found {Show(namestring)}");
        return new LispPathname(s.Text);
    }

    // ---------------------------------------------------------------- #n= and #n#

    /// <summary>A #n= label; until its datum is read, the label itself stands where #n# appears.</summary>
    private sealed class Label
    {
        public object? Value;
        public bool Done, Referenced;
    }

    private object ReadLabelDefinition(int start, int? n)
    {
        // Under *read-suppress* #n= reads as nothing, so the labelled datum is what gets skipped.
        if (_suppress) return Nothing;
        if (n is null) throw Error(start, "missing label for #=: write #1= and refer to it with #1#");
        _labels ??= new Dictionary<int, Label>();
        if (_labels.ContainsKey(n.Value)) throw Error(start, $"multiply defined label: #{n}=");
        var label = _labels[n.Value] = new Label();
        object datum = ReadObject($"after #{n}=", start, out _);
        if (datum == label) throw Error(start, $"#{n}= must label something more than just #{n}#");
        label.Value = datum;
        label.Done = true;
        if (label.Referenced) Patch(datum, label);
        return datum;
    }

    private object ReadLabelReference(int start, int? n)
    {
        if (_suppress) return Symbol.Nil;
        if (n is null) throw Error(start, "missing label for ##: write #1# after a #1=");
        if (_labels is null || !_labels.TryGetValue(n.Value, out var label)) throw Error(start, $"reference to undefined label #{n}#");
        if (label.Done) return label.Value!;
        label.Referenced = true;
        return label;
    }

    /// <summary>Puts the finished datum where its label stood inside it (the datum may now contain itself).</summary>
    private static void Patch(object root, Label label)
    {
        object value = label.Value!;
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var work = new Stack<object>();
        work.Push(root);
        while (work.Count > 0)
        {
            object x = work.Pop();
            if (!seen.Add(x)) continue;
            switch (x)
            {
                case Cons c:
                    if (c.Car == label) c.Car = value; else if (IsContainer(c.Car)) work.Push(c.Car);
                    if (c.Cdr == label) c.Cdr = value; else if (IsContainer(c.Cdr)) work.Push(c.Cdr);
                    break;
                case LispVector v: PatchItems(v.Items); break;
                case LispArray a: PatchItems(a.Items); break;
            }
        }

        void PatchItems(List<object> items)
        {
            for (int i = 0; i < items.Count; i++)
                if (items[i] == label) items[i] = value;
                else if (IsContainer(items[i])) work.Push(items[i]);
        }

        static bool IsContainer(object x) => x is Cons or LispVector or LispArray;
    }

    /// <summary>A datum for an error message: the printer refuses circular data and the reader's own placeholders.</summary>
    private static string Show(object datum)
    {
        try { return LispPrinter.Prin1(datum); }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException) { return "a circular or unfinished datum"; }
    }

    // ---------------------------------------------------------------- tokens

    /// <summary>A token's characters after case conversion, and which ones were escaped.</summary>
    private sealed class Token
    {
        public readonly StringBuilder Chars = new();
        public readonly List<bool> Escaped = new();
        public int PackageMarkers;
        public string Text => Chars.ToString();
        public int Length => Chars.Length;
    }

    /// <summary>Reads constituents and escapes up to whitespace, a terminating macro character or the end.</summary>
    private Token ReadToken(out bool anyEscape)
    {
        var token = new Token();
        anyEscape = false;
        while (!AtEnd)
        {
            char c = _text[_pos];
            if (IsWhitespace(c) || IsTerminating(c)) break;
            if (c == '\\')
            {
                int at = _pos++;
                if (AtEnd) throw Error(at, "end of file after \\ escape");
                Add(token, _text[_pos++], true);
                anyEscape = true;
            }
            else if (c == '|')
            {
                int at = _pos++;
                anyEscape = true;
                while (true)
                {
                    if (AtEnd) throw Error(at, "end of file inside |...|: missing '|'");
                    char d = _text[_pos++];
                    if (d == '|') break;
                    if (d == '\\')
                    {
                        if (AtEnd) throw Error(at, "end of file inside |...|: missing '|'");
                        d = _text[_pos++];
                    }
                    Add(token, d, true);
                }
            }
            else
            {
                if (c is '\b' or '\u007f' && !_suppress)
                    throw Error(_pos, $"invalid constituent character U+{(int)c:X4}");
                if (c == ':') token.PackageMarkers++;
                Add(token, Upcase(c), false);
                _pos++;
            }
        }
        return token;
    }

    private static void Add(Token token, char c, bool escaped)
    {
        token.Chars.Append(c);
        token.Escaped.Add(escaped);
    }

    /// <summary>char-upcase: only characters whose upper case maps back to them change.</summary>
    internal static char Upcase(char c)
    {
        char up = char.ToUpperInvariant(c);
        return up != c && char.ToLowerInvariant(up) == c ? up : c;
    }

    private object ReadTokenItem(int start)
    {
        var token = ReadToken(out bool anyEscape);
        if (!anyEscape && token.Length > 0 && token.Text.All(ch => ch == '.'))
        {
            if (token.Length == 1) return Dot;
            if (!_suppress) throw Error(start, "too many dots: a token of only dots");
        }
        if (_suppress) return Symbol.Nil;
        string text = token.Text;
        if (!anyEscape)
        {
            object? number = NumberSyntax.Parse(text);
            if (number is NumberSyntax.DivisionByZero) throw Error(start, $"division by zero in the ratio {text}");
            if (number is NumberSyntax.FloatOverflow) throw Error(start, $"floating-point overflow: {text} is out of range");
            if (number is not null) return number;
        }
        return MakeSymbol(token, start);
    }

    private Symbol MakeSymbol(Token token, int start)
    {
        string text = token.Text;
        var colons = new List<int>();
        for (int i = 0; i < token.Length; i++)
            if (text[i] == ':' && !token.Escaped[i]) colons.Add(i);
        if (colons.Count == 0)
            return _keywordPackage ? Symbol.Keyword(text) : LispSymbols.InternUser(text);

        bool internalRef = colons.Count == 2 && colons[1] == colons[0] + 1;
        if (colons.Count > 2 || (colons.Count == 2 && !internalRef))
            throw Error(start, $"too many colons in \"{text}\"");
        int nameStart = colons[^1] + 1;
        if (nameStart == token.Length && !EndsWithMultipleEscape())
            throw Error(start, $"nothing after the package marker in \"{text}\"");
        string package = LispSymbols.CanonicalPackage(text[..colons[0]]);
        string name = text[nameStart..];
        switch (package)
        {
            case LispSymbols.KeywordPackage:
                return Symbol.Keyword(name);
            case LispSymbols.CommonLisp:
                if (!internalRef && !LispSymbols.IsCommonLispExternal(name))
                    throw Error(start, $"symbol \"{name}\" not external in the COMMON-LISP package");
                return Symbol.Intern(name, LispSymbols.CommonLisp);
            case LispSymbols.CommonLispUser:
                if (!internalRef)
                    throw Error(start, $"symbol \"{name}\" not external in the COMMON-LISP-USER package");
                return LispSymbols.InternUser(name);
            default:
                // Other packages are taken as given: the suite cannot know their exports.
                return Symbol.Intern(name, package);
        }
    }

    // A token like pkg::|| names the empty symbol; pkg:: alone is an error.
    private bool EndsWithMultipleEscape() => _pos > 0 && _text[_pos - 1] == '|';
}
