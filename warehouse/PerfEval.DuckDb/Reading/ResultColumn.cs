using PerfEval.DuckDb.Native;

namespace PerfEval.DuckDb.Reading;

internal sealed record ResultColumn(string Name, DuckDbLogicalType Type)
{
    public static ResultColumn[] Describe(DuckDbResultHandle result)
    {
        var count = (int)NativeMethods.ColumnCount(result);
        var columns = new ResultColumn[count];
        for (var i = 0; i < count; i++)
        {
            var name = NativeStrings.Read(NativeMethods.ColumnName(result, (ulong)i)) ?? string.Empty;
            columns[i] = new ResultColumn(name, DuckDbLogicalType.FromNative(NativeMethods.ColumnLogicalType(result, (ulong)i)));
        }
        return columns;
    }
}
