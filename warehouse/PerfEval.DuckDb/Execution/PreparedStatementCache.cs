namespace PerfEval.DuckDb.Execution;

/// <summary>
/// A connection's single-statement queries and row changes (not DDL, see <see cref="PreparedStatement.Reusable"/>), prepared once and reused by SQL text, so a statement run again
/// (Dapper's repeated Execute, a dashboard query) skips parsing and planning. Bounded; cleared on close.
/// </summary>
internal sealed class PreparedStatementCache : IDisposable
{
    private const int Capacity = 256;
    private readonly Dictionary<string, PreparedStatement> statements = new(StringComparer.Ordinal);

    public int Count => statements.Count;

    public bool TryGet(string sql, out PreparedStatement statement) => statements.TryGetValue(sql, out statement!);

    public void Add(string sql, PreparedStatement statement)
    {
        if (statements.Count >= Capacity)
        {
            Clear();
        }
        statements[sql] = statement;
    }

    public void Remove(string sql)
    {
        if (statements.Remove(sql, out var statement))
        {
            statement.Dispose();
        }
    }

    public void Clear()
    {
        foreach (var statement in statements.Values)
        {
            statement.Dispose();
        }
        statements.Clear();
    }

    public void Dispose() => Clear();
}
