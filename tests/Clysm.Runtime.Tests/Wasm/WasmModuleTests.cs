using Clysm.Runtime.Wasm;
using Xunit;

namespace Clysm.Runtime.Tests.Wasm;

public class WasmModuleTests
{
    private static WasmLoadException Fails(byte[] bytes, string? path = null)
    {
        var e = Assert.Throws<WasmLoadException>(() => WasmModule.Parse(bytes, path));
        Assert.Equal(ExitCode.EXIT_FAILURE, e.ExitCode);
        return e;
    }

    // ---- header ----

    [Fact]
    public void EmptyModuleHasNothing()
    {
        var m = WasmModule.Parse(Enc.Header);
        Assert.Equal(8, m.Size);
        Assert.Empty(m.Types);
        Assert.Empty(m.Imports);
        Assert.Empty(m.Exports);
        Assert.Null(m.Path);
    }

    [Fact]
    public void BadMagicShowsTheBytesFound()
    {
        var e = Fails([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00], "a.out");
        Assert.Contains("header", e.Message);
        Assert.Contains("7f 45 4c 46", e.Message);
        Assert.Contains("00 61 73 6d", e.Message);
        Assert.StartsWith("a.out: ", e.Message);
        Assert.Equal("a.out", e.Path);
    }

    [Fact]
    public void EmptyAndShortFilesAreNotModules()
    {
        Assert.Contains("found nothing", Fails([]).Message);
        var e = Fails([0x00, 0x61]);
        Assert.Contains("00 61", e.Message);
        Assert.Contains("only 2 bytes", e.Message);
    }

    [Fact]
    public void WrongVersionShowsTheVersionFound()
    {
        var e = Fails([0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00]);
        Assert.Contains("header at offset 0x4", e.Message);
        Assert.Contains("0d 00 01 00", e.Message);
        var truncated = Fails([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00]);
        Assert.Contains("01 00", truncated.Message);
        Assert.Contains("truncated", truncated.Message);
    }

