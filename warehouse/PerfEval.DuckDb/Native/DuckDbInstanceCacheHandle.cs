using Microsoft.Win32.SafeHandles;

namespace PerfEval.DuckDb.Native;

internal sealed class DuckDbInstanceCacheHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DuckDbInstanceCacheHandle()
        : base(ownsHandle: true)
    {
    }

    public static DuckDbInstanceCacheHandle Create()
    {
        var handle = new DuckDbInstanceCacheHandle();
        handle.SetHandle(NativeMethods.CreateInstanceCache());
        return handle;
    }

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.DestroyInstanceCache(ref pointer);
        return true;
    }
}
