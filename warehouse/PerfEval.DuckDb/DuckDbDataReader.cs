using System.Collections;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using PerfEval.DuckDb.Native;
using PerfEval.DuckDb.Reading;

namespace PerfEval.DuckDb;

/// <summary>
/// Reads results chunk by chunk (2048 rows of column vectors), straight from DuckDB's buffers. Each row-carrying
/// statement of the command is one result set. Native memory is released on Dispose or, if forgotten, by the
/// SafeHandles' finalizers.
/// </summary>
[SuppressMessage("Design", "CA1010", Justification = "DbDataReader's non-generic enumeration is the ADO.NET contract.")]
public sealed unsafe partial class DuckDbDataReader : DbDataReader
{
    private readonly Queue<DuckDbResultHandle> pending;
    private readonly DuckDbConnection? closeWith;
    private DuckDbResultHandle? result;
    private ResultColumn[] columns = [];
    private Dictionary<string, int>? ordinals;
    private DuckDbDataChunkHandle? chunk;
    private byte*[] data = [];
    private ulong*[] validity = [];
    private int chunkRows;
    private int row = -1;
    private bool closed;

    internal DuckDbDataReader(IEnumerable<DuckDbResultHandle> results, int recordsAffected, DuckDbConnection? closeWith)
    {
        pending = new Queue<DuckDbResultHandle>(results);
        RecordsAffected = recordsAffected;
        this.closeWith = closeWith;
        _ = NextResult();
    }

    public override int Depth => 0;

    public override int FieldCount => columns.Length;

    public override bool HasRows => chunkRows > 0;

    public override bool IsClosed => closed;

    public override int RecordsAffected { get; }

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool NextResult()
    {
        ReleaseResult();
        if (!pending.TryDequeue(out result))
        {
            columns = [];
            return false;
        }
        columns = ResultColumn.Describe(result);
        ordinals = null;
        data = new byte*[columns.Length];
        validity = new ulong*[columns.Length];
        _ = FetchChunk();
        row = -1;
        return true;
    }

    public override bool Read()
    {
        if (chunk is null)
        {
            return false;
        }
        if (++row < chunkRows)
        {
            return true;
        }
        if (!FetchChunk())
        {
            return false;
        }
        row = 0;
        return true;
    }

    public override string GetName(int ordinal) => columns[ordinal].Name;

    public override int GetOrdinal(string name)
    {
        ordinals ??= BuildOrdinals();
        return ordinals.TryGetValue(name, out var ordinal)
            ? ordinal
            : throw new ArgumentOutOfRangeException(nameof(name), $"The result has no column named '{name}'.");
    }

    public override string GetDataTypeName(int ordinal) => VectorValues.TypeName(columns[ordinal].Type);

    public override Type GetFieldType(int ordinal) => VectorValues.ClrType(columns[ordinal].Type);

    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    /// <summary>One row per column: name, ordinal, CLR type and DuckDB type name (what DataTable.Load needs).</summary>
    public override DataTable GetSchemaTable()
    {
        var schema = new DataTable("SchemaTable") { Locale = System.Globalization.CultureInfo.InvariantCulture };
        schema.Columns.Add(SchemaTableColumn.ColumnName, typeof(string));
        schema.Columns.Add(SchemaTableColumn.ColumnOrdinal, typeof(int));
        schema.Columns.Add(SchemaTableColumn.ColumnSize, typeof(int));
        schema.Columns.Add(SchemaTableColumn.DataType, typeof(Type));
        schema.Columns.Add("DataTypeName", typeof(string));
        schema.Columns.Add(SchemaTableColumn.AllowDBNull, typeof(bool));
        for (var i = 0; i < columns.Length; i++)
        {
            schema.Rows.Add(columns[i].Name, i, -1, GetFieldType(i), GetDataTypeName(i), true);
        }
        return schema;
    }

    public override void Close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        ReleaseResult();
        while (pending.TryDequeue(out var rest))
        {
            rest.Dispose();
        }
        closeWith?.Close();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }
        base.Dispose(disposing);
    }

    private bool FetchChunk()
    {
        chunk?.Dispose();
        chunk = null;
        chunkRows = 0;
        if (result is null)
        {
            return false;
        }
        var pointer = NativeMethods.FetchChunk(result.Value);
        if (pointer == 0)
        {
            return false;
        }
        chunk = new DuckDbDataChunkHandle(pointer);
        chunkRows = (int)NativeMethods.DataChunkGetSize(pointer);
        if (chunkRows == 0)
        {
            chunk.Dispose();
            chunk = null;
            return false;
        }
        for (var i = 0; i < columns.Length; i++)
        {
            var vector = NativeMethods.DataChunkGetVector(pointer, (ulong)i);
            data[i] = NativeMethods.VectorGetData(vector);
            validity[i] = NativeMethods.VectorGetValidity(vector);
        }
        return true;
    }

    private void ReleaseResult()
    {
        chunk?.Dispose();
        chunk = null;
        chunkRows = 0;
        result?.Dispose();
        result = null;
    }

    private Dictionary<string, int> BuildOrdinals()
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Length; i++)
        {
            map.TryAdd(columns[i].Name, i);
        }
        return map;
    }
}
