using System.Text.Json;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Tests.Wasm;
using Clysm.Runtime.Wasm;
using Xunit;

namespace Clysm.Runtime.Tests.Contract;

/// <summary>Builds modules from import and export signatures; type 0 is (array (mut i8)), the module's
/// string type, unless built without one (then type 0 is (array (mut i16)), which is no string).</summary>
internal sealed class SigModule
{
    public static readonly byte[] I32 = [Enc.I32], F64 = [Enc.F64], Extern = [Enc.ExternRef], Any = [Enc.AnyRef],
        Eq = [Enc.EqRef], I31 = [Enc.I31Ref], RefI31 = Enc.RefAbs(Enc.I31Ref), Bytes = Enc.RefNull(0), BytesNonNull = Enc.Ref(0),
        ImmutableBytes = Enc.RefNull(1), Struct = Enc.RefNull(2);

    private readonly TestModuleBuilder _b = new();
    private readonly List<(string Name, int Type)> _exports = [];

    public SigModule(bool stringType = true)
    {
        _b.Type(Enc.Array(Enc.Field([stringType ? Enc.I8 : Enc.I16], true)));
        _b.Type(Enc.Array(Enc.Field([Enc.I8], false)));
        _b.Type(Enc.Struct(Enc.Field([Enc.AnyRef], true)));
    }

    public SigModule Import(string module, string name, byte[][] ps, params byte[][] rs)
    {
        _b.ImportFunc(module, name, _b.Type(Enc.Func(ps, rs)));
        return this;
    }

    public SigModule ImportRaw(string module, string name, byte[] desc)
    {
        _b.ImportRaw(module, name, desc);
        return this;
    }

    public SigModule Export(string name, byte[][] ps, params byte[][] rs)
    {
        _exports.Add((name, _b.Type(Enc.Func(ps, rs))));
        return this;
    }

    public SigModule Start() => Export("_start", [], I32);

    public SigModule Channel(byte[]? lengthParam = null) => Export("clysm:string-length", [lengthParam ?? Any], I32)
        .Export("clysm:string-byte", [Any, I32], I32)
        .Export("clysm:string-new", [I32], Any)
        .Export("clysm:string-set-byte", [Any, I32, I32]);

    public WasmModule Build()
    {
        // Function indices: imports first, then one defined function per export.
        foreach (var (name, type) in _exports)
            _b.ExportFunc(name, _b.Func(type));
        return WasmModule.Parse(_b.Build());
    }
}

public class ContractCheckerTests
{
    private static readonly byte[] I32 = SigModule.I32, Extern = SigModule.Extern, Any = SigModule.Any, Bytes = SigModule.Bytes;

    /// <summary>Every contract import with the JS shims' types: i32 fd/codepoint, host strings.</summary>
    private static SigModule AllImportsShimStyle() => new SigModule()
        .Import("clysm:io", "write-char", [I32, I32])
        .Import("clysm:io", "write-string", [I32, Extern])
        .Import("clysm:io", "read-char", [I32], I32)
        .Import("clysm:io", "read-line", [I32], Extern)
        .Import("clysm:fs", "open", [Extern, I32, I32, I32], I32)
        .Import("clysm:fs", "close", [I32])
        .Import("clysm:fs", "read-all", [I32], Extern)
        .Import("clysm:fs", "write-all", [I32, Extern])
        .Import("clysm:runtime", "unhandled-condition", [Extern, Extern]);

    private static ContractViolation Single(ContractReport r, ViolationKind kind)
    {
        Assert.False(r.Ok);
        Assert.Equal(ExitCode.EXIT_FAILURE, r.ExitCode);
        var v = Assert.Single(r.Violations);
        Assert.Equal(kind, v.Kind);
        return v;
    }

    // ---- the contract file ----

