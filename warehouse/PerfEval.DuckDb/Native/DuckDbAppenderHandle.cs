using Microsoft.Win32.SafeHandles;

namespace PerfEval.DuckDb.Native;

internal sealed class DuckDbAppenderHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DuckDbAppenderHandle(nint pointer)
        : base(ownsHandle: true) => SetHandle(pointer);

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        _ = NativeMethods.AppenderDestroy(ref pointer);
        return true;
    }
}
