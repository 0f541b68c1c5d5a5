using Dapper;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Warehouse.Queries;

/// <summary>
/// Runs one embedded query file (sql/queries/&lt;name&gt;.sql) on a fresh connection; cancellation flows to the command.
/// Every run takes the caller's <see cref="RegionScope"/> and binds it as <c>$scope</c>; a query file that does not
/// use <c>$scope</c> is refused, so no question can leak rows outside a user's region.
/// </summary>
internal static class QueryRunner
{
    public static async Task<IReadOnlyList<T>> ListAsync<T>(
        this WarehouseDatabase database, RegionScope scope, string name, object parameters, CancellationToken cancellationToken)
    {
        var sql = SqlScripts.Get("queries/" + name + ".sql");
        if (!sql.Contains("$scope", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"sql/queries/{name}.sql does not apply the region scope ($scope).");
        }
        var bound = new DynamicParameters(parameters);
        bound.Add("scope", scope.Parameter);
        using var connection = database.Open();
        var command = new CommandDefinition(sql, bound, cancellationToken: cancellationToken);
        var rows = await connection.QueryAsync<T>(command).ConfigureAwait(false);
        return rows as IReadOnlyList<T> ?? [.. rows];
    }

    public static async Task<T?> SingleOrDefaultAsync<T>(
        this WarehouseDatabase database, RegionScope scope, string name, object parameters, CancellationToken cancellationToken)
    {
        var rows = await database.ListAsync<T>(scope, name, parameters, cancellationToken).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : default;
    }

    /// <summary>
    /// One page of a query whose rows carry the total count (count(*) OVER ()); a page past the end has no rows to
    /// carry it, so the total then comes from a one-row first page.
    /// </summary>
    public static async Task<Paged<T>> PageAsync<T>(
        this WarehouseDatabase database, RegionScope scope, string name, Func<PageRequest, object> parameters, Func<T, int> total,
        PageRequest page, CancellationToken cancellationToken)
    {
        var rows = await database.ListAsync<T>(scope, name, parameters(page), cancellationToken).ConfigureAwait(false);
        if (rows.Count > 0)
        {
            return new Paged<T>(rows, total(rows[0]), page);
        }
        if (page.Page <= 1)
        {
            return new Paged<T>(rows, 0, page);
        }
        var first = await database.ListAsync<T>(scope, name, parameters(page with { Page = 1, PageSize = 1 }), cancellationToken).ConfigureAwait(false);
        return new Paged<T>(rows, first.Count > 0 ? total(first[0]) : 0, page);
    }
}