    [Fact]
    public void DefaultContractIsTheSchemaFile()
    {
        var c = HostContract.Default;
        Assert.Equal("1.1", c.AbiVersion);
        Assert.Equal(27, c.Imports.Count);
        Assert.Equal(["fd", "codepoint", "string", "keyword", "f64", "gc-string"], c.Kinds.Keys);
        Assert.Equal("(func (param f64 f64) (result f64))", c.FindImport("clysm:math", "atan2")!.Expected);
        Assert.Equal("(func (param fd codepoint))", c.FindImport("clysm:io", "write-char")!.Expected);
        Assert.Equal(4, c.StringChannel.Count);
        Assert.Equal("(func (result i32)) or (func (result anyref))", c.Exports.Single(e => e.Name == "_start").Expected);
        Assert.True(c.Exports.Single(e => e.Name == "clysm:prin1").Optional);
        Assert.Contains(c.StageExports, e => e.Name == "compile_form" && e.Optional && e.NeedsStrings);
        Assert.Equal("(func (param gc-string) (result i32))", c.StringChannel[0].Expected);
        // The file in the repository and the embedded copy agree.
        var file = HostContract.Load(FindRepoFile("schemas/host-contract.json"));
        Assert.Equal(c.Imports.Select(i => i.Module + " " + i.Name + " " + i.Expected), file.Imports.Select(i => i.Module + " " + i.Name + " " + i.Expected));
    }

