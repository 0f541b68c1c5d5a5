namespace PerfEval.DuckDb.Native;

/// <summary>What a reader or writer needs of a column's logical type, read once and then released.</summary>
internal readonly record struct DuckDbLogicalType(DuckDbType Type, DuckDbType Storage, byte Width, byte Scale)
{
    /// <summary>Reads the type and destroys the native logical type handle.</summary>
    public static DuckDbLogicalType FromNative(nint logicalType)
    {
        try
        {
            var type = NativeMethods.GetTypeId(logicalType);
            return type == DuckDbType.Decimal
                ? new DuckDbLogicalType(type, NativeMethods.DecimalInternalType(logicalType), NativeMethods.DecimalWidth(logicalType), NativeMethods.DecimalScale(logicalType))
                : new DuckDbLogicalType(type, type, 0, 0);
        }
        finally
        {
            NativeMethods.DestroyLogicalType(ref logicalType);
        }
    }
}
