using Microsoft.Win32.SafeHandles;

namespace PerfEval.DuckDb.Native;

internal sealed class DuckDbDataChunkHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DuckDbDataChunkHandle(nint pointer)
        : base(ownsHandle: true) => SetHandle(pointer);

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.DestroyDataChunk(ref pointer);
        return true;
    }
}