    internal static string FindRepoFile(string relative)
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, relative)))
                return Path.Combine(d.FullName, relative);
        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("[]", "top level: expected an object")]
    [InlineData("""{"abi_version": "1", "kinds": {"fd": ["i32"]}, "imports": [{"module": "m", "name": "n", "params": ["fdx"], "results": []}], "string_channel": [], "exports": {}}""",
        "imports[0] (m n).params[0]: unknown kind \"fdx\"")]
    [InlineData("""{"abi_version": "1", "kinds": {"fd": ["i33"]}, "imports": [], "string_channel": [], "exports": {}}""",
        "kinds.fd[0]: invalid WAT type \"i33\"")]
    [InlineData("""{"abi_version": "1", "kinds": {"socket": ["i32"]}, "imports": [], "string_channel": [], "exports": {}}""",
        "kinds.socket: unknown kind")]
    [InlineData("""{"abi_version": "1", "kinds": {}, "imports": [], "string_channel": []}""", "top level: missing \"exports\"")]
    [InlineData("""{"abi_version": "1", "kinds": {}, "imports": [], "string_channel": [], "exports": {"_start": {"params": [], "results_one_of": [], "optional": 1}}}""",
        "exports._start: no accepted result")]
    public void MalformedContractFileIsNamed(string json, string expected)
    {
        var path = Path.Combine(Path.GetTempPath(), $"contract-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var e = Assert.Throws<HostContractException>(() => HostContract.Load(path));
            Assert.Equal(ExitCode.EXIT_FAILURE, e.ExitCode);
            Assert.StartsWith($"host contract {path}: ", e.Message);
            Assert.Contains(expected, e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingContractFileIsAMissingDependency()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-contract-{Guid.NewGuid():N}.json");
        var e = Assert.Throws<HostContractException>(() => HostContract.Load(path));
        Assert.Equal(ExitCode.EXIT_MISSING_DEP, e.ExitCode);
        Assert.Contains(path, e.Message);
    }

    // ---- accepted modules and bindings ----

    [Fact]
    public void ShimStyleModuleIsAcceptedWithBindings()
    {
        var r = ContractChecker.Check(AllImportsShimStyle().Start().Build(), HostContract.Default);
        Assert.True(r.Ok, r.ToString());
        Assert.Equal(ExitCode.EXIT_SUCCESS, r.ExitCode);
        Assert.Equal(
        [
            "clysm:io write-char(Int, Int)",
            "clysm:io write-string(Int, HostString)",
            "clysm:io read-char(Int) -> Int",
            "clysm:io read-line(Int) -> HostString",
            "clysm:fs open(HostString, KeywordCode, KeywordCode, KeywordCode) -> Int",
            "clysm:fs close(Int)",
            "clysm:fs read-all(Int) -> HostString",
            "clysm:fs write-all(Int, HostString)",
            "clysm:runtime unhandled-condition(HostString, HostString)",
        ], r.Bindings.Select(b => b.ToString()));
    }

    [Fact]
    public void EmptyModuleWithStartIsAccepted()
    {
        var r = ContractChecker.Check(new SigModule().Start().Build());
        Assert.True(r.Ok, r.ToString());
        Assert.Empty(r.Bindings);
    }

    [Theory]
    [InlineData("i32", nameof(Repr.Int))]
    [InlineData("i31ref", nameof(Repr.Int))]
    [InlineData("(ref i31)", nameof(Repr.Int))]
    [InlineData("externref", nameof(Repr.Handle))]
    public void FdAlternatives(string type, string reprName)
    {
        var repr = Enum.Parse<Repr>(reprName);   // Repr is internal: a public theory takes its name
        var fd = type switch { "i32" => I32, "i31ref" => SigModule.I31, "(ref i31)" => SigModule.RefI31, _ => Extern };
        var m = new SigModule().Import("clysm:io", "write-char", [fd, SigModule.I31]).Import("clysm:fs", "open", [Extern, I32, I32, I32], fd).Start().Build();
        var r = ContractChecker.Check(m);
        Assert.True(r.Ok, r.ToString());
        Assert.Equal([repr, Repr.Int], r.Bindings[0].Params);
        Assert.Equal(repr, r.Bindings[1].Result);
        Assert.Equal(type, m.Imports[0].Signature!.Params[0].ToString());
    }

    [Fact]
    public void CodepointIsNeverAHandle()
    {
        var r = ContractChecker.Check(new SigModule().Import("clysm:io", "write-char", [I32, Extern]).Start().Build());
        var v = Single(r, ViolationKind.SignatureMismatch);
        Assert.Contains("param 2 is externref, not a codepoint", v.Message);
        Assert.Empty(r.Bindings);
    }

    [Theory]
    [InlineData("externref", nameof(Repr.HostString))]
    [InlineData("anyref", nameof(Repr.GcString))]
    [InlineData("eqref", nameof(Repr.GcString))]
    [InlineData("(ref null (array (mut i8)))", nameof(Repr.GcString))]
    [InlineData("(ref (array (mut i8)))", nameof(Repr.GcString))]
    public void StringAlternatives(string type, string reprName)
    {
        var repr = Enum.Parse<Repr>(reprName);
        var s = type switch
        {
            "externref" => Extern, "anyref" => Any, "eqref" => SigModule.Eq,
            "(ref null (array (mut i8)))" => Bytes, _ => SigModule.BytesNonNull,
        };
        // A module with a string type needs no channel: the suite bridges its strings.
        var bridged = ContractChecker.Check(new SigModule().Import("clysm:io", "write-string", [I32, s]).Start().Build());
        Assert.True(bridged.Ok, bridged.ToString());
        Assert.Equal(repr, bridged.Bindings.Single().Params[1]);
        var withChannel = ContractChecker.Check(new SigModule().Import("clysm:io", "write-string", [I32, s]).Start().Channel().Build());
        Assert.True(withChannel.Ok, withChannel.ToString());
        if (type is not ("anyref" or "eqref"))
            return;
        // Neither a channel nor a string type: the host could not read what the module passes.
        var neither = ContractChecker.Check(new SigModule(stringType: false).Import("clysm:io", "write-string", [I32, s]).Start().Build());
        Assert.Equal(4, neither.Violations.Count);
        Assert.All(neither.Violations, v =>
        {
            Assert.Equal(ViolationKind.StringChannelMissing, v.Kind);
            Assert.Contains($"clysm:io write-string passes strings as GC references: param 2 ({type})", v.Message);
            Assert.Contains("no string type (array (mut i8))", v.Message);
        });
        Assert.Equal(["clysm:string-length", "clysm:string-byte", "clysm:string-new", "clysm:string-set-byte"], neither.Violations.Select(v => v.Name));
    }

    [Fact]
    public void ImmutableOrWrongArrayIsNotAString()
    {
        var r = ContractChecker.Check(new SigModule().Import("clysm:io", "write-string", [I32, SigModule.ImmutableBytes]).Start().Channel().Build());
        var v = Single(r, ViolationKind.SignatureMismatch);
        Assert.Contains("param 2 is (ref null (array i8)), not a string", v.Message);
    }

    [Fact]
    public void KeywordAlternatives()
    {
        var r = ContractChecker.Check(new SigModule().Import("clysm:fs", "open", [Bytes, I32, Extern, Any], SigModule.I31).Start().Channel().Build());
        Assert.True(r.Ok, r.ToString());
        Assert.Equal([Repr.GcString, Repr.KeywordCode, Repr.KeywordHostString, Repr.KeywordGcString], r.Bindings[0].Params);
        Assert.Equal(Repr.Int, r.Bindings[0].Result);
        var result = ContractChecker.Check(new SigModule(stringType: false).Import("clysm:io", "read-line", [I32], Any).Start().Build());
        Assert.Equal(4, result.Violations.Count);
        Assert.Contains("clysm:io read-line passes strings as GC references: the result (anyref)", result.Violations[0].Message);
    }

    // ---- each kind of violation ----

    [Fact]
    public void SignatureMismatchMessageNamesEverything()
    {
        var m = new SigModule().Import("clysm:io", "write-char", [I32, SigModule.F64]).Start().Build();
        var v = Single(ContractChecker.Check(m), ViolationKind.SignatureMismatch);
        Assert.Equal(("clysm:io", "write-char"), (v.Module, v.Name));
        Assert.Equal("(func (param fd codepoint))", v.Expected);
        Assert.Equal("(func (param i32 f64))", v.Declared);
        Assert.Equal(
            "signature mismatch: clysm:io write-char: expected (func (param fd codepoint)) with fd in {i32, (ref null i31), (ref i31), externref}, "
            + "codepoint in {i32, (ref null i31), (ref i31)}; declared (func (param i32 f64)) (type 3): param 2 is f64, not a codepoint",
            v.Message);
    }

    [Fact]
    public void ArityAndResultMismatches()
    {
        var r = ContractChecker.Check(new SigModule()
            .Import("clysm:io", "write-char", [I32])
            .Import("clysm:io", "read-char", [I32], SigModule.F64)
            .Import("clysm:fs", "close", [I32], I32)
            .Start().Build());
        Assert.Equal(3, r.Violations.Count);
        Assert.All(r.Violations, v => Assert.Equal(ViolationKind.SignatureMismatch, v.Kind));
        Assert.Contains("1 params declared, 2 expected", r.Violations[0].Message);
        Assert.Contains("the result is f64, not a codepoint", r.Violations[1].Message);
        Assert.Contains("1 results declared, 0 expected", r.Violations[2].Message);
    }

    [Fact]
    public void UnknownImports()
    {
        var r = ContractChecker.Check(new SigModule()
            .Import("clysm:runtime", "$dynamic-call", [Any], Any)
            .ImportRaw("env", "memory", [0x02, 0x00, 0x01])
            .Start().Build());
        Assert.Equal(2, r.Violations.Count);
        Assert.All(r.Violations, v => Assert.Equal(ViolationKind.UnknownImport, v.Kind));
        Assert.Equal(
            "unknown import: clysm:runtime $dynamic-call (function (func (param anyref) (result anyref))) is not in the host contract; clysm:runtime provides unhandled-condition",
            r.Violations[0].Message);
        Assert.Contains("unknown import: env memory (memory) is not in the host contract; the contract has no module env (modules: clysm:io, clysm:fs, clysm:runtime, clysm:math)", r.Violations[1].Message);
    }

    [Fact]
    public void NonFunctionImport()
    {
        var v = Single(ContractChecker.Check(new SigModule().ImportRaw("clysm:io", "write-char", [0x03, Enc.I32, 0x01]).Start().Build()), ViolationKind.NonFunctionImport);
        Assert.Equal("non-function import: clysm:io write-char is imported as a global (mut i32); the host provides it as a function (func (param fd codepoint))", v.Message);
        Assert.Equal("(mut i32)", v.Declared);
    }

    [Fact]
    public void MissingStart()
    {
        var v = Single(ContractChecker.Check(new SigModule().Export("main", [], I32).Build()), ViolationKind.MissingExport);
        Assert.Equal("_start", v.Name);
        Assert.Equal("", v.Module);
        Assert.Equal("missing export: _start: expected (func (result i32)) or (func (result anyref)); the module exports main", v.Message);
    }

    [Theory]
    [InlineData(new byte[] { Enc.I32 }, new byte[0], true)]
    [InlineData(new byte[0], new byte[] { Enc.I64 }, true)]
    [InlineData(new byte[0], new byte[0], true)]
    [InlineData(new byte[0], new byte[] { Enc.AnyRef }, false)]
    [InlineData(new byte[0], new byte[] { Enc.ExternRef }, false)]
    [InlineData(new byte[0], new byte[] { Enc.I31Ref }, false)]
    [InlineData(new byte[0], new byte[] { 0x64, 0x02 }, false)] // (ref $struct)
    public void StartSignature(byte[] param, byte[] result, bool bad)
    {
        var m = new SigModule().Export("_start", param.Length == 0 ? [] : [param], result.Length == 0 ? [] : [result]).Build();
        var r = ContractChecker.Check(m);
        if (!bad)
        {
            Assert.True(r.Ok, r.ToString());
            return;
        }
        var v = Single(r, ViolationKind.BadExportSignature);
        Assert.Equal($"bad export signature: _start: expected (func (result i32)) or (func (result anyref)) (anyref: any reference type); declared {m.Exports[0].Signature}", v.Message);
    }

    [Fact]
    public void StartThatIsNotAFunction()
    {
        var b = new TestModuleBuilder();
        b.Global([Enc.I32], false, Enc.Cat(Enc.I32Const(0), Enc.End));
        b.Export("_start", 3, 0);
        var v = Single(ContractChecker.Check(WasmModule.Parse(b.Build())), ViolationKind.BadExportSignature);
        Assert.Contains("_start: expected (func (result i32)) or (func (result anyref)); the module exports a global", v.Message);
    }

    [Fact]
    public void Prin1NeedsTheChannelAndItsSignature()
    {
        var noChannel = ContractChecker.Check(new SigModule(stringType: false).Start().Export("clysm:prin1", [SigModule.Struct], Any).Build());
        Assert.Equal(4, noChannel.Violations.Count);
        Assert.All(noChannel.Violations, v => Assert.Contains("is not exported, but it exports clysm:prin1", v.Message));
        Assert.True(ContractChecker.Check(new SigModule().Start().Export("clysm:prin1", [SigModule.Struct], Bytes).Build()).Ok);   // bridged
        Assert.True(ContractChecker.Check(new SigModule().Start().Export("clysm:prin1", [Any], Any).Channel().Build()).Ok);
        var bad = ContractChecker.Check(new SigModule().Start().Export("clysm:prin1", [I32], Any).Build());
        var v = Single(bad, ViolationKind.BadExportSignature); // a wrong prin1 does not ask for the channel
        Assert.Equal("clysm:prin1", v.Name);
    }

    [Fact]
    public void ChannelExportsAreCheckedWhenPresentAndTakeStringReferences()
    {
        var ok = new SigModule().Start()
            .Export("clysm:string-length", [Bytes], I32)
            .Export("clysm:string-byte", [SigModule.BytesNonNull, I32], I32)
            .Export("clysm:string-new", [I32], SigModule.BytesNonNull)
            .Export("clysm:string-set-byte", [SigModule.Eq, I32, I32]);
        Assert.True(ContractChecker.Check(ok.Build()).Ok);
        var bad = ContractChecker.Check(new SigModule().Start().Channel(lengthParam: I32).Build());
        var v = Single(bad, ViolationKind.BadExportSignature);
        Assert.Equal("bad export signature: clysm:string-length: expected (func (param gc-string) (result i32)) (anyref: any reference type, "
            + "gc-string in {anyref, (ref any), eqref, (ref eq), arrayref, (ref array), (ref null (array (mut i8))), (ref (array (mut i8)))}); "
            + "declared (func (param i32) (result i32))", v.Message);
    }

    [Theory]
    [InlineData("i31ref")]
    [InlineData("structref")]
    [InlineData("externref")]
    public void ChannelExportsThatCannotTakeAStringAreRejectedBeforeAnythingRuns(string type)
    {
        // An i31ref string-length once passed the check, and the host's call of it then broke the
        // protocol for the next case (issue 15): a string is never an i31 or a struct.
        var t = type switch { "i31ref" => SigModule.I31, "structref" => Enc.RefNullAbs(Enc.StructRef), _ => Extern };
        var r = ContractChecker.Check(new SigModule().Start().Channel(lengthParam: t).Build());
        var v = Single(r, ViolationKind.BadExportSignature);
        Assert.Equal("clysm:string-length", v.Name);
        Assert.Contains($"declared (func (param {type}) (result i32))", v.Message);
    }

    [Fact]
    public void PartialChannelNamesOnlyTheMissingExports()
    {
        var m = new SigModule().Import("clysm:io", "write-string", [I32, Bytes]).Start()
            .Export("clysm:string-length", [Any], I32).Export("clysm:string-byte", [Any, I32], I32).Build();
        var r = ContractChecker.Check(m);
        Assert.Equal(["clysm:string-new", "clysm:string-set-byte"], r.Violations.Select(v => v.Name));
        Assert.All(r.Violations, v => Assert.Equal(ViolationKind.StringChannelMissing, v.Kind));
        Assert.Single(r.Bindings); // the import itself is fine
    }

    // ---- Clysm's shifted-type-index wart ----

    [Fact]
    public void ImportsShiftedByOneTypeIndexAreEachNamed()
    {
        // Clysm's compiler declares fd/codepoint as i31ref and, in one build, pointed each import at
        // the type of the next one.
        (string Module, string Name, byte[][] Ps, byte[][] Rs)[] sigs =
        [
            ("clysm:io", "write-char", [SigModule.I31, SigModule.I31], []),
            ("clysm:io", "write-string", [SigModule.I31, Any], []),
            ("clysm:io", "read-char", [SigModule.I31], [SigModule.I31]),
            ("clysm:io", "read-line", [SigModule.I31], [Any]),
            ("clysm:fs", "open", [Any, I32, I32, I32], [SigModule.I31]),
            ("clysm:fs", "close", [SigModule.I31], []),
        ];
        var correct = new TestModuleBuilder();
        var shifted = new TestModuleBuilder();
        foreach (var b in new[] { correct, shifted })
        {
            b.Type(Enc.Array(Enc.Field([Enc.I8], true)));
            foreach (var s in sigs)
                b.Type(Enc.Func(s.Ps, s.Rs));
            b.Type(Enc.Func([], [I32]));
        }
        for (var i = 0; i < sigs.Length; i++)
        {
            correct.ImportFunc(sigs[i].Module, sigs[i].Name, 1 + i);
            shifted.ImportFunc(sigs[i].Module, sigs[i].Name, 2 + i);
        }
        var startType = 1 + sigs.Length;
        foreach (var b in new[] { correct, shifted })
            b.ExportFunc("_start", b.Func(startType));

        var good = ContractChecker.Check(WasmModule.Parse(correct.Build()));
        Assert.True(good.Ok, good.ToString()); // its GC strings are of its own string type: bridged
        Assert.Equal(sigs.Length, good.Bindings.Count);

        var bad = ContractChecker.Check(WasmModule.Parse(shifted.Build()));
        var mismatches = bad.Violations.Where(v => v.Kind == ViolationKind.SignatureMismatch).ToList();
        Assert.Equal(sigs.Select(s => $"{s.Module} {s.Name}"), mismatches.Select(v => $"{v.Module} {v.Name}"));
        Assert.Contains("declared (func (param i31ref anyref)) (type 2)", mismatches[0].Message);
        Assert.Contains("declared (func (result i32)) (type 7)", mismatches[^1].Message);
        Assert.Empty(bad.Bindings);
    }

    [Fact]
    public void EveryViolationIsReportedNotJustTheFirst()
    {
        var m = new SigModule()
            .Import("clysm:io", "write-char", [SigModule.F64, I32])
            .Import("env", "abort", [])
            .ImportRaw("clysm:fs", "close", [0x03, Enc.I32, 0x00])
            .Import("clysm:io", "write-string", [I32, Bytes])
            .Export("clysm:string-new", [I32], I32)
            .Build();
        var r = ContractChecker.Check(m);
        Assert.Equal(
        [
            ViolationKind.SignatureMismatch, ViolationKind.UnknownImport, ViolationKind.NonFunctionImport,
            ViolationKind.MissingExport, ViolationKind.BadExportSignature,
            ViolationKind.StringChannelMissing, ViolationKind.StringChannelMissing, ViolationKind.StringChannelMissing,
        ], r.Violations.Select(v => v.Kind));
        Assert.Contains("8 violation(s)", r.ToString());
    }

    // ---- Stage modules and named exports ----

    [Fact]
    public void StageModuleLikeClysmStage1IsCheckedAsAStageAndNeedsNoChannel()
    {
        // Clysm's Stage 1: no imports; _start () -> i32, compile_form, compile_all, _initialize () -> anyref.
        var stage1 = new SigModule().Start().Export("compile_form", [Any], Any).Export("compile_all", [Any], Any).Export("_initialize", [], Any).Build();
        Assert.True(ContractChecker.Check(stage1, HostContract.Default, ModuleRole.Stage).Ok);            // its strings are bridged
        // As a case module the same module would be wrong: _initialize is no case export, but _start is fine.
        var noStringType = new SigModule(stringType: false).Start().Export("compile_form", [Any], Any).Build();
        var r = ContractChecker.Check(noStringType, HostContract.Default, ModuleRole.Stage);
        Assert.Equal(4, r.Violations.Count);
        Assert.All(r.Violations, v => Assert.Contains("but it exports compile_form", v.Message));
        Assert.True(ContractChecker.Check(new SigModule(stringType: false).Export("compile_form", [Any], Any).Channel().Build(), role: ModuleRole.Stage).Ok);
        var missing = ContractChecker.Check(new SigModule().Start().Build(), role: ModuleRole.Stage, calls: ["compile_form"]);
        Assert.Equal("compile_form", Single(missing, ViolationKind.MissingExport).Name);
        var badInit = ContractChecker.Check(new SigModule().Export("compile_form", [Any], Any).Channel().Export("_initialize", [I32]).Build(), role: ModuleRole.Stage);
        Assert.Equal("_initialize", Single(badInit, ViolationKind.BadExportSignature).Name);
    }

    [Theory]
    [InlineData(new byte[0], true)]
    [InlineData(new byte[] { Enc.I32 }, true)]
    [InlineData(new byte[] { Enc.AnyRef }, true)]
    [InlineData(new byte[] { Enc.F64 }, false)]
    public void AStagesStartMayReturnNothingAnI32OrAReferenceButACasesStartMayNot(byte[] result, bool stageOk)
    {
        // The rule comes from the role the caller states, never from the export's name.
        var m = new SigModule().Export("_start", [], result.Length == 0 ? [] : [result]).Build();
        Assert.Equal(stageOk, ContractChecker.Check(m, role: ModuleRole.Stage).Ok);
        Assert.Equal(result.Length == 1 && result[0] != Enc.F64, ContractChecker.Check(m, role: ModuleRole.Case).Ok);
    }

    [Fact]
    public void CalledExportsMustExistAsFunctions()
    {
        var m = new SigModule().Import("clysm:io", "write-char", [I32, I32]).Export("compile_form", [Any], Any).Export("run", [], I32).Channel().Build();
        Assert.True(ContractChecker.Check(m, role: ModuleRole.Stage, calls: ["compile_form", "run"]).Ok);
        var r = ContractChecker.Check(m, role: ModuleRole.Stage, calls: ["compile_form", "main"]);
        Assert.Equal("missing export: main: expected a function; the module exports compile_form, run, clysm:string-length, clysm:string-byte, clysm:string-new, clysm:string-set-byte",
            Single(r, ViolationKind.MissingExport).Message);
        Assert.Single(r.Bindings);
        var bad = new SigModule().Export("compile_form", [I32], Any).Channel().Build();
        Assert.Equal(ViolationKind.BadExportSignature, Single(ContractChecker.Check(bad, role: ModuleRole.Stage, calls: ["compile_form"]), ViolationKind.BadExportSignature).Kind);
    }

    [Fact]
    public void MathImportsAreF64()
    {
        var ok = ContractChecker.Check(new SigModule().Import("clysm:math", "pow", [SigModule.F64, SigModule.F64], SigModule.F64).Start().Build());
        Assert.True(ok.Ok, ok.ToString());
        Assert.Equal("clysm:math pow(F64, F64) -> F64", ok.Bindings.Single().ToString());
        var bad = ContractChecker.Check(new SigModule().Import("clysm:math", "sin", [I32], SigModule.F64).Start().Build());
        Assert.Contains("param 1 is i32, not a f64", Single(bad, ViolationKind.SignatureMismatch).Message);
    }

    // ---- support modules ----

    [Fact]
    public void SupportImportsMustMatchTheSupportModulesExports()
    {
        var support = new SigModule().Export("cons", [Any, Any], Any).Export("car", [Any], Any).Build();
        var caseModule = new SigModule().Import("clysm:support", "cons", [Any, Any], Any).Import("clysm:support", "car", [Any], Any).Start().Build();
        var r = ContractChecker.Check(caseModule, support: support);
        Assert.True(r.Ok, r.ToString());
        Assert.Empty(r.Bindings);                                    // served by the support instance, not the host

        var wrong = new SigModule().Import("clysm:support", "car", [I32], Any).Import("clysm:support", "cdr", [Any], Any).Start().Build();
        var w = ContractChecker.Check(wrong, support: support);
        Assert.Equal([ViolationKind.SignatureMismatch, ViolationKind.UnknownImport], w.Violations.Select(v => v.Kind));
        Assert.Equal("signature mismatch: clysm:support car: the support module exports function (func (param anyref) (result anyref)); declared (func (param i32) (result anyref))", w.Violations[0].Message);
        Assert.Contains("the support module does not export cdr; it exports cons, car", w.Violations[1].Message);

        var none = ContractChecker.Check(caseModule);
        Assert.All(none.Violations, v => Assert.Contains("the stage gave no support module", v.Message));
        var fromStage = ContractChecker.Check(caseModule, role: ModuleRole.Stage, support: support);
        Assert.All(fromStage.Violations, v => Assert.Contains("only a case module imports from clysm:support", v.Message));
    }

    [Fact]
    public void A_case_module_may_use_its_support_modules_string_channel()
    {
        var support = new SigModule(stringType: false).Channel().Build();
        var caseModule = new SigModule(stringType: false).Import("clysm:io", "write-string", [I32, Any]).Start().Build();
        Assert.False(ContractChecker.Check(caseModule).Ok);
        Assert.True(ContractChecker.Check(caseModule, support: support).Ok);
    }

    [Fact]
    public void BindingsSerializeWithReprNames()
    {
        var r = ContractChecker.Check(new SigModule().Import("clysm:fs", "open", [Extern, I32, I32, I32], Extern).Start().Build());
        var json = JsonSerializer.Serialize(r.Bindings);
        Assert.Equal("""[{"Module":"clysm:fs","Name":"open","Params":["HostString","KeywordCode","KeywordCode","KeywordCode"],"Result":"Handle"}]""", json);
        var back = JsonSerializer.Deserialize<List<ImportBinding>>(json)!;
        Assert.Equal(r.Bindings[0].Params, back[0].Params);
    }
}
