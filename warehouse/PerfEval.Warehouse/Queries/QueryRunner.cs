using Dapper;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Warehouse.Queries;

/// <summary>Runs one embedded query file (sql/queries/&lt;name&gt;.sql) on a fresh connection; cancellation flows to the command.</summary>
internal static class QueryRunner
{
    public static async Task<IReadOnlyList<T>> ListAsync<T>(this WarehouseDatabase database, string name, object parameters, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        var command = new CommandDefinition(SqlScripts.Get("queries/" + name + ".sql"), parameters, cancellationToken: cancellationToken);
        var rows = await connection.QueryAsync<T>(command).ConfigureAwait(false);
        return rows as IReadOnlyList<T> ?? [.. rows];
    }

    public static async Task<T?> SingleOrDefaultAsync<T>(this WarehouseDatabase database, string name, object parameters, CancellationToken cancellationToken)
    {
        var rows = await database.ListAsync<T>(name, parameters, cancellationToken).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : default;
    }
}
