namespace PerfEval.DuckDb;

public sealed partial class DuckDbConnection
{
    /// <summary>An appender for <paramref name="table"/> in the default schema; it joins the connection's open transaction.</summary>
    public DuckDbAppender CreateAppender(string table) => new(this, null, table);

    public DuckDbAppender CreateAppender(string? schema, string table) => new(this, schema, table);
}
