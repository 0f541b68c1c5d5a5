using Microsoft.Win32.SafeHandles;

namespace PerfEval.DuckDb.Native;

/// <summary>A connection; it keeps its database reference alive until it is disconnected.</summary>
internal sealed class DuckDbConnectionHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private readonly DuckDbDatabaseHandle database;

    public DuckDbConnectionHandle(nint pointer, DuckDbDatabaseHandle database)
        : base(ownsHandle: true)
    {
        this.database = database;
        var added = false;
        database.DangerousAddRef(ref added);
        SetHandle(pointer);
    }

    protected override bool ReleaseHandle()
    {
        var pointer = handle;
        NativeMethods.Disconnect(ref pointer);
        database.DangerousRelease();
        return true;
    }
}
