using System.Text;

namespace Clysm.Reference.Wasm;

/// <summary>The LEB128 integers the binary format uses for every count, index and immediate, and its
/// length-prefixed UTF-8 names.</summary>
public static class Leb128
{
    public static void Unsigned(List<byte> o, ulong v)
    {
        do { byte b = (byte)(v & 0x7F); v >>= 7; if (v != 0) b |= 0x80; o.Add(b); } while (v != 0);
    }
    public static void Signed(List<byte> o, long v)
    {
        while (true)
        {
            byte b = (byte)(v & 0x7F); v >>= 7;
            bool done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            if (!done) b |= 0x80;
            o.Add(b);
            if (done) return;
        }
    }
    public static void Name(List<byte> o, string s)
    {
        var b = Encoding.UTF8.GetBytes(s);
        Unsigned(o, (ulong)b.Length); o.AddRange(b);
    }
}