    [Fact]
    public void MissingFileIsAMissingDependencyNamingThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), "clysm-no-such-dir-" + Guid.NewGuid(), "stage1.wasm");
        var e = Assert.Throws<WasmLoadException>(() => WasmModule.Load(path));
        Assert.Equal(ExitCode.EXIT_MISSING_DEP, e.ExitCode);
        Assert.Contains(path, e.Message);
        Assert.Equal(path, e.Path);
    }

    [Fact]
    public void DirectoryIsAMissingDependency()
    {
        var e = Assert.Throws<WasmLoadException>(() => WasmModule.Load(Path.GetTempPath()));
        Assert.Equal(ExitCode.EXIT_MISSING_DEP, e.ExitCode);
    }

    [Fact]
    public void LoadReadsAFileAndKeepsItsPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"clysm-wasm-{Guid.NewGuid():N}.wasm");
        var bytes = Samples.KitchenSink().Build();
        File.WriteAllBytes(path, bytes);
        try
        {
            var m = WasmModule.Load(path);
            Assert.Equal(path, m.Path);
            Assert.Equal(bytes.Length, m.Size);
            Assert.Contains(path, m.Describe());
            File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8]);
            var e = Assert.Throws<WasmLoadException>(() => WasmModule.Load(path));
            Assert.Equal(ExitCode.EXIT_FAILURE, e.ExitCode);
            Assert.StartsWith(path + ": header", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // ---- the kitchen sink: every section ----

    [Fact]
    public void KitchenSinkReadsEverySection()
    {
        var m = WasmModule.Parse(Samples.KitchenSink().Build(), "sink.wasm");
        Assert.Equal(5, m.Types.Count);
        Assert.Equal(5, m.RecGroups.Count);
        Assert.All(m.RecGroups, g => Assert.False(g.IsExplicit));
        var import = Assert.Single(m.Imports);
        Assert.Equal(("clysm:io", "write-char", "function"), (import.Module, import.Name, import.Kind));
        Assert.Equal("(func (param i32 i32))", import.Signature!.ToString());
        Assert.Equal(2, import.TypeIndex);
        Assert.Equal(3, m.FunctionTypes.Count);
        Assert.Equal(1, m.ImportedFunctionCount);
        Assert.Equal([2, 1, 4], m.FunctionTypeIndices);
        Assert.Equal("(func (result i32))", m.FunctionTypes[1].ToString());
        Assert.Equal(2, m.StartFunction);
        Assert.Equal("1 funcref", m.Tables.Single().ToString());
        Assert.Equal(new Limits(1, 2), m.Memories.Single());
        Assert.Equal("(func (param anyref anyref))", m.Tags.Single().ToString());
        Assert.Equal(["(mut i32)", "(ref null (array (mut i8)))"], m.Globals.Select(g => g.ToString()));
        Assert.Equal(["_start: function (func (result i32))", "mem: memory"], m.Exports.Select(e => e.ToString()));
        Assert.Equal(1, m.FindExport("_start")!.Index);
        Assert.Null(m.FindExport("nope"));
        Assert.Equal(1, m.ElementSegmentCount);
        Assert.Equal(1, m.DataSegmentCount);
        Assert.Equal([4, 2], m.CodeBodySizes);
        Assert.Equal("name", m.CustomSections.Single().Name);
        Assert.Equal(3, m.CustomSections.Single().Size);
    }

    [Fact]
    public void DescribeListsImportsAndExportsWithSignatures()
    {
        var text = WasmModule.Parse(Samples.KitchenSink().Build(), "sink.wasm").Describe();
        Assert.Contains("module sink.wasm: ", text);
        Assert.Contains("imports (1):", text);
        Assert.Contains("  clysm:io write-char: function (func (param i32 i32))", text);
        Assert.Contains("exports (2):", text);
        Assert.Contains("  _start: function (func (result i32))", text);
        Assert.Contains("functions: 3 (1 imported)", text);
        Assert.Contains("custom sections: name", text);
    }

    // ---- truncation of each section ----

    public static TheoryData<byte> SectionIds() => [1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11, 0];

    private static readonly Dictionary<byte, string> Names = new()
    {
        [0] = "custom section", [1] = "type section", [2] = "import section", [3] = "function section",
        [4] = "table section", [5] = "memory section", [6] = "global section", [7] = "export section",
        [8] = "start section", [9] = "element section", [10] = "code section", [11] = "data section",
        [12] = "data count section", [13] = "tag section",
    };

    /// <summary>The kitchen sink with one section's bytes replaced (size re-encoded unless given).</summary>
    private static byte[] WithSection(byte id, Func<byte[], byte[]> content, Func<int, int>? declaredSize = null, bool cutAfter = false)
    {
        var parts = new List<byte[]> { Enc.Header };
        foreach (var (sid, c) in Samples.KitchenSink().Sections())
        {
            if (sid != id)
            {
                parts.Add(Enc.Section(sid, c));
                continue;
            }
            var nc = content(c);
            parts.Add(Enc.Cat([sid], Enc.U32((uint)(declaredSize?.Invoke(nc.Length) ?? nc.Length)), nc));
            if (cutAfter)
                break;
        }
        return Enc.Cat([.. parts]);
    }

    [Theory]
    [MemberData(nameof(SectionIds))]
    public void FileCutInsideASectionNamesIt(byte id)
    {
        // The section keeps its declared size but the file ends half-way through it.
        var bytes = WithSection(id, c => c[..(c.Length / 2)], _ => Samples.KitchenSink().Sections().First(s => s.Id == id).Content.Length, cutAfter: true);
        var e = Fails(bytes);
        Assert.Contains(Names[id] + " at offset 0x", e.Message);
        Assert.Contains("runs past the end of the module", e.Message);
    }

    [Theory]
    [MemberData(nameof(SectionIds))]
    public void SectionWhoseContentsAreCutNamesIt(byte id)
    {
        if (id == 0)
        {
            // A custom section's payload is opaque: any length is well-formed and must parse.
            Assert.Equal(2, WasmModule.Parse(WithSection(id, c => c[..^1])).Exports.Count);
            return;
        }
        // The declared size is one byte short of what the contents need.
        var e = Fails(WithSection(id, c => c[..^1]));
        Assert.Contains(Names[id] + " at offset 0x", e.Message);
    }

    [Theory]
    [MemberData(nameof(SectionIds))]
    public void SectionWithTrailingBytesNamesIt(byte id)
    {
        if (id == 0)
        {
            Assert.Equal(2, WasmModule.Parse(WithSection(id, c => Enc.Cat(c, [0x00]))).Exports.Count);
            return;
        }
        var e = Fails(WithSection(id, c => Enc.Cat(c, [0x00])));
        Assert.Contains(Names[id] + " at offset 0x", e.Message);
        Assert.Contains("1 bytes left unread", e.Message);
    }

    [Fact]
    public void TruncatedLebNamesSectionAndOffset()
    {
        // type section: count 1, func, param count whose LEB continues past the section end.
        var bytes = Enc.Module(Enc.Section(1, [0x01, 0x60, 0x80]));
        var e = Fails(bytes);
        Assert.Equal("type section at offset 0xc: LEB128 runs past the end of the type section", e.Message);
    }

    [Fact]
    public void OverlongAndOverflowingLebAreErrors()
    {
        var tooLong = Fails(Enc.Module(Enc.Section(3, [0x80, 0x80, 0x80, 0x80, 0x80, 0x00])));
        Assert.Contains("function section at offset 0xa: LEB128 is longer than 5 bytes", tooLong.Message);
        var overflow = Fails(Enc.Module(Enc.Section(3, [0xff, 0xff, 0xff, 0xff, 0x1f])));
        Assert.Contains("does not fit in u32", overflow.Message);
        // Same value, well-formed: 0xffffffff functions cannot fit in 5 bytes.
        var absurd = Fails(Enc.Module(Enc.Section(3, [0xff, 0xff, 0xff, 0xff, 0x0f])));
        Assert.Contains("function section", absurd.Message);
        Assert.Contains("4294967295", absurd.Message);
    }

    // ---- absurd counts and sizes: errors before allocating ----

    [Theory]
    [InlineData(1, "type section", "recursion group count")]
    [InlineData(2, "import section", "import count")]
    [InlineData(3, "function section", "function count")]
    [InlineData(6, "global section", "global count")]
    [InlineData(7, "export section", "export count")]
    [InlineData(9, "element section", "element segment count")]
    [InlineData(10, "code section", "function body count")]
    [InlineData(11, "data section", "data segment count")]
    [InlineData(13, "tag section", "tag count")]
    public void AbsurdVectorCountsAreErrors(byte id, string section, string what)
    {
        var e = Fails(Enc.Module(Enc.Section(id, Enc.Cat(Enc.U32(0xfffffff0), [0x00, 0x00]))));
        Assert.Contains($"{section} at offset 0xa: {what} 4294967280 is larger than", e.Message);
    }

    [Fact]
    public void AbsurdSectionSizeIsAnError()
    {
        var e = Fails(Enc.Cat(Enc.Header, [0x01], Enc.U32(0x7fffffff), [0x00]));
        Assert.Contains("type section at offset 0x8: section size 2147483647 runs past the end of the module (1 bytes left)", e.Message);
    }

    [Fact]
    public void AbsurdNameAndBodySizesAreErrors()
    {
        var name = Fails(Enc.Module(Enc.Section(0, Enc.Cat(Enc.U32(0x40000000), [0x61]))));
        Assert.Contains("custom section at offset 0xa: custom section name length count 1073741824", name.Message);

        var b = new TestModuleBuilder();
        var t = b.Type(Enc.Func());
        b.Func(t, Enc.Cat(Enc.U32(0x7ffffff0), [0x00, 0x0b]));
        var body = Fails(b.Build());
        Assert.Contains("code section", body.Message);
        Assert.Contains("function body 0 of 2147483632 bytes runs past the end", body.Message);
    }

    [Fact]
    public void InvalidUtf8NameIsAnError()
    {
        var b = new TestModuleBuilder();
        b.ImportRaw("clysm:io", "x", [0x00, 0x00]);
        var bytes = b.Build();
        // Replace the 'x' of the name with a lone continuation byte.
        var i = Array.LastIndexOf(bytes, (byte)'x');
        bytes[i] = 0x80;
        var e = Fails(bytes);
        Assert.Contains("import section", e.Message);
        Assert.Contains("import name is not valid UTF-8", e.Message);
    }

    // ---- section order and counts ----

    [Fact]
    public void SectionsOutOfOrderOrDuplicatedAreErrors()
    {
        var empty = new byte[] { 0x00 };
        var e = Fails(Enc.Module(Enc.Section(3, empty), Enc.Section(1, empty)));
        Assert.Contains("type section at offset 0xb: out of order (it must come before the function section)", e.Message);
        var dup = Fails(Enc.Module(Enc.Section(1, empty), Enc.Section(1, empty)));
        Assert.Contains("duplicate type section", dup.Message);
        // Tag goes between memory and global; data count between element and code.
        WasmModule.Parse(Enc.Module(Enc.Section(5, empty), Enc.Section(13, empty), Enc.Section(6, empty), Enc.Section(12, empty), Enc.Section(10, empty)));
        Assert.Contains("tag section", Fails(Enc.Module(Enc.Section(6, empty), Enc.Section(13, empty))).Message);
        // Custom sections may appear anywhere.
        WasmModule.Parse(Enc.Module(Enc.Section(0, Enc.Name("a")), Enc.Section(1, empty), Enc.Section(0, Enc.Name("b"))));
    }

    [Fact]
    public void UnknownSectionIdIsAnError()
    {
        var e = Fails(Enc.Module(Enc.Section(14, [0x00])));
        Assert.Equal("section header at offset 0x8: unknown section id 14 (0x0e)", e.Message);
    }

    [Fact]
    public void FunctionAndCodeCountsMustAgree()
    {
        var b = new TestModuleBuilder();
        var t = b.Type(Enc.Func());
        b.Func(t);
        var sections = b.Sections();
        var noCode = Enc.Module(sections.Where(s => s.Id != 10).Select(s => Enc.Section(s.Id, s.Content)).ToArray());
        var e = Fails(noCode);
        Assert.Contains("function section at offset 0xe: the function section declares 1 functions but the code section has 0 bodies", e.Message);
        var twoBodies = Enc.Module(sections.Select(s => s.Id == 10 ? Enc.Section(10, Enc.Cat([0x02], s.Content[1..], s.Content[1..])) : Enc.Section(s.Id, s.Content)).ToArray());
        Assert.Contains("code section at offset", Fails(twoBodies).Message);
    }

    [Fact]
    public void DataCountMustMatchTheDataSection()
    {
        var e = Fails(Enc.Module(Enc.Section(12, [0x02]), Enc.Section(11, [0x01, 0x01, 0x00])));
        Assert.Contains("data count section at offset 0x8: declares 2 data segments but the data section has 1", e.Message);
    }

    // ---- imports and exports ----

    [Fact]
    public void ImportsOfEveryKind()
    {
        var b = new TestModuleBuilder();
        var arr = b.Type(Enc.Array(Enc.Field([Enc.I8], true)));
        var f = b.Type(Enc.Func([[Enc.ExternRef], Enc.RefNull(arr)], [[Enc.I31Ref]]));
        b.ImportFunc("m", "f", f);
        b.ImportRaw("m", "t", [0x01, Enc.ExternRef, 0x01, 0x00, 0x10]);
        b.ImportRaw("m", "mem", [0x02, 0x03, 0x01, 0x02]);
        b.ImportRaw("m", "g", Enc.Cat([0x03], Enc.Ref(arr), [0x01]));
        b.ImportRaw("m", "e", Enc.Cat([0x04, 0x00], Enc.U32((uint)f)));
        var m = WasmModule.Parse(b.Build());
        Assert.Equal(["function", "table", "memory", "global", "tag"], m.Imports.Select(i => i.Kind));
        Assert.Equal("(func (param externref (ref null (array (mut i8)))) (result i31ref))", m.Imports[0].Signature!.ToString());
        Assert.Equal("0 16 externref", m.Tables[0].ToString());
        Assert.Equal(new Limits(1, 2, Shared: true), m.Memories[0]);
        Assert.Equal("(mut (ref (array (mut i8))))", m.Imports[3].Global!.ToString());
        Assert.Equal(m.Imports[0].Signature, m.Imports[4].Signature);
        Assert.Single(m.Tags);
        Assert.Single(m.Globals);
        Assert.Equal(1, m.ImportedFunctionCount);
    }

    [Fact]
    public void CompactImportEncodingIsRejectedByName()
    {
        var b = new TestModuleBuilder();
        b.ImportRaw("clysm:io", "write-char", [0x7f, 0x00]);
        var e = Fails(b.Build());
        Assert.Contains("import section at offset", e.Message);
        Assert.Contains("import clysm:io write-char: unknown import kind 0x7f", e.Message);
    }

    [Fact]
    public void ImportPointingAtANonFunctionTypeIsAnError()
    {
        var b = new TestModuleBuilder();
        var s = b.Type(Enc.Struct());
        b.ImportFunc("clysm:io", "write-char", s);
        var e = Fails(b.Build());
        Assert.Contains("import clysm:io write-char: type index 0 is (struct), not a function type", e.Message);
        var b2 = new TestModuleBuilder();
        b2.ImportFunc("clysm:io", "write-char", 3);
        Assert.Contains("import clysm:io write-char: type index 3 is out of range (0 types)", Fails(b2.Build()).Message);
    }

    [Fact]
    public void ExportIndicesAndNamesAreChecked()
    {
        var b = new TestModuleBuilder();
        var t = b.Type(Enc.Func());
        b.Func(t);
        b.ExportFunc("_start", 1);
        Assert.Contains("export section at offset", Fails(b.Build()).Message);
        Assert.Contains("export _start: function index 1 is out of range (1 functions)", Fails(b.Build()).Message);

        var d = new TestModuleBuilder();
        d.Func(d.Type(Enc.Func()));
        d.ExportFunc("x", 0);
        d.ExportFunc("x", 0);
        Assert.Contains("duplicate export name x", Fails(d.Build()).Message);

        var k = new TestModuleBuilder();
        k.Export("x", 9, 0);
        Assert.Contains("export x: unknown export kind 0x09", Fails(k.Build()).Message);
    }

    // ---- globals: constant expressions ----

    [Fact]
    public void GlobalInitializersWithGcOpcodesAreSkippedToTheirEnd()
    {
        var b = new TestModuleBuilder();
        var cons = b.Type(Enc.Struct(Enc.Field([Enc.AnyRef], true), Enc.Field([Enc.AnyRef], true)));
        var arr = b.Type(Enc.Array(Enc.Field([Enc.I8], true)));
        // (struct.new $cons (ref.i31 (i32.const 11)) (ref.null none))
        b.Global(Enc.Ref(cons), false, Enc.Cat(Enc.I32Const(11), [0xfb, 0x1c, 0xd0, Enc.NullRef, 0xfb, 0x00], Enc.U32((uint)cons), Enc.End));
        // (array.new_fixed $arr 2 (i32.const 104) (i32.const 105)) ; array.new_default
        b.Global(Enc.RefNull(arr), false, Enc.Cat(Enc.I32Const(104), Enc.I32Const(105), [0xfb, 0x08], Enc.U32((uint)arr), Enc.U32(2), Enc.End));
        b.Global(Enc.RefNull(arr), false, Enc.Cat(Enc.I32Const(3), [0xfb, 0x07], Enc.U32((uint)arr), Enc.End));
        // i64/f32/f64/v128 constants whose immediates contain 0x0b, extended const, global.get, ref.func
        b.Global([Enc.I64], false, Enc.Cat([0x42], Enc.S64(0x0b0b0b0b0bL), Enc.S64(0)[..0], Enc.End));
        b.Global([Enc.F32], false, Enc.Cat([0x43, 0x0b, 0x0b, 0x0b, 0x0b], Enc.End));
        b.Global([Enc.F64], false, Enc.Cat([0x44, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b], Enc.End));
        b.Global([Enc.V128], false, Enc.Cat([0xfd, 0x0c], Enumerable.Repeat((byte)0x0b, 16).ToArray(), Enc.End));
        b.Global([Enc.I32], false, Enc.Cat(Enc.I32Const(1), Enc.I32Const(2), [0x6a], Enc.End));
        b.Global([Enc.I64], false, Enc.Cat([0x23, 0x03], Enc.End));
        b.Global([Enc.AnyRef], false, Enc.Cat([0xd0, Enc.ExternRef, 0xfb, 0x1a], Enc.End));
        var m = WasmModule.Parse(b.Build());
        Assert.Equal(10, m.Globals.Count);
        Assert.Equal("(ref (struct (field (mut anyref)) (field (mut anyref))))", m.Globals[0].Type.ToString());
        Assert.Equal("(ref null (array (mut i8)))", m.Globals[1].ToString());
    }

    [Fact]
    public void NonConstantInstructionInAnInitializerIsAnError()
    {
        var b = new TestModuleBuilder();
        b.Global([Enc.I32], false, Enc.Cat([0x20, 0x00], Enc.End)); // local.get
        Assert.Contains("global section at offset 0xd: opcode 0x20 is not allowed in a constant expression", Fails(b.Build()).Message);
        var c = new TestModuleBuilder();
        c.Global([Enc.I32], false, Enc.I32Const(1)); // no end
        Assert.Contains("unexpected end of the global section", Fails(c.Build()).Message);
    }

    // ---- value types ----

    [Fact]
    public void EveryShortReferenceTypePrintsInWat()
    {
        byte[] codes = [Enc.FuncRef, Enc.ExternRef, Enc.AnyRef, Enc.EqRef, Enc.I31Ref, Enc.StructRef, Enc.ArrayRef,
            Enc.ExnRef, Enc.NullRef, Enc.NullFuncRef, Enc.NullExternRef, Enc.NullExnRef, Enc.I32, Enc.I64, Enc.F32, Enc.F64, Enc.V128];
        var b = new TestModuleBuilder();
        b.Type(Enc.Func(codes));
        var f = (FuncType)WasmModule.Parse(b.Build()).Types[0].Composite;
        Assert.Equal("(func (param funcref externref anyref eqref i31ref structref arrayref exnref nullref nullfuncref nullexternref nullexnref i32 i64 f32 f64 v128))", f.ToString());
        Assert.All(f.Params.Take(12), p => Assert.True(((RefType)p).Nullable));
    }

    [Fact]
    public void LongFormReferenceTypes()
    {
        var b = new TestModuleBuilder();
        b.Type(Enc.Func([Enc.RefAbs(Enc.I31Ref), Enc.RefNullAbs(Enc.I31Ref), Enc.RefAbs(Enc.AnyRef), Enc.RefAbs(Enc.NullExternRef), Enc.Ref(0)], []));
        var t = WasmModule.Parse(b.Build()).Types[0];
        Assert.Equal("(func (param (ref i31) i31ref (ref any) (ref noextern) (ref $0)))", t.ToString());
        var p = (RefType)((FuncType)t.Composite).Params[4];
        Assert.Equal(0, p.Heap.Index);
        Assert.Same(t, p.Heap.Definition);
    }

    [Fact]
    public void InvalidValueAndHeapTypesAreErrors()
    {
        var b = new TestModuleBuilder();
        b.Type(Enc.Func(0x40));
        Assert.Contains("type section at offset 0xd: invalid value type 0x40", Fails(b.Build()).Message);
        var h = new TestModuleBuilder();
        h.Type(Enc.Func([[0x63, 0x40]], []));
        Assert.Contains("invalid heap type -64", Fails(h.Build()).Message);
        var r = new TestModuleBuilder();
        r.Type(Enc.Func([Enc.RefNull(5)], []));
        Assert.Contains("type index 5 is out of range (1 types are defined at this point)", Fails(r.Build()).Message);
    }

    // ---- GC types ----

    [Fact]
    public void StructAndArrayTypesWithPackedFields()
    {
        var b = new TestModuleBuilder();
        b.Type(Enc.Array(Enc.Field([Enc.I32], false)));
        b.Type(Enc.Struct(Enc.Field([Enc.I8], false), Enc.Field([Enc.I16], true), Enc.Field([Enc.I31Ref], true), Enc.Field(Enc.RefNull(0), false)));
        var m = WasmModule.Parse(b.Build());
        var s = (StructType)m.Types[1].Composite;
        Assert.Equal(4, s.Fields.Count);
        Assert.Same(PackedType.I8, s.Fields[0].Type);
        Assert.True(s.Fields[1].Mutable);
        Assert.Equal("(struct (field i8) (field (mut i16)) (field (mut i31ref)) (field (ref null (array i32))))", m.Types[1].ToString());
        Assert.Equal("(array i32)", m.Types[0].ToString());
    }

    [Fact]
    public void RecursionGroupsSubtypesAndRecursivePrinting()
    {
        var b = new TestModuleBuilder();
        // (rec (type $list (sub (struct (field i32) (field (ref null $list)))))
        //      (type $tree (sub final $list (struct (field i32) (field (ref null $list)) (field (ref null $node)))))
        //      (type $node (func (param (ref $tree)) (result (ref null $node)))))
        var first = b.Rec(3, Enc.Rec(
            Enc.Sub(false, [], Enc.Struct(Enc.Field([Enc.I32], false), Enc.Field(Enc.RefNull(0), false))),
            Enc.Sub(true, [0], Enc.Struct(Enc.Field([Enc.I32], false), Enc.Field(Enc.RefNull(0), false), Enc.Field(Enc.RefNull(2), false))),
            Enc.Func([Enc.Ref(1)], [Enc.RefNull(2)])));
        b.ImportFunc("m", "walk", first + 2);
        var m = WasmModule.Parse(b.Build());
        var g = Assert.Single(m.RecGroups);
        Assert.True(g.IsExplicit);
        Assert.Equal(3, g.Types.Count);
        Assert.False(m.Types[0].Final);
        Assert.True(m.Types[1].Final);
        Assert.Equal([0], m.Types[1].Supertypes);
        Assert.Equal("(sub (struct (field i32) (field (ref null $0))))", m.Types[0].ToString());
        Assert.Equal("(sub final $0 (struct (field i32) (field (ref null (struct (field i32) (field (ref null $0))))) (field (ref null (func (param (ref $1)) (result (ref null $2)))))))", m.Types[1].ToString());
        Assert.Equal(
            "(func (param (ref (struct (field i32) (field (ref null (struct (field i32) (field (ref null $0))))) (field (ref null $2))))) (result (ref null $2)))",
            m.Imports[0].Signature!.ToString());
    }

    [Fact]
    public void TypeDagsPrintInBoundedSize()
    {
        // Type i is (struct (field (ref null $i-1)) (field (ref null $i-1))): 2^40 leaves if expanded.
        var b = new TestModuleBuilder();
        b.Type(Enc.Struct());
        for (var i = 1; i <= 40; i++)
            b.Type(Enc.Struct(Enc.Field(Enc.RefNull(i - 1), false), Enc.Field(Enc.RefNull(i - 1), false)));
        b.ImportFunc("clysm:io", "write-string", b.Type(Enc.Func([[Enc.I32], Enc.RefNull(40)], [])));
        var m = WasmModule.Parse(b.Build());
        var text = m.Imports[0].Signature!.ToString();
        Assert.InRange(text.Length, 4096, 8192);
        Assert.Contains("(ref null $", text);
        Assert.False(Clysm.Runtime.Contract.ContractChecker.Check(m).Ok);
        // Small types are unaffected.
        Assert.Equal("(struct (field (ref null (struct))) (field (ref null (struct))))", m.Types[1].ToString());
    }

    [Fact]
    public void ForwardReferenceOutsideTheRecGroupIsAnError()
    {
        var b = new TestModuleBuilder();
        b.Type(Enc.Struct(Enc.Field(Enc.RefNull(1), false)));
        b.Type(Enc.Struct());
        var e = Fails(b.Build());
        Assert.Contains("type section at offset", e.Message);
        Assert.Contains("type index 1 is out of range", e.Message);
        var s = new TestModuleBuilder();
        s.Type(Enc.Sub(false, [0], Enc.Struct()));
        Assert.Contains("type 0: supertype index 0 must refer to an earlier type", Fails(s.Build()).Message);
    }

    [Fact]
    public void UnknownCompositeTypeAndMutabilityAreErrors()
    {
        var b = new TestModuleBuilder();
        b.Type([0x5d, 0x00]);
        Assert.Contains("type 0: unknown composite type 0x5d", Fails(b.Build()).Message);
        var m = new TestModuleBuilder();
        m.Type(Enc.Array([Enc.I8, 0x02]));
        Assert.Contains("invalid mutability 0x02", Fails(m.Build()).Message);
    }

    // ---- WAT text parsing of types (used by the contract) ----

    [Theory]
    [InlineData("i32", "i32")]
    [InlineData("(ref null i31)", "i31ref")]
    [InlineData("(ref i31)", "(ref i31)")]
    [InlineData("(ref null (array (mut i8)))", "(ref null (array (mut i8)))")]
    [InlineData("( ref  (struct (field i32 (mut i16)) (field anyref)) )", "(ref (struct (field i32) (field (mut i16)) (field anyref)))")]
    [InlineData("(ref null (func (param i32) (param externref) (result anyref)))", "(ref null (func (param i32 externref) (result anyref)))")]
    [InlineData("nullexnref", "nullexnref")]
    public void WatTypeTextRoundTrips(string text, string printed) => Assert.Equal(printed, ValType.Parse(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("i33")]
    [InlineData("(ref null)")]
    [InlineData("(ref null $0)")]
    [InlineData("(ref null i31) i32")]
    [InlineData("(ref null (array (mut i8))")]
    public void BadWatTypeTextIsAFormatError(string text)
    {
        var e = Assert.Throws<FormatException>(() => ValType.Parse(text));
        Assert.Contains(text.Trim() == "" ? "\"\"" : text, e.Message);
    }

    [Fact]
    public void StructuralEqualityIgnoresWhereTheTypeWasDefined()
    {
        var b = new TestModuleBuilder();
        b.Type(Enc.Struct());
        b.Type(Enc.Array(Enc.Field([Enc.I8], true)));
        b.Type(Enc.Func([Enc.RefNull(1)], []));
        var m = WasmModule.Parse(b.Build());
        var declared = ((FuncType)m.Types[2].Composite).Params[0];
        Assert.True(declared.SameAs(ValType.Parse("(ref null (array (mut i8)))")));
        Assert.False(declared.SameAs(ValType.Parse("(ref (array (mut i8)))")));
        Assert.False(declared.SameAs(ValType.Parse("(ref null (array i8))")));
    }
}
