using System.Runtime.InteropServices;

namespace PerfEval.DuckDb.Native;

internal static class NativeStrings
{
    public static string? Read(nint utf8) => utf8 == 0 ? null : Marshal.PtrToStringUTF8(utf8);

    /// <summary>Reads a string the C API handed over to us, then frees it.</summary>
    public static string? ReadAndFree(nint utf8)
    {
        try
        {
            return Read(utf8);
        }
        finally
        {
            if (utf8 != 0)
            {
                NativeMethods.Free(utf8);
            }
        }
    }
}
