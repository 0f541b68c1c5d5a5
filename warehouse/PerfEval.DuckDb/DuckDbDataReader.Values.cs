using System.Globalization;
using PerfEval.DuckDb.Native;
using PerfEval.DuckDb.Reading;
using PerfEval.DuckDb.Values;

namespace PerfEval.DuckDb;

/// <summary>Typed access to the current row; each getter reads the vector in place.</summary>
public sealed unsafe partial class DuckDbDataReader
{
    public override bool IsDBNull(int ordinal)
    {
        var mask = Current(ordinal);
        return mask is not null && (mask[row >> 6] & (1UL << (row & 63))) == 0;
    }

    public override object GetValue(int ordinal) =>
        IsDBNull(ordinal) ? DBNull.Value : VectorValues.Value(data[ordinal], row, columns[ordinal].Type);

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, columns.Length);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }
        return count;
    }

    public override bool GetBoolean(int ordinal)
    {
        Typed(ordinal, DuckDbType.Boolean);
        return VectorValues.Read<byte>(data[ordinal], row) != 0;
    }

    public override byte GetByte(int ordinal) => Convert.ToByte(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override short GetInt16(int ordinal) => Convert.ToInt16(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override int GetInt32(int ordinal)
    {
        NotNull(ordinal);
        return columns[ordinal].Type.Type == DuckDbType.Integer
            ? VectorValues.Read<int>(data[ordinal], row)
            : Convert.ToInt32(GetValue(ordinal), CultureInfo.InvariantCulture);
    }

    public override long GetInt64(int ordinal)
    {
        NotNull(ordinal);
        return columns[ordinal].Type.Type switch
        {
            DuckDbType.BigInt => VectorValues.Read<long>(data[ordinal], row),
            DuckDbType.Integer => VectorValues.Read<int>(data[ordinal], row),
            _ => Convert.ToInt64(GetValue(ordinal), CultureInfo.InvariantCulture),
        };
    }

    public override float GetFloat(int ordinal) => Convert.ToSingle(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override double GetDouble(int ordinal)
    {
        NotNull(ordinal);
        return columns[ordinal].Type.Type == DuckDbType.Double
            ? VectorValues.Read<double>(data[ordinal], row)
            : Convert.ToDouble(GetValue(ordinal), CultureInfo.InvariantCulture);
    }

    public override decimal GetDecimal(int ordinal)
    {
        NotNull(ordinal);
        var type = columns[ordinal].Type;
        return type.Type == DuckDbType.Decimal
            ? VectorValues.Decimal(data[ordinal], row, type)
            : Convert.ToDecimal(GetValue(ordinal), CultureInfo.InvariantCulture);
    }

    public override string GetString(int ordinal)
    {
        NotNull(ordinal);
        return columns[ordinal].Type.Type == DuckDbType.Varchar
            ? VectorValues.String(data[ordinal], row)
            : Convert.ToString(GetValue(ordinal), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    /// <summary>The UTF-8 bytes of a VARCHAR in place, valid until the next Read.</summary>
    public ReadOnlySpan<byte> GetUtf8(int ordinal)
    {
        Typed(ordinal, DuckDbType.Varchar);
        return VectorValues.Utf8(data[ordinal], row);
    }

    public override DateTime GetDateTime(int ordinal) => GetValue(ordinal) switch
    {
        DateTime t => t,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        DBNull => throw NullValue(ordinal),
        var other => throw new InvalidCastException($"Column {columns[ordinal].Name} holds {other.GetType().Name}, not a timestamp."),
    };

    public DateOnly GetDate(int ordinal)
    {
        Typed(ordinal, DuckDbType.Date);
        return TemporalConversion.FromDays(VectorValues.Read<int>(data[ordinal], row));
    }

    public override Guid GetGuid(int ordinal) => GetValue(ordinal) switch
    {
        Guid g => g,
        string s => Guid.Parse(s, CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"Column {columns[ordinal].Name} is not a UUID."),
    };

    public override char GetChar(int ordinal) => GetString(ordinal)[0];

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length)
    {
        NotNull(ordinal);
        var bytes = VectorValues.Utf8(data[ordinal], row);
        if (buffer is null)
        {
            return bytes.Length;
        }
        var available = Math.Max(0, Math.Min(length, bytes.Length - (int)dataOffset));
        bytes.Slice((int)dataOffset, available).CopyTo(buffer.AsSpan(bufferOffset));
        return available;
    }

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        var text = GetString(ordinal);
        if (buffer is null)
        {
            return text.Length;
        }
        var available = Math.Max(0, Math.Min(length, text.Length - (int)dataOffset));
        text.AsSpan((int)dataOffset, available).CopyTo(buffer.AsSpan(bufferOffset));
        return available;
    }

    public override T GetFieldValue<T>(int ordinal)
    {
        if (typeof(T) == typeof(int))
        {
            var v = GetInt32(ordinal);
            return (T)(object)v;
        }
        if (typeof(T) == typeof(long))
        {
            var v = GetInt64(ordinal);
            return (T)(object)v;
        }
        if (typeof(T) == typeof(double))
        {
            var v = GetDouble(ordinal);
            return (T)(object)v;
        }
        if (typeof(T) == typeof(decimal))
        {
            var v = GetDecimal(ordinal);
            return (T)(object)v;
        }
        if (typeof(T) == typeof(DateOnly))
        {
            var v = GetDate(ordinal);
            return (T)(object)v;
        }
        if (typeof(T) == typeof(string))
        {
            return (T)(object)GetString(ordinal);
        }
        var value = GetValue(ordinal);
        if (value is DBNull)
        {
            return default(T) is null ? default! : throw NullValue(ordinal);
        }
        return value is T typed ? typed : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }

    private ulong* Current(int ordinal)
    {
        if (chunk is null || row < 0 || row >= chunkRows)
        {
            throw new InvalidOperationException("No current row: call Read() first.");
        }
        if ((uint)ordinal >= (uint)columns.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), $"Column {ordinal} does not exist; the result has {columns.Length}.");
        }
        return validity[ordinal];
    }

    private void NotNull(int ordinal)
    {
        if (IsDBNull(ordinal))
        {
            throw NullValue(ordinal);
        }
    }

    private void Typed(int ordinal, DuckDbType expected)
    {
        NotNull(ordinal);
        if (columns[ordinal].Type.Type != expected)
        {
            throw new InvalidCastException($"Column {columns[ordinal].Name} is {VectorValues.TypeName(columns[ordinal].Type)}, not {expected}.");
        }
    }

    private InvalidCastException NullValue(int ordinal) => new($"Column {columns[ordinal].Name} is NULL in this row.");
}
