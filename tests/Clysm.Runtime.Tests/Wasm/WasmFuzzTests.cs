using System.Diagnostics;
using System.Text.RegularExpressions;
using Clysm.Runtime.Contract;
using Clysm.Runtime.Wasm;
using Xunit;
using Xunit.Abstractions;

namespace Clysm.Runtime.Tests.Wasm;

public class WasmFuzzTests(ITestOutputHelper output)
{
    private const int Variants = 5000;
    private static readonly Regex Located = new(@"^(header|section header|[a-z ]+ section) at offset 0x[0-9a-f]+: \S", RegexOptions.CultureInvariant);

    private static byte[][] Seeds()
    {
        var gc = new TestModuleBuilder();
        var first = gc.Rec(2, Enc.Rec(
            Enc.Sub(false, [], Enc.Struct(Enc.Field([Enc.I32], false), Enc.Field(Enc.RefNull(0), true))),
            Enc.Sub(true, [0], Enc.Struct(Enc.Field([Enc.I32], false), Enc.Field(Enc.RefNull(0), true), Enc.Field([Enc.I16], true)))));
        var bytes = gc.Type(Enc.Array(Enc.Field([Enc.I8], true)));
        var sig = gc.Type(Enc.Func([Enc.Ref(first + 1), Enc.RefNull(bytes)], [[Enc.I31Ref]]));
        gc.ImportFunc("clysm:io", "write-string", gc.Type(Enc.Func([[Enc.I31Ref], Enc.RefNull(bytes)], [])));
        gc.Global(Enc.RefNull(bytes), true, Enc.Cat(Enc.I32Const(104), Enc.I32Const(105), [0xfb, 0x08], Enc.U32((uint)bytes), Enc.U32(2), Enc.End));
        gc.Global([Enc.I31Ref], false, Enc.Cat(Enc.I32Const(7), [0xfb, 0x1c], Enc.End));
        gc.ExportFunc("f", gc.Func(sig));
        gc.ExportFunc("_start", gc.Func(gc.Type(Enc.Func([], [[Enc.AnyRef]]))));
        gc.Tag(gc.Type(Enc.Func(Enc.AnyRef, Enc.AnyRef)));

        var imports = new TestModuleBuilder();
        var arr = imports.Type(Enc.Array(Enc.Field([Enc.I8], true)));
        foreach (var (m, n, ps, rs) in new (string, string, byte[][], byte[][])[]
                 {
                     ("clysm:io", "write-char", [[Enc.I32], [Enc.I32]], []),
                     ("clysm:io", "read-line", [[Enc.ExternRef]], [[Enc.ExternRef]]),
                     ("clysm:fs", "open", [Enc.RefNull(arr), [Enc.I32], [Enc.I32], [Enc.I32]], [[Enc.I32]]),
                     ("clysm:runtime", "unhandled-condition", [[Enc.AnyRef], [Enc.AnyRef]], []),
                 })
            imports.ImportFunc(m, n, imports.Type(Enc.Func(ps, rs)));
        imports.ExportFunc("_start", imports.Func(imports.Type(Enc.Func([], [[Enc.I32]]))));

        return [Samples.KitchenSink().Build(), gc.Build(), imports.Build()];
    }

    /// <summary>Offsets of each section's size field in a well-formed module.</summary>
    private static List<int> SizeFields(byte[] module)
    {
        var list = new List<int>();
        var pos = 8;
        while (pos < module.Length)
        {
            list.Add(pos + 1);
            int size = 0, shift = 0, p = pos + 1;
            byte b;
            do
            {
                b = module[p++];
                size |= (b & 0x7f) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            pos = p + size;
        }
        return list;
    }

    private static readonly byte[] Interesting = [0x00, 0x01, 0x0b, 0x40, 0x4e, 0x50, 0x5e, 0x5f, 0x60, 0x63, 0x64, 0x7f, 0x80, 0xff];

    private static byte[] Mutate(byte[] src, Random rng)
    {
        var b = new List<byte>(src);
        switch (rng.Next(6))
        {
            case 0: // truncate
                return src[..rng.Next(src.Length)];
            case 1: // flip bits of a few bytes past the header
                for (var i = rng.Next(1, 4); i > 0; i--)
                    b[rng.Next(8, b.Count)] ^= (byte)rng.Next(1, 256);
                break;
            case 2: // a random section size
            {
                var fields = SizeFields(src);
                var at = fields[rng.Next(fields.Count)];
                var oldLen = 1;
                while ((src[at + oldLen - 1] & 0x80) != 0)
                    oldLen++;
                uint size = rng.Next(3) switch
                {
                    0 => (uint)rng.Next(0, 200),
                    1 => (uint)rng.Next(),
                    _ => uint.MaxValue - (uint)rng.Next(16),
                };
                b.RemoveRange(at, oldLen);
                b.InsertRange(at, Enc.U32(size));
                break;
            }
            case 3: // insert bytes
            {
                var at = rng.Next(8, b.Count + 1);
                for (var i = rng.Next(1, 5); i > 0; i--)
                    b.Insert(at, rng.Next(2) == 0 ? Interesting[rng.Next(Interesting.Length)] : (byte)rng.Next(256));
                break;
            }
            case 4: // delete a range
            {
                var at = rng.Next(8, b.Count);
                b.RemoveRange(at, Math.Min(rng.Next(1, 8), b.Count - at));
                break;
            }
            default: // overwrite with a byte that means something somewhere
                b[rng.Next(8, b.Count)] = Interesting[rng.Next(Interesting.Length)];
                break;
        }
        return [.. b];
    }

    [Fact]
    public async Task CorruptedModulesOnlyEverFailWithALocatedWasmLoadException()
    {
        var seeds = Seeds();
        foreach (var s in seeds)
            Assert.NotEmpty(WasmModule.Parse(s).Exports); // the seeds themselves are well-formed

        int parsed = 0, rejected = 0;
        var clock = Stopwatch.StartNew();
        var run = Task.Run(() =>
        {
            var rng = new Random(20251121);
            for (var i = 0; i < Variants; i++)
            {
                var variant = Mutate(seeds[i % seeds.Length], rng);
                try
                {
                    var m = WasmModule.Parse(variant);
                    // Whatever parses must also print and check without throwing.
                    _ = m.Describe();
                    foreach (var t in m.Types)
                        _ = t.ToString();
                    _ = ContractChecker.Check(m).ToString();
                    parsed++;
                }
                catch (WasmLoadException e)
                {
                    Assert.True(Located.IsMatch(e.Message) && !e.Message.Contains("internal error"),
                        $"variant {i} ({Convert.ToHexString(variant)}): message names no section/offset or is an internal error: {e.Message}");
                    Assert.Equal(ExitCode.EXIT_FAILURE, e.ExitCode);
                    rejected++;
                }
                catch (Exception e)
                {
                    Assert.Fail($"variant {i} ({Convert.ToHexString(variant)}): {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
                }
            }
        });
        try
        {
            await run.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            Assert.Fail("the reader hung on a corrupted module");
        }
        clock.Stop();
        output.WriteLine($"{Variants} variants: {parsed} parsed, {rejected} rejected, {clock.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(Variants, parsed + rejected);
        // Both outcomes must really occur, or the mutations are not testing anything.
        Assert.InRange(rejected, Variants / 2, Variants);
        Assert.InRange(parsed, 50, Variants);
    }
}
