using System.Numerics;

namespace Clysm.Lisp.Tests;

public class PrinterTests
{
    private static object L(params object[] items) => LispSymbols.List(items);
    private static Symbol S(string name) => LispSymbols.InternUser(name);

    [Fact]
    public void PrintsNumbers()
    {
        Assert.Equal("-42", LispPrinter.Prin1(-42L));
        Assert.Equal("7", LispPrinter.Prin1(7));
        Assert.Equal("1267650600228229401496703205376", LispPrinter.Prin1(BigInteger.Pow(2, 100)));
        Assert.Equal("-2/3", LispPrinter.Prin1(new Ratio(-2, 3)));
        Assert.Equal("1.5", LispPrinter.Prin1(1.5f));
        Assert.Equal("1.0e10", LispPrinter.Prin1(1e10f));
        Assert.Equal("1.5e-5", LispPrinter.Prin1(1.5e-5f));
        Assert.Equal("1.5d0", LispPrinter.Prin1(1.5));
        Assert.Equal("1.0d10", LispPrinter.Prin1(1e10));
        Assert.Equal("-0.0", LispPrinter.Prin1(-0.0f));
        Assert.Equal("0.0d0", LispPrinter.Prin1(0.0));
        Assert.Equal("1.5d0", LispPrinter.Princ(1.5));
        Assert.Equal("#.SB-EXT:SINGLE-FLOAT-POSITIVE-INFINITY", LispPrinter.Prin1(float.PositiveInfinity));
        Assert.Equal("#.SB-EXT:DOUBLE-FLOAT-NEGATIVE-INFINITY", LispPrinter.Prin1(double.NegativeInfinity));
        Assert.Equal("#<DOUBLE-FLOAT quiet NaN>", LispPrinter.Prin1(double.NaN));
    }

    [Fact]
    public void PrintsCharactersAndStrings()
    {
        Assert.Equal("#\\a", LispPrinter.Prin1(new LispChar('a')));
        Assert.Equal("#\\ ", LispPrinter.Prin1(new LispChar(' ')));
        Assert.Equal("#\\Newline", LispPrinter.Prin1(new LispChar('\n')));
        Assert.Equal("#\\LATIN_SMALL_LETTER_E_WITH_ACUTE", LispPrinter.Prin1(new LispChar(0xE9)));
        Assert.Equal("#\\HANGUL_SYLLABLE_GAG", LispPrinter.Prin1(new LispChar(0xAC01)));
        Assert.Equal("#\\UD800", LispPrinter.Prin1(new LispChar(0xD800)));
        Assert.Equal("a", LispPrinter.Princ(new LispChar('a')));
        Assert.Equal("\U0001F600", LispPrinter.Princ(new LispChar(0x1F600)));
        Assert.Equal("\"a\\\"b\\\\c\"", LispPrinter.Prin1(new LispString("a\"b\\c")));
        Assert.Equal("a\"b\\c", LispPrinter.Princ(new LispString("a\"b\\c")));
    }

    [Fact]
    public void PrintsSymbolsWithPackagesAndEscapes()
    {
        Assert.Equal("CAR", LispPrinter.Prin1(S("CAR")));
        Assert.Equal("FOO", LispPrinter.Prin1(S("FOO")));
        Assert.Equal("NIL", LispPrinter.Prin1(Symbol.Nil));
        Assert.Equal(":KEY", LispPrinter.Prin1(Symbol.Keyword("KEY")));
        Assert.Equal("#:G1", LispPrinter.Prin1(Symbol.Uninterned("G1")));
        Assert.Equal("COMMON-LISP::NOT-EXTERNAL", LispPrinter.Prin1(Symbol.Intern("NOT-EXTERNAL", "COMMON-LISP")));
        Assert.Equal("SB-IMPL::READ-BUFFER", LispPrinter.Prin1(Symbol.Intern("READ-BUFFER", "SB-IMPL")));
        Assert.Equal("|my pkg|::|x|", LispPrinter.Prin1(Symbol.Intern("x", "my pkg")));
        Assert.Equal("|a b|", LispPrinter.Prin1(S("a b")));
        Assert.Equal("|a\\|b\\\\|", LispPrinter.Prin1(S("a|b\\")));
        Assert.Equal("||", LispPrinter.Prin1(S("")));
        Assert.Equal("|1E|", LispPrinter.Prin1(S("1E")));
        Assert.Equal("1+", LispPrinter.Prin1(S("1+")));
        // princ: no escapes, no prefixes.
        Assert.Equal("a b", LispPrinter.Princ(S("a b")));
        Assert.Equal("KEY", LispPrinter.Princ(Symbol.Keyword("KEY")));
        Assert.Equal("G1", LispPrinter.Princ(Symbol.Uninterned("G1")));
        Assert.Equal("READ-BUFFER", LispPrinter.Princ(Symbol.Intern("READ-BUFFER", "SB-IMPL")));
    }

