using static Clysm.Runtime.Engine.Wasmtime.Native.WasmtimeApi;

namespace Clysm.Runtime.Engine.Wasmtime.Native;

/// <summary>
/// GC byte arrays (<c>(array (mut i8))</c>, the stage ABI's strings) read and built by the host
/// itself through the C API: no string-channel calls for strings the host can see.
/// </summary>
internal static unsafe class GcBytes
{
    /// <summary>True when the array is the ABI's string type, <c>(array (mut i8))</c>; false for any other array.</summary>
    public static bool HasByteElements(nint context, GcRef* array)
    {
        var type = wasmtime_arrayref_type(context, array);
        if (type == 0) return false;
        FieldType element;
        wasmtime_array_type_element(type, &element);
        var isBytes = element.Mutable && element.Storage.Kind == StorageType.KindI8;
        wasmtime_array_type_delete(type);
        return isBytes;
    }

    /// <summary>
    /// The bytes of the byte array behind <paramref name="anyref"/>: null for a null reference;
    /// <paramref name="notString"/> is set when the value is not a byte array. Elements are checked
    /// unless the declared type already says i8.
    /// </summary>
    public static byte[]? Read(nint context, GcRef* anyref, bool checkElements, out bool notString)
    {
        notString = false;
        if (anyref->IsNull) return null;
        GcRef array;
        if (!wasmtime_anyref_as_array(context, anyref, &array)) { notString = true; return null; }
        try
        {
            if (checkElements && !HasByteElements(context, &array)) { notString = true; return null; }
            uint length;
            NativeError.Check(wasmtime_arrayref_len(context, &array, &length), "wasmtime: array length");
            var bytes = new byte[length];
            Val v;
            for (uint i = 0; i < length; i++)
            {
                NativeError.Check(wasmtime_arrayref_get(context, &array, i, &v), "wasmtime: array get");
                bytes[i] = (byte)v.I32Value;
            }
            return bytes;
        }
        finally { wasmtime_arrayref_unroot(&array); }
    }

    /// <summary>A new byte array of the allocator's type holding <paramref name="bytes"/>, as an anyref the caller owns.</summary>
    public static GcRef New(nint context, nint allocator, ReadOnlySpan<byte> bytes)
    {
        var zero = Val.FromI32(0);
        GcRef array;
        NativeError.Check(wasmtime_arrayref_new(context, allocator, &zero, (uint)bytes.Length, &array), "wasmtime: array allocation");
        try
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == 0) continue;
                var b = Val.FromI32(bytes[i]);
                NativeError.Check(wasmtime_arrayref_set(context, &array, (uint)i, &b), "wasmtime: array set");
            }
            GcRef any;
            wasmtime_arrayref_to_anyref(&array, &any);
            return any;
        }
        finally { wasmtime_arrayref_unroot(&array); }
    }

    /// <summary>The host's own <c>(array (mut i8))</c> type; the caller deletes it.</summary>
    public static nint NewByteArrayType(nint engine)
    {
        var element = new FieldType { Mutable = true, Storage = new StorageType { Kind = StorageType.KindI8 } };
        return wasmtime_array_type_new(engine, &element);
    }
}
