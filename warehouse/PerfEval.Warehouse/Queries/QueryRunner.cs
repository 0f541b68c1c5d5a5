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

    /// <summary>
    /// One page of a query whose rows carry the total count (count(*) OVER ()); a page past the end has no rows to
    /// carry it, so the total then comes from a one-row first page.
    /// </summary>
    public static async Task<Paged<T>> PageAsync<T>(
        this WarehouseDatabase database, string name, Func<PageRequest, object> parameters, Func<T, int> total,
        PageRequest page, CancellationToken cancellationToken)
    {
        var rows = await database.ListAsync<T>(name, parameters(page), cancellationToken).ConfigureAwait(false);
        if (rows.Count > 0)
        {
            return new Paged<T>(rows, total(rows[0]), page);
        }
        if (page.Page <= 1)
        {
            return new Paged<T>(rows, 0, page);
        }
        var first = await database.ListAsync<T>(name, parameters(page with { Page = 1, PageSize = 1 }), cancellationToken).ConfigureAwait(false);
        return new Paged<T>(rows, first.Count > 0 ? total(first[0]) : 0, page);
    }
}
