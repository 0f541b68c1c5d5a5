using System.Globalization;
using System.Text;
using PerfEval.DuckDb.Native;
using PerfEval.DuckDb.Values;

namespace PerfEval.DuckDb.Execution;

/// <summary>
/// Binds a command's parameters to a prepared statement with the exact type DuckDB inferred for each one:
/// a value bound with another type makes DuckDB re-plan the statement on every execution.
/// </summary>
internal static class ParameterBinder
{
    public static void Bind(PreparedStatement statement, DuckDbParameterCollection parameters)
    {
        foreach (var slot in statement.Parameters)
        {
            var parameter = Find(parameters, slot.Name)
                ?? throw new DuckDbException($"The statement uses parameter ${slot.Name} but no value was given for it.");
            BindValue(statement.Handle, slot, parameter.Value);
        }
    }

    private static DuckDbParameter? Find(DuckDbParameterCollection parameters, string name)
    {
        var named = parameters.IndexOf(name);
        if (named >= 0)
        {
            return parameters[named];
        }
        // "?" and "$1" arrive as "1": take the n-th parameter when no parameter carries that name.
        return int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
               && position >= 1 && position <= parameters.Count
            ? parameters[position - 1]
            : null;
    }

    private static void BindValue(DuckDbPreparedStatementHandle statement, PreparedParameter slot, object? value)
    {
        DuckDbState state;
        var name = slot.Name;
        try
        {
            state = value is null or DBNull
                ? NativeMethods.BindNull(statement, slot.Index)
                : BindTyped(statement, slot, value);
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException)
        {
            throw new DuckDbException($"Parameter ${name}: {e.Message}", e);
        }
        if (state != DuckDbState.Success)
        {
            throw new DuckDbException($"Could not bind parameter ${name} ({value?.GetType().Name ?? "NULL"}).");
        }
    }

    private static DuckDbState BindTyped(DuckDbPreparedStatementHandle statement, PreparedParameter slot, object value)
    {
        var index = slot.Index;
        var c = CultureInfo.InvariantCulture;
        return slot.Type.Type switch
        {
            DuckDbType.Boolean => NativeMethods.BindBoolean(statement, index, Convert.ToBoolean(value, c)),
            DuckDbType.TinyInt => NativeMethods.BindInt8(statement, index, Convert.ToSByte(value, c)),
            DuckDbType.SmallInt => NativeMethods.BindInt16(statement, index, Convert.ToInt16(value, c)),
            DuckDbType.Integer => NativeMethods.BindInt32(statement, index, Convert.ToInt32(value, c)),
            DuckDbType.BigInt => NativeMethods.BindInt64(statement, index, Convert.ToInt64(value, c)),
            DuckDbType.UTinyInt => NativeMethods.BindUInt8(statement, index, Convert.ToByte(value, c)),
            DuckDbType.USmallInt => NativeMethods.BindUInt16(statement, index, Convert.ToUInt16(value, c)),
            DuckDbType.UInteger => NativeMethods.BindUInt32(statement, index, Convert.ToUInt32(value, c)),
            DuckDbType.UBigInt => NativeMethods.BindUInt64(statement, index, Convert.ToUInt64(value, c)),
            DuckDbType.HugeInt => NativeMethods.BindHugeInt(statement, index, new DuckDbHugeInt(ToInt128(value))),
            DuckDbType.Float => NativeMethods.BindFloat(statement, index, Convert.ToSingle(value, c)),
            DuckDbType.Double => NativeMethods.BindDouble(statement, index, Convert.ToDouble(value, c)),
            DuckDbType.Decimal => NativeMethods.BindDecimal(statement, index, ToDuckDecimal(ToDecimal(value), slot.Type.Width, slot.Type.Scale)),
            DuckDbType.Varchar => BindString(statement, index, ToText(value)),
            DuckDbType.Blob when value is byte[] bytes => BindBlob(statement, index, bytes),
            DuckDbType.Date => NativeMethods.BindDate(statement, index, TemporalConversion.ToDays(ToDate(value))),
            DuckDbType.Timestamp => NativeMethods.BindTimestamp(statement, index, TemporalConversion.ToMicros(ToDateTime(value))),
            DuckDbType.TimestampTz => NativeMethods.BindTimestampTz(statement, index, TemporalConversion.ToMicros(ToUtc(value))),
            DuckDbType.Time when value is TimeOnly time => NativeMethods.BindTime(statement, index, TemporalConversion.ToTimeMicros(time)),
            _ => BindByClrType(statement, index, value),
        };
    }

