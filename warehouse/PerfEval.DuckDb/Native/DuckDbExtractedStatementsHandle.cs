using Microsoft.Win32.SafeHandles;

namespace PerfEval.DuckDb.Native;

internal sealed class DuckDbExtractedStatementsHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DuckDbExtractedStatementsHandle(nint pointer)
        : base(ownsHandle: true) => SetHandle(pointer);

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.DestroyExtracted(ref pointer);
        return true;
    }
}
