using Microsoft.Win32.SafeHandles;

namespace PerfEval.DuckDb.Native;

/// <summary>One reference to a database instance; the instance closes when its last reference does.</summary>
internal sealed class DuckDbDatabaseHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DuckDbDatabaseHandle(nint pointer)
        : base(ownsHandle: true) => SetHandle(pointer);

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.Close(ref pointer);
        return true;
    }
}