    [Fact]
    public void PrintsListsAndVectors()
    {
        Assert.Equal("(1 (2 3) . 4)", LispPrinter.Prin1(new Cons(1L, new Cons(L(2L, 3L), 4L))));
        Assert.Equal("(1 . #(2))", LispPrinter.Prin1(new Cons(1L, new LispVector([2L]))));
        Assert.Equal("#(\"a\" #\\b C)", LispPrinter.Prin1(new LispVector([new LispString("a"), new LispChar('b'), S("C")])));
        Assert.Equal("#(a b C)", LispPrinter.Princ(new LispVector([new LispString("a"), new LispChar('b'), S("C")])));
        Assert.Equal("#()", LispPrinter.Prin1(new LispVector([])));
    }

    [Fact]
    public void QuoteFormsPrintInFullUnlessAbbreviated()
    {
        // The oracle prints with *print-pretty* NIL, as WITH-STANDARD-IO-SYNTAX does.
        var quoted = L(LispSymbols.Quote, S("X"));
        Assert.Equal("(QUOTE X)", LispPrinter.Prin1(quoted));
        Assert.Equal("'X", LispPrinter.Prin1(quoted, abbreviate: true));
        Assert.Equal("#'F", LispPrinter.Prin1(L(LispSymbols.Function, S("F")), abbreviate: true));
        Assert.Equal("(QUOTE X Y)", LispPrinter.Prin1(L(LispSymbols.Quote, S("X"), S("Y")), abbreviate: true));
        Assert.Equal("(QUOTE . X)", LispPrinter.Prin1(new Cons(LispSymbols.Quote, S("X")), abbreviate: true));
        Assert.Equal("`(A ,B ,@C ,.D)", LispPrinter.Prin1(LispReader.ReadFromString("`(a ,b ,@c ,.d)"), abbreviate: true));
        Assert.Equal("(CLYSM::QUASIQUOTE (A (CLYSM::UNQUOTE B)))", LispPrinter.Prin1(LispReader.ReadFromString("`(a ,b)")));
    }

    [Fact]
    public void RefusesWhatIsNotLispData()
    {
        Assert.Contains("Object", Assert.Throws<ArgumentException>(() => LispPrinter.Prin1(new object())).Message);
        Assert.Throws<ArgumentNullException>(() => LispPrinter.Prin1(null!));
        var circular = new Cons(1L, Symbol.Nil);
        circular.Cdr = circular;
        Assert.Contains("circular", Assert.Throws<InvalidOperationException>(() => LispPrinter.Prin1(circular)).Message);
    }

    [Fact]
    public void DeepAndLongDataPrintWithoutRecursion()
    {
        object deep = Symbol.Nil;
        for (int i = 0; i < 100_000; i++) deep = new Cons(deep, Symbol.Nil);
        Assert.Equal(200_000 + 3, LispPrinter.Prin1(deep).Length);
        object vectors = 1L;
        for (int i = 0; i < 100_000; i++) vectors = new LispVector([vectors]);
        Assert.StartsWith("#(#(#(", LispPrinter.Prin1(vectors));
        object longList = Symbol.Nil;
        for (int i = 0; i < 200_000; i++) longList = new Cons(1L, longList);
        Assert.Equal(400_001, LispPrinter.Prin1(longList).Length);
    }
}
