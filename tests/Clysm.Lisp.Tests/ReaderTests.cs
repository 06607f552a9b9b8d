using System.Numerics;

namespace Clysm.Lisp.Tests;

public class ReaderTests
{
    private static object Read(string text, ReaderOptions? options = null) => LispReader.ReadFromString(text, "t.lisp", options);

    private static List<object> Items(object list)
    {
        var items = new List<object>();
        for (; list is Cons c; list = c.Cdr) items.Add(c.Car);
        Assert.Same(Symbol.Nil, list);
        return items;
    }

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("-42", -42L)]
    [InlineData("+42", 42L)]
    [InlineData("10.", 10L)]
    [InlineData("#x1F", 31L)]
    [InlineData("#o17", 15L)]
    [InlineData("#b-101", -5L)]
    [InlineData("#36rZZ", 1295L)]
    [InlineData("4/2", 2L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void ReadsIntegersAsLong(string text, long expected) => Assert.Equal(expected, Assert.IsType<long>(Read(text)));

    [Fact]
    public void ReadsBignumsAsBigInteger()
    {
        Assert.Equal(BigInteger.Parse("9223372036854775808"), Assert.IsType<BigInteger>(Read("9223372036854775808")));
        Assert.Equal(-BigInteger.Pow(2, 100), Assert.IsType<BigInteger>(Read("-1267650600228229401496703205376")));
        Assert.Equal(long.MinValue, Assert.IsType<long>(Read("-9223372036854775808")));
    }

    [Fact]
    public void ReadsRatiosInLowestTerms()
    {
        Assert.Equal(new Ratio(1, 2), Read("2/4"));
        Assert.Equal(new Ratio(-2, 3), Read("-4/6"));
        Assert.Equal(new Ratio(51, 2), Read("#xFF/A"));
        Assert.Equal(0L, Read("0/7"));
    }

    [Fact]
    public void ReadsFloatsInTheirFormats()
    {
        Assert.Equal(1.5f, Assert.IsType<float>(Read("1.5")));
        Assert.Equal(1500f, Assert.IsType<float>(Read("1.5e3")));
        Assert.Equal(1.5f, Assert.IsType<float>(Read("1.5f0")));
        Assert.Equal(1.5f, Assert.IsType<float>(Read("1.5s0")));
        Assert.Equal(1.5, Assert.IsType<double>(Read("1.5d0")));
        Assert.Equal(1.5, Assert.IsType<double>(Read("1.5L0")));
        Assert.Equal(0.5f, Assert.IsType<float>(Read(".5")));
        Assert.Equal(-0.5f, Assert.IsType<float>(Read("-.5")));
        Assert.Equal(100000f, Assert.IsType<float>(Read("1.e5")));
        Assert.True(float.IsNegative(Assert.IsType<float>(Read("-0.0"))));
        Assert.Equal(0.1, Assert.IsType<double>(Read("0.1d0")));
    }

    [Theory]
    [InlineData("1+")] [InlineData("1-")] [InlineData("+")] [InlineData("-")] [InlineData("1e")] [InlineData("1.5e")]
    [InlineData("--1")] [InlineData("1/2/3")] [InlineData("a.b")] [InlineData("+.")] [InlineData("1..2")]
    public void PotentialNumbersThatAreNotNumbersAreSymbols(string text) =>
        Assert.Equal(text.ToUpperInvariant(), Assert.IsType<Symbol>(Read(text)).Name);

    [Fact]
    public void ReadsCharacters()
    {
        Assert.Equal(new LispChar('a'), Read("#\\a"));
        Assert.Equal(new LispChar('A'), Read("#\\A"));
        Assert.Equal(new LispChar(' '), Read("#\\Space"));
        Assert.Equal(new LispChar('\n'), Read("#\\newline"));
        Assert.Equal(new LispChar('\n'), Read("#\\Linefeed"));
        Assert.Equal(new LispChar(0), Read("#\\Null"));
        Assert.Equal(new LispChar(27), Read("#\\Escape"));
        Assert.Equal(new LispChar(127), Read("#\\Rubout"));
        Assert.Equal(new LispChar('('), Read("#\\("));
        Assert.Equal(new LispChar(0x1F600), Read("#\\u1F600"));
        Assert.Equal(new LispChar(0x1F600), Read("#\\\U0001F600"));
        Assert.Equal(new LispChar(0xE9), Read("#\\LATIN_SMALL_LETTER_E_WITH_ACUTE"));
        Assert.Equal(new LispChar(0xAC01), Read("#\\Hangul_Syllable_Gag"));
        Assert.Equal([new LispChar('a'), new LispChar(')')], Items(Read("(#\\a #\\))")));
    }

    [Fact]
    public void ReadsStringsWithEscapes()
    {
        Assert.Equal("a\"b\\c", Assert.IsType<LispString>(Read("\"a\\\"b\\\\c\"")).Text);
        Assert.Equal("ab", Assert.IsType<LispString>(Read("\"\\a\\b\"")).Text);
        Assert.Equal("x\ny", Assert.IsType<LispString>(Read("\"x\ny\"")).Text);
    }

    [Fact]
    public void InternsSymbolsLikeCommonLispUser()
    {
        var car = Assert.IsType<Symbol>(Read("car"));
        Assert.Equal("COMMON-LISP", car.Package);
        Assert.Same(car, Read("cl:car"));
        Assert.Same(car, Read("COMMON-LISP::CAR"));
        Assert.Same(car, Read("cl-user::car"));
        Assert.Same(Symbol.Nil, Read("nil"));
        Assert.Same(Symbol.Nil, Read("()"));
        Assert.Same(Symbol.T, Read("t"));
        var foo = Assert.IsType<Symbol>(Read("foo"));
        Assert.Equal(("FOO", "COMMON-LISP-USER"), (foo.Name, foo.Package));
        Assert.Same(foo, Read("cl-user::foo"));
        Assert.Same(Symbol.Keyword("KEY"), Read(":key"));
        Assert.Same(Symbol.Keyword("KEY"), Read("keyword:key"));
        Assert.Equal("aBc", Assert.IsType<Symbol>(Read("|aBc|")).Name);
        Assert.Equal("AbC", Assert.IsType<Symbol>(Read("a\\bc")).Name);
        Assert.Equal("A B", Assert.IsType<Symbol>(Read("a| |b")).Name);
        Assert.Equal("", Assert.IsType<Symbol>(Read("||")).Name);
        Assert.Equal(("BAR", "SB-IMPL"), (((Symbol)Read("sb-impl::bar")).Name, ((Symbol)Read("sb-impl::bar")).Package));
        Assert.Equal(("", "MY-PKG"), (((Symbol)Read("my-pkg::||")).Name, ((Symbol)Read("my-pkg::||")).Package));
        Assert.Equal("É", ((Symbol)Read("é")).Name);
    }

    [Fact]
    public void UninternedSymbolsAreFreshEachTime()
    {
        var a = Assert.IsType<Symbol>(Read("#:foo"));
        var b = Assert.IsType<Symbol>(Read("#:foo"));
        Assert.Equal(("FOO", null), (a.Name, a.Package));
        Assert.NotSame(a, b);
    }

    [Fact]
    public void ReadsQuoteFunctionAndBackquote()
    {
        Assert.Equal([LispSymbols.Quote, Symbol.Intern("X")], Items(Read("'x")));
        Assert.Equal([LispSymbols.Function, Symbol.Intern("CAR", "COMMON-LISP")], Items(Read("#'car")));
        var bq = Items(Read("`(a ,b ,@c ,.d)"));
        Assert.Same(LispSymbols.Quasiquote, bq[0]);
        var body = Items(bq[1]);
        Assert.Equal("(CLYSM::UNQUOTE B)", LispPrinter.Prin1(body[1]));
        Assert.Same(LispSymbols.UnquoteSplicing, Items(body[2])[0]);
        Assert.Same(LispSymbols.UnquoteNSplicing, Items(body[3])[0]);
        Assert.Equal("`(A `(B ,,C))", LispPrinter.Prin1(Read("`(a `(b ,,c))"), abbreviate: true));
    }

    [Fact]
    public void ReadsListsVectorsAndDottedPairs()
    {
        var pair = Assert.IsType<Cons>(Read("(a . b)"));
        Assert.Equal("B", ((Symbol)pair.Cdr).Name);
        Assert.Equal("(1 2 . 3)", LispPrinter.Prin1(Read("(1 2 . 3)")));
        Assert.Equal("(1 2 3)", LispPrinter.Prin1(Read("(1 . (2 3))")));
        var v = Assert.IsType<LispVector>(Read("#(1 \"x\" (a))"));
        Assert.Equal(3, v.Items.Count);
        Assert.Equal("#(A A A)", LispPrinter.Prin1(Read("#3(a)")));
    }

    [Fact]
    public void SkipsCommentsAndWhitespace()
    {
        Assert.Equal([1L, 2L], Items(Read("(1 ; one\n #| two #| nested |# |# 2)")));
        var all = new LispReader("; header\n#| block |#\n a ; tail").ReadAll().ToList();
        Assert.Single(all);
        Assert.Equal("\uFEFF", "\uFEFF");
        Assert.Equal(5L, new LispReader("\uFEFF5").ReadNext()!.Datum);
    }

    [Fact]
    public void TheStandardFeaturesArePresentByDefault()
    {
        Assert.Equal(["ANSI-CL", "COMMON-LISP", "IEEE-FLOATING-POINT"], ReaderOptions.Default.Features.Order());
        Assert.Equal([1L, 2L, 3L, 4L, 5L], Items(Read("(1 #+common-lisp 2 #+ansi-cl 3 #+ieee-floating-point 4 #-common-lisp no 5)")));
        Assert.Equal([1L, 2L], Items(Read("(1 #+(and :common-lisp (not sbcl) (or clysm ansi-cl)) 2)")));
        // Only keywords name features: cl-user::common-lisp is another symbol.
        Assert.Equal([2L], Items(Read("(#+cl-user::common-lisp 1 2)")));
        var none = new ReaderOptions { Features = new HashSet<string>() };
        Assert.Equal([2L], Items(Read("(#+common-lisp 1 2)", none)));
    }

    [Fact]
    public void FeatureExpressionsUseTheGivenFeatures()
    {
        Assert.Equal([1L, 3L], Items(Read("(1 #+sbcl 2 3)")));
        Assert.Equal([1L, 2L, 3L], Items(Read("(1 #-sbcl 2 3)")));
        var sbcl = new ReaderOptions { Features = new HashSet<string> { "SBCL", "X86-64" } };
        Assert.Equal([1L, 2L, 3L], Items(Read("(1 #+sbcl 2 3)", sbcl)));
        Assert.Equal([1L, 3L], Items(Read("(1 #-sbcl 2 3)", sbcl)));
        Assert.Equal([1L, 2L], Items(Read("(1 #+(and sbcl (or ccl x86-64) (not ecl)) 2)", sbcl)));
        Assert.Equal([1L], Items(Read("(1 #+(and sbcl ccl) 2)", sbcl)));
        // Skipped forms are read with *read-suppress*: unknown packages, #. and #c do no harm.
        Assert.Equal([1L, 5L], Items(Read("(1 #+nope (ccl::foo #.(bar) #c(1 2) #\\NoSuchName 1/0) 5)")));
        // Nested feature tests are evaluated even while skipping, as SBCL does.
        Assert.Equal([1L, 5L], Items(Read("(1 #+nope #+sbcl 2 3 5)")));
        Assert.Equal([1L, 3L, 5L], Items(Read("(1 #+nope #+sbcl 2 3 5)", sbcl)));
        Assert.Equal([1L, 5L], Items(Read("(1 #+nope #-sbcl 2 3 5)", sbcl)));
        var top = new LispReader("#+nope skipped kept").ReadAll().Select(r => LispPrinter.Prin1(r.Datum)).ToList();
        Assert.Equal(["KEPT"], top);
    }

    [Fact]
    public void ReadAllGivesSpansAndVerbatimText()
    {
        const string text = "(defcase a.b\n  :forms ((car (list 1 2))  ; c\n          (+ 1 2))\n  :value \"1\")\n\n  sym";
        var reader = new LispReader(text, "x.lisp");
        var all = reader.ReadAll().ToList();
        Assert.Equal(2, all.Count);
        Assert.Equal(new SourceSpan(0, text.IndexOf("\n\n"), 1, 1), all[0].Span);
        Assert.Equal("sym", all[1].TextIn(text));
        Assert.Equal((6, 3), (all[1].Span.Line, all[1].Span.Column));

        var fields = Items(all[0].Datum);
        var forms = Items(fields[3]);
        var formText = forms.Select(f => { var s = reader.SpanOf(f)!.Value; return text[s.Start..s.End]; }).ToList();
        Assert.Equal(["(car (list 1 2))", "(+ 1 2)"], formText);
        Assert.Equal((3, 11), (reader.SpanOf(forms[1])!.Value.Line, reader.SpanOf(forms[1])!.Value.Column));
        // A tail cons locates its element, even an atom: the cell holding :value.
        object cell = all[0].Datum;
        for (int i = 0; i < 4; i++) cell = ((Cons)cell).Cdr;
        Assert.Equal((4, 3), (reader.SpanOf(cell)!.Value.Line, reader.SpanOf(cell)!.Value.Column));
        var str = fields[5];
        Assert.Equal("\"1\"", text[reader.SpanOf(str)!.Value.Start..reader.SpanOf(str)!.Value.End]);
        Assert.Null(reader.SpanOf(Symbol.Nil));
        Assert.Null(reader.SpanOf(new Cons(1L, 2L)));
    }

    [Fact]
    public void SpansCoverQuotesAndVectors()
    {
        const string text = "  '(a #(b))";
        var reader = new LispReader(text);
        var r = reader.ReadNext()!;
        Assert.Equal("'(a #(b))", r.TextIn(text));
        var quoted = Items(r.Datum)[1];
        Assert.Equal("(a #(b))", text[reader.SpanOf(quoted)!.Value.Start..reader.SpanOf(quoted)!.Value.End]);
        var vector = Items(quoted)[1];
        Assert.Equal((1, 7), (reader.SpanOf(vector)!.Value.Line, reader.SpanOf(vector)!.Value.Column));
        Assert.Null(reader.ReadNext());
    }

    [Fact]
    public void ReadsBitVectors()
    {
        Assert.Equal([true, false, true, true], Assert.IsType<LispBitVector>(Read("#*1011")).Bits);
        Assert.Empty(Assert.IsType<LispBitVector>(Read("#*")).Bits);
        Assert.Empty(Assert.IsType<LispBitVector>(Read("#0*")).Bits);
        // #n* repeats the last bit up to n.
        Assert.Equal([true, false, false, false, false], Assert.IsType<LispBitVector>(Read("#5*10")).Bits);
        // The bits end where a token ends.
        Assert.Equal(2, Items(Read("(#*10(1))")).Count);
        Assert.Equal("(#*1 #*0)", LispPrinter.Prin1(Read("(#*1 #*0)")));
        Assert.Equal("#*10000", LispPrinter.Princ(Read("#5*10")));
    }

    [Fact]
    public void ReadsArraysOfEveryRank()
    {
        var scalar = Assert.IsType<LispArray>(Read("#0A5"));
        Assert.Empty(scalar.Dimensions);
        Assert.Equal([5L], scalar.Items);
        // Rank 1 is a simple vector, from any sequence.
        Assert.Equal([1L, 2L], Assert.IsType<LispVector>(Read("#1A(1 2)")).Items);
        Assert.Equal([new LispChar('a'), new LispChar('b')], Assert.IsType<LispVector>(Read("#1A\"ab\"")).Items);
        Assert.Equal([1L, 0L], Assert.IsType<LispVector>(Read("#1A#*10")).Items);
        var matrix = Assert.IsType<LispArray>(Read("#2A((1 2 3) (4 5 6))"));
        Assert.Equal([2, 3], matrix.Dimensions);
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], matrix.Items);
        var cube = Assert.IsType<LispArray>(Read("#3a(((a b)) ((c d)) ((e f)))"));
        Assert.Equal([3, 1, 2], cube.Dimensions);
        Assert.Equal("#3A(((A B)) ((C D)) ((E F)))", LispPrinter.Prin1(cube));
        // An empty axis makes the axes after it 0, as in SBCL.
        Assert.Equal([0, 0], Assert.IsType<LispArray>(Read("#2A()")).Dimensions);
        Assert.Equal([2, 0], Assert.IsType<LispArray>(Read("#2A(() ())")).Dimensions);
        Assert.Equal([1, 1, 0], Assert.IsType<LispArray>(Read("#3A((()))")).Dimensions);
        Assert.Equal("#2A(() ())", LispPrinter.Prin1(Read("#2A(() ())")));
        Assert.Equal("#2A((#\\a #\\b) (#\\c #\\d))", LispPrinter.Prin1(Read("#2A(\"ab\" \"cd\")")));
        Assert.Equal("#2A((a b) (c d))", LispPrinter.Princ(Read("#2A(\"ab\" \"cd\")")));
        Assert.Equal("#0A(1 2)", LispPrinter.Prin1(Read("#0A(1 2)")));
        Assert.Throws<ArgumentException>(() => new LispArray([2, 2], [1L]));
    }

    [Fact]
    public void ReadsComplexNumbersInCanonicalForm()
    {
        Assert.Equal(new LispComplex(1L, 2L), Read("#c(1 2)"));
        Assert.Equal(new LispComplex(new Ratio(1, 2), -3L), Read("#C(2/4 -3)"));
        // A zero rational imaginary part gives the real part; a float part makes both floats.
        Assert.Equal(1L, Read("#c(1 0)"));
        Assert.Equal(new Ratio(1, 3), Read("#c(1/3 0)"));
        var z = Assert.IsType<LispComplex>(Read("#c(1.0 0)"));
        Assert.Equal((1.0f, 0.0f), ((float)z.Real, (float)z.Imaginary));
        var d = Assert.IsType<LispComplex>(Read("#c(1 2d0)"));
        Assert.Equal((1.0, 2.0), ((double)d.Real, (double)d.Imaginary));
        var mixed = Assert.IsType<LispComplex>(Read("#c(0.1 1d0)"));
        Assert.Equal((double)0.1f, (double)mixed.Real);
        // Rationals become the nearest float, ties to even.
        Assert.Equal(1.0f / 3, (float)Assert.IsType<LispComplex>(Read("#c(1/3 1.0)")).Real);
        Assert.Equal(16777216f, (float)Assert.IsType<LispComplex>(Read("#c(16777217 1.0)")).Real);
        Assert.Equal(16777220f, (float)Assert.IsType<LispComplex>(Read("#c(16777219 1.0)")).Real);
        Assert.Equal(9007199254740992.0, (double)Assert.IsType<LispComplex>(Read("#c(9007199254740993 1d0)")).Real);
        Assert.Equal(double.Epsilon, (double)Assert.IsType<LispComplex>(Read("#c(1d0 1/202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784)")).Imaginary);
        Assert.Equal("#C(1.0d0 0.0d0)", LispPrinter.Prin1(Read("#c(1d0 0)")));
        Assert.Equal("#C(-0.0 1.0)", LispPrinter.Prin1(Read("#c(-0.0 1)")));
    }

    [Fact]
    public void ReadsPathnamesAsTheirNamestrings()
    {
        Assert.Equal(new LispPathname("/tmp/a b.lisp"), Read("#p\"/tmp/a b.lisp\""));
        Assert.Equal("#P\"a\\\"b\"", LispPrinter.Prin1(Read("#P\"a\\\"b\"")));
        Assert.Equal("a\"b", LispPrinter.Princ(Read("#P\"a\\\"b\"")));
        Assert.Equal("(#P\"x\" #P\"\")", LispPrinter.Prin1(Read("(#p\"x\" #P\"\")")));
    }

    [Fact]
    public void LabelsShareStructure()
    {
        var shared = Items(Read("(#1=(x) #1# #2=\"s\" #2#)"));
        Assert.Same(shared[0], shared[1]);
        Assert.Same(shared[2], shared[3]);
        var vector = Assert.IsType<LispVector>(Read("#(#1=(a) #1#)"));
        Assert.Same(vector.Items[0], vector.Items[1]);
        // A label defined inside another and used in both.
        var nested = Items(Read("(#1=(#2=(c) #2#) #1# #2#)"));
        Assert.Same(nested[2], Items(nested[0])[0]);
        Assert.Same(nested[0], nested[1]);
        // Labels are local to one top-level datum.
        var reader = new LispReader("(#1=a #1#) (#1=b #1#)");
        Assert.Equal(["(A A)", "(B B)"], reader.ReadAll().Select(r => LispPrinter.Prin1(r.Datum)));
        Assert.Equal(5L, Read("#1=5"));
    }

    [Fact]
    public void LabelsMakeCircularStructure()
    {
        var ring = Assert.IsType<Cons>(Read("#1=(a . #1#)"));
        Assert.Same(ring, ring.Cdr);
        var self = Assert.IsType<Cons>(Read("#1=(#1# . #1#)"));
        Assert.Same(self, self.Car);
        Assert.Same(self, self.Cdr);
        var loop = Assert.IsType<Cons>(Read("#1=(a b . #1#)"));
        Assert.Same(loop, ((Cons)loop.Cdr).Cdr);
        var vector = Assert.IsType<LispVector>(Read("#1=#(x #1# #1#)"));
        Assert.Same(vector, vector.Items[1]);
        Assert.Same(vector, vector.Items[2]);
        var array = Assert.IsType<LispArray>(Read("#1=#2A((1 #1#))"));
        Assert.Same(array, array.Items[1]);
        var filled = Assert.IsType<LispVector>(Read("#1=#3(#1#)"));
        Assert.All(filled.Items, item => Assert.Same(filled, item));
        // (a #2=(b #2#) . #1#): both labels patched, the inner one before the outer one is done.
        var outer = Assert.IsType<Cons>(Read("#1=(a #2=(b #2#) . #1#)"));
        var inner = Assert.IsType<Cons>(((Cons)outer.Cdr).Car);
        Assert.Same(inner, ((Cons)inner.Cdr).Car);
        Assert.Same(outer, ((Cons)outer.Cdr).Cdr);
        var quoted = Assert.IsType<Cons>(Read("#1=(quote #1#)"));
        Assert.Same(quoted, ((Cons)quoted.Cdr).Car);
    }

    [Fact]
    public void SkippedFormsReadLiteralsWithoutBuildingThem()
    {
        // Under #+/#- the datum after #n= is what is skipped; bad literals do no harm.
        Assert.Equal([1L], Items(Read("(#+(or) #1=(a) 1)")));
        Assert.Equal([1L], Items(Read("(#+(or) #1# 1)")));
        Assert.Equal([1L, 2L], Items(Read("(#+(or) #*102 1 #+(or) #3* 2)")));
        Assert.Equal([1L], Items(Read("(#+(or) #A(1) #+(or) #2A(1 2) #+(or) #c(a b c) #+(or) #p5 #+(or) #s(x) #+(or) #.(y) 1)")));
    }

    [Fact]
    public void TheCharacterNamesOfTheStandardRead()
    {
        // CLHS 13.1.7: Newline and Space; the semi-standard Rubout, Page, Tab, Backspace, Return, Linefeed.
        var names = new Dictionary<string, int>
        {
            ["Newline"] = 10, ["Space"] = 32, ["Rubout"] = 127, ["Page"] = 12, ["Tab"] = 9, ["Backspace"] = 8,
            ["Return"] = 13, ["Linefeed"] = 10,
        };
        foreach (var (name, code) in names)
        {
            Assert.Equal(new LispChar(code), Read("#\\" + name));
            Assert.Equal(new LispChar(code), Read("#\\" + name.ToUpperInvariant()));
            Assert.Equal(new LispChar(code), Read("#\\" + name.ToLowerInvariant()));
        }
        foreach (char c in "abcxyzABCXYZ0123456789!$\"#%&'()*+,-./:;<=>?@[\\]^_`{|}~ ")
            Assert.Equal(new LispChar(c), Read("#\\" + c));
    }

    [Fact]
    public void EveryLiteralReadsAndPrintsAsInSbcl()
    {
        var bad = new List<string>();
        foreach (var (text, prin1, princ) in SbclLiterals.Reads)
        {
            string got1, got2;
            try
            {
                // Like READ-FROM-STRING: the first datum; what follows is not looked at.
                var datum = new LispReader(text).ReadNext()?.Datum;
                (got1, got2) = datum is null ? ("ERROR", "ERROR") : (LispPrinter.Prin1(datum), LispPrinter.Princ(datum));
            }
            catch (LispReadException) { (got1, got2) = ("ERROR", "ERROR"); }
            if (got1 != prin1 || got2 != princ) bad.Add($"{text}: SBCL {prin1} / {princ}, suite {got1} / {got2}");
        }
        Assert.True(bad.Count == 0, $"{bad.Count} of {SbclLiterals.Reads.Length} differ:\n" + string.Join("\n", bad));
    }

    [Fact]
    public void ThePrinterRefusesCircularDataAtOnce()
    {
        foreach (var text in new[] { "#1=(a . #1#)", "#1=(#1#)", "(x #1=(a b . #1#))", "#1=#(#1#)", "(#1=#(a (#1#)))", "#1=#2A((#1#))", "#1=(a (b #1#))", "#1=(quote #1#)", "(a . #1=(b c . #1#))" })
        {
            var datum = Read(text);
            Assert.Throws<InvalidOperationException>(() => LispPrinter.Prin1(datum));
            Assert.Throws<InvalidOperationException>(() => LispPrinter.Prin1(datum, abbreviate: true));
        }
        // Shared structure is not circular: it prints twice.
        Assert.Equal("((X) (X) #(1) #(1))", LispPrinter.Prin1(Read("(#1=(x) #1# #2=#(1) #2#)")));
        Assert.Equal("('A 'A)", LispPrinter.Prin1(Read("(#1='a #1#)"), abbreviate: true));
    }

    public static TheoryData<string, int, int, string> Errors => new()
    {
        { "(a b", 1, 1, "missing ')'" },
        { "\n  (a (b)", 2, 3, "missing ')'" },
        { "a)", 1, 2, "unmatched close parenthesis" },
        { "\"abc", 1, 1, "missing '\"'" },
        { "x #| abc", 1, 3, "#| comment" },
        { "#| #| |#", 1, 1, "#| comment" },
        { "|abc", 1, 1, "missing '|'" },
        { "abc\\", 1, 4, "after \\ escape" },
        { "#", 1, 1, "end of file after #" },
        { "#\\", 1, 1, "end of file after #\\" },
        { "#<x>", 1, 1, "illegal sharp macro character" },
        { "# ", 1, 1, "illegal sharp macro character" },
        { "#z", 1, 1, "no # dispatch function" },
        { "#\\bogus", 1, 1, "unrecognized character name: \"bogus\"" },
        { "#.(+ 1 2)", 1, 1, "#. read-time evaluation is refused: the suite reads with *read-eval* NIL" },
        { "(a #.b)", 1, 4, "*read-eval* NIL" },
        { "#s(foo)", 1, 1, "structures (#s) cannot be read" },
        { "#3*", 1, 1, "#3* requires at least 1 bit" },
        { "#2*101", 1, 1, "too many bits" },
        { "#*102", 1, 1, "illegal element given for bit-vector: 2" },
        { "#*1\\0", 1, 1, "escape character appeared after #*" },
        { "#99999999*1", 1, 1, "longer than the reader fills out" },
        { "#99999999(a)", 1, 1, "longer than the reader fills out" },
        { "#A(1 2)", 1, 1, "#A needs a rank" },
        { "#2A", 1, 1, "end of file after #2A" },
        { "x #2A(1 2)", 1, 3, "#2A axis 1 is not a sequence: 1" },
        { "#2A((1 2) (3))", 1, 1, "not rectangular: axis 1 has length 2, but (3) has 1" },
        { "#2A((1 . 2))", 1, 1, "axis 1 is not a sequence" },
        { "#129A()", 1, 1, "rank must be below 129" },
        { "#1A#1=(a . #1#)", 1, 1, "axis 0 is not a sequence" },
        { "#c(1)", 1, 1, "illegal complex number format: #C(1)" },
        { "#c(1 2 3)", 1, 1, "illegal complex number format" },
        { "#c(1 . 2)", 1, 1, "illegal complex number format" },
        { "#c 5", 1, 1, "illegal complex number format: #C5" },
        { "#c(a 1)", 1, 1, "#C parts must be real numbers: A is not" },
        { "#c(1 #c(1 2))", 1, 1, "#C(1 2) is not" },
        { "#c(1 #.x)", 1, 6, "*read-eval* NIL" },
        { "#C(0.5 1000000000000000000000000000000000000000)", 1, 1, "too large for a single-float" },
        { "#1=#c(1 #1#)", 1, 4, "is not" },
        { "#p 5", 1, 1, "#P needs a namestring (a string), found 5" },
        { "#p", 1, 1, "end of file after #P" },
        { "#1#", 1, 1, "reference to undefined label #1#" },
        { "(#1=a #2#)", 1, 7, "undefined label #2#" },
        { "(#1=a #1=b)", 1, 7, "multiply defined label: #1=" },
        { "#1=#1#", 1, 1, "#1= must label something more than just #1#" },
        { "#=", 1, 1, "missing label for #=" },
        { "##", 1, 1, "missing label for ##" },
        { "#1=", 1, 1, "end of file after #1=" },
        { "#+#1=(or #1#) a", 1, 3, "circular" },
        { "#+#1=(:or . #1#) a", 1, 3, "circular" },
        { "'", 1, 1, "end of file after '" },
        { "#'", 1, 1, "end of file after #'" },
        { "(')", 1, 3, "missing datum after '" },
        { ".", 1, 1, "dot context error" },
        { "...", 1, 1, "too many dots" },
        { "(. a)", 1, 2, "nothing appears before . in list" },
        { "(a .)", 1, 4, "nothing appears after . in list" },
        { "(a . b c)", 1, 8, "more than one object follows . in list" },
        { "(a . . b)", 1, 6, "two dots" },
        { "#(a . b)", 1, 5, "inside #( )" },
        { "cl:no-such-symbol", 1, 1, "not external in the COMMON-LISP package" },
        { "cl-user:foo", 1, 1, "not external in the COMMON-LISP-USER package" },
        { "a:b:c", 1, 1, "too many colons" },
        { "a:::b", 1, 1, "too many colons" },
        { "pkg:", 1, 1, "nothing after the package marker" },
        { "#:a:b", 1, 1, "package marker" },
        { "1/0", 1, 1, "division by zero" },
        { "#x1/0", 1, 1, "division by zero" },
        { "1e39", 1, 1, "floating-point overflow" },
        { "1d309", 1, 1, "floating-point overflow" },
        { "#x", 1, 1, "end of file after #x" },
        { "#x)", 1, 1, "must be followed by a rational" },
        { "#xG", 1, 1, "not a rational" },
        { "#x1.5", 1, 1, "not a rational" },
        { "#r1", 1, 1, "#r needs a radix" },
        { "#1r1", 1, 1, "illegal radix" },
        { "#37r1", 1, 1, "illegal radix" },
        { "#3()", 1, 1, "no element to fill" },
        { "#1(a b)", 1, 1, "longer than the length" },
        { ",a", 1, 1, "comma not inside a backquote" },
        { "(a ,b)", 1, 4, "comma not inside a backquote" },
        { "`,@a", 1, 2, "not a well-formed backquote" },
        { "#+", 1, 1, "end of file after #+" },
        { "(a #+sbcl)", 1, 10, "missing datum after the feature expression" },
        { "#+1 a", 1, 3, "malformed feature expression" },
        { "#+(not a b) c", 1, 3, "(not) takes one feature" },
        { "#+(xor a) c", 1, 3, "malformed feature expression" },
        { "a\bb", 1, 2, "invalid constituent character U+0008" },
        { "ok\n  a\u007f", 2, 4, "invalid constituent character U+007F" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void MalformedInputNamesFileLineColumnAndProblem(string text, int line, int column, string problem)
    {
        var e = Assert.Throws<LispReadException>(() => new LispReader(text, "bad.lisp").ReadAll().ToList());
        Assert.Equal("bad.lisp", e.File);
        Assert.Contains(problem, e.Problem);
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.StartsWith($"bad.lisp:{line}:{column}: ", e.Message);
    }

    [Fact]
    public void ReadFromStringWantsExactlyOneDatum()
    {
        Assert.Contains("no datum", Assert.Throws<LispReadException>(() => LispReader.ReadFromString(" ; nothing")).Problem);
        var e = Assert.Throws<LispReadException>(() => LispReader.ReadFromString("a\n b"));
        Assert.Equal((2, 2), (e.Line, e.Column));
    }

    [Fact]
    public void DeepNestingIsAnErrorNotAStackOverflow()
    {
        int n = LispReader.MaxDepth + 5;
        var e = Assert.Throws<LispReadException>(() => Read(new string('(', n) + new string(')', n)));
        Assert.Contains("nesting deeper", e.Problem);
        var quotes = Assert.Throws<LispReadException>(() => Read(new string('\'', n) + "x"));
        Assert.Contains("nesting deeper", quotes.Problem);
        Assert.Equal(100, Depth(Read(new string('(', 100) + new string(')', 100))));

        static int Depth(object x) => x is Cons c ? 1 + Depth(c.Car) : x == Symbol.Nil ? 1 : 0;
    }

    [Fact]
    public void LongFlatListsRead()
    {
        var text = "(" + string.Join(" ", Enumerable.Range(0, 100_000)) + ")";
        Assert.Equal(100_000, Items(Read(text)).Count);
    }

    [Fact]
    public void RandomTextRaisesOnlyLispReadException()
    {
        // Fragments of Lisp syntax glued at random: whatever comes out, the only failure allowed
        // is LispReadException.
        string[] pieces = ["(", ")", "'", "`", ",", ",@", "#", "#\\", "#(", "#x", "#+", "#-", "#|", "|#", "|", "\\", "\"",
            ";", "\n", " ", ".", "..", ":", "::", "a", "B", "1", "-", "+", "/", "e", "d", "5", "#:", "#'", "#.", "#c", "x:",
            "#3r", "#36r", "nil", "é", "\U0001F600", "\t", "1.5", "1e", "#*", "#=", "##", "\b",
            "#1=", "#1#", "#2=", "#2#", "#*10", "#2A", "#0A", "#1A", "#C(", "#c", "#P", "\"p\"", "#3*"];
        var rng = new Random(1234);
        int errors = 0, successes = 0;
        for (int i = 0; i < 20_000; i++)
        {
            var sb = new System.Text.StringBuilder();
            int n = rng.Next(1, 12);
            for (int j = 0; j < n; j++) sb.Append(pieces[rng.Next(pieces.Length)]);
            string text = sb.ToString();
            try
            {
                foreach (var r in new LispReader(text).ReadAll())
                {
                    // #n= can make a circular datum, which the printer refuses with InvalidOperationException.
                    try { LispPrinter.Prin1(r.Datum); }
                    catch (InvalidOperationException e) when (e.Message.StartsWith("circular datum", StringComparison.Ordinal)) { }
                }
                successes++;
            }
            catch (LispReadException) { errors++; }
            catch (Exception e) { Assert.Fail($"input \"{text}\" raised {e.GetType().Name}: {e.Message}"); }
        }
        Assert.True(errors > 1000 && successes > 1000, $"{errors} errors, {successes} successes");
    }
}
