using Dapper;
using PerfEval.DuckDb;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Warehouse.Loading;

/// <summary>
/// Keeps agg_report and agg_spending (sql/schema/005_dashboard_aggregates.sql, their rows defined by the views of
/// 007_dashboard_aggregate_rows.sql) in step with the facts: the rows of every document a write touched are rebuilt
/// from its facts in the same transaction, so the dashboard never sees the two disagree.
/// </summary>
public static class DashboardAggregates
{
    public static void Refresh(DuckDbConnection connection, IReadOnlyCollection<string> documentIds, DuckDbTransaction? transaction = null)
    {
        if (documentIds.Count == 0)
        {
            return;
        }
        var ids = documentIds.Distinct(StringComparer.Ordinal).ToArray();
        foreach (var statement in SqlScripts.Statements("aggregates/refresh_documents.sql"))
        {
            connection.Execute(statement, new { ids }, transaction);
        }
    }

    /// <summary>Recounts each report's critical flags (agg_report.red_flags) after flags changed without a write.</summary>
    public static void RecountRedFlags(DuckDbConnection connection, DuckDbTransaction transaction) =>
        connection.Execute(SqlScripts.Get("aggregates/refresh_red_flags.sql"), transaction: transaction);

    /// <summary>Every aggregate row rebuilt from the facts, for writes that do not go through the writer.</summary>
    public static void RebuildAll(DuckDbConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var statement in SqlScripts.Statements("aggregates/rebuild_all.sql"))
        {
            connection.Execute(statement, transaction: transaction);
        }
        transaction.Commit();
    }
}
