using Microsoft.Win32.SafeHandles;

namespace PerfEval.DuckDb.Native;

internal sealed class DuckDbPreparedStatementHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DuckDbPreparedStatementHandle(nint pointer)
        : base(ownsHandle: true) => SetHandle(pointer);

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.DestroyPrepare(ref pointer);
        return true;
    }
}
