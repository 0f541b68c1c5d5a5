using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace PerfEval.DuckDb;

/// <summary>
/// A statement parameter: named ("$name", "name", "@name" all match <c>$name</c>) or positional (<c>?</c>, <c>$1</c>).
/// The value is converted to the type DuckDB prepared for the parameter, so the plan is reused.
/// </summary>
public sealed class DuckDbParameter : DbParameter
{
    private string parameterName = string.Empty;

    public DuckDbParameter()
    {
    }

    public DuckDbParameter(string name, object? value)
    {
        ParameterName = name;
        Value = value;
    }

    public DuckDbParameter(object? value) => Value = value;

    public override DbType DbType { get; set; } = DbType.Object;

    public override ParameterDirection Direction
    {
        get => ParameterDirection.Input;
        set
        {
            if (value != ParameterDirection.Input)
            {
                throw new NotSupportedException("DuckDB parameters are input only.");
            }
        }
    }

    public override bool IsNullable { get; set; }

    [AllowNull]
    public override string ParameterName
    {
        get => parameterName;
        set
        {
            parameterName = value ?? string.Empty;
            BareName = parameterName.TrimStart('$', '@', ':');
        }
    }

    [AllowNull]
    public override string SourceColumn { get; set; } = string.Empty;

    public override bool SourceColumnNullMapping { get; set; }

    public override int Size { get; set; }

    public override object? Value { get; set; }

    /// <summary>The name without its prefix, as DuckDB reports it.</summary>
    internal string BareName { get; private set; } = string.Empty;

    public override void ResetDbType() => DbType = DbType.Object;
}
