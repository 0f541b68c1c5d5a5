using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PerfEval.DuckDb.Native;

/// <summary>A duckdb_result lives in native memory we allocate, so its address stays fixed for the C API.</summary>
internal sealed unsafe class DuckDbResultHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private static long live;

    public DuckDbResultHandle()
        : base(ownsHandle: true)
    {
        SetHandle((nint)NativeMemory.AllocZeroed((nuint)sizeof(DuckDbResult)));
        Interlocked.Increment(ref live);
    }

    /// <summary>Results not yet destroyed, process-wide: lets tests see that finalizers release them.</summary>
    internal static long Live => Interlocked.Read(ref live);

    public static DuckDbResultHandle Allocate() => new();

    /// <summary>The struct by value, for the functions that take it so (fetch_chunk, result_return_type).</summary>
    public DuckDbResult Value => *(DuckDbResult*)handle;

    protected override bool ReleaseHandle()
    {
        NativeMethods.DestroyResult(handle);
        NativeMemory.Free((void*)handle);
        Interlocked.Decrement(ref live);
        return true;
    }
}
