using System.Data;
using Dapper;

namespace PerfEval.Warehouse;

/// <summary>
/// Dapper 2.1 does not pass DateOnly parameters by itself; this hands them to the DuckDB provider, which binds them
/// as DATE. Reads come back as DateOnly already.
/// </summary>
internal sealed class DateOnlyTypeHandler : SqlMapper.TypeHandler<DateOnly>
{
    private static readonly Lock Gate = new();
    private static bool registered;

    public static void Register()
    {
        lock (Gate)
        {
            if (!registered)
            {
                SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
                registered = true;
            }
        }
    }

    public override DateOnly Parse(object value) => value switch
    {
        DateOnly date => date,
        DateTime time => DateOnly.FromDateTime(time),
        _ => throw new InvalidCastException($"A {value.GetType().Name} is not a date."),
    };

    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        parameter.DbType = DbType.Date;
        parameter.Value = value;
    }
}