    /// <summary>For parameters DuckDB could not type (e.g. <c>SELECT $1</c>): the value's own type decides.</summary>
    private static DuckDbState BindByClrType(DuckDbPreparedStatementHandle statement, ulong index, object value) => value switch
    {
        bool b => NativeMethods.BindBoolean(statement, index, b),
        sbyte v => NativeMethods.BindInt8(statement, index, v),
        short v => NativeMethods.BindInt16(statement, index, v),
        int v => NativeMethods.BindInt32(statement, index, v),
        long v => NativeMethods.BindInt64(statement, index, v),
        byte v => NativeMethods.BindUInt8(statement, index, v),
        ushort v => NativeMethods.BindUInt16(statement, index, v),
        uint v => NativeMethods.BindUInt32(statement, index, v),
        ulong v => NativeMethods.BindUInt64(statement, index, v),
        Int128 v => NativeMethods.BindHugeInt(statement, index, new DuckDbHugeInt(v)),
        float v => NativeMethods.BindFloat(statement, index, v),
        double v => NativeMethods.BindDouble(statement, index, v),
        decimal v => NativeMethods.BindDecimal(statement, index, ToDuckDecimal(v, 38, (byte)v.Scale)),
        string v => BindString(statement, index, v),
        char v => BindString(statement, index, v.ToString()),
        byte[] v => BindBlob(statement, index, v),
        DateOnly v => NativeMethods.BindDate(statement, index, TemporalConversion.ToDays(v)),
        DateTime v => NativeMethods.BindTimestamp(statement, index, TemporalConversion.ToMicros(v)),
        DateTimeOffset v => NativeMethods.BindTimestampTz(statement, index, TemporalConversion.ToMicros(v.UtcDateTime)),
        TimeOnly v => NativeMethods.BindTime(statement, index, TemporalConversion.ToTimeMicros(v)),
        Guid v => BindString(statement, index, v.ToString()),
        Enum v => BindString(statement, index, v.ToString()),
        _ => throw new InvalidCastException($"Values of type {value.GetType().Name} cannot be bound."),
    };

    private static DuckDbDecimal ToDuckDecimal(decimal value, byte width, byte scale) => new()
    {
        Width = width,
        Scale = scale,
        Value = new DuckDbHugeInt(DecimalConversion.ToScaled(value, width, scale)),
    };

    private static unsafe DuckDbState BindString(DuckDbPreparedStatementHandle statement, ulong index, string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        var buffer = length <= 512 ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(value, buffer);
        fixed (byte* utf8 = buffer)
        {
            return NativeMethods.BindVarchar(statement, index, utf8, (ulong)length);
        }
    }

    private static unsafe DuckDbState BindBlob(DuckDbPreparedStatementHandle statement, ulong index, byte[] value)
    {
        fixed (byte* data = value)
        {
            return NativeMethods.BindBlob(statement, index, data, (ulong)value.Length);
        }
    }

    private static decimal ToDecimal(object value) => value switch
    {
        decimal d => d,
        string s => decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };

    private static Int128 ToInt128(object value) => value switch
    {
        Int128 v => v,
        decimal d => (Int128)d,
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    private static string ToText(object value) => value switch
    {
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static DateOnly ToDate(object value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        DateTimeOffset o => DateOnly.FromDateTime(o.DateTime),
        string s => DateOnly.Parse(s, CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"{value.GetType().Name} is not a date."),
    };

    private static DateTime ToDateTime(object value) => value switch
    {
        DateTime t => t,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset o => o.UtcDateTime,
        string s => DateTime.Parse(s, CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"{value.GetType().Name} is not a timestamp."),
    };

    private static DateTime ToUtc(object value) => value switch
    {
        DateTimeOffset o => o.UtcDateTime,
        DateTime { Kind: DateTimeKind.Local } t => t.ToUniversalTime(),
        _ => ToDateTime(value),
    };
}
