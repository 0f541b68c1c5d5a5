using Dapper;
using PerfEval.DuckDb;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Warehouse.Peers;

/// <summary>
/// What the peer pass reads (sql/peers/): its state, the scope of what changed since, and the scoped reports,
/// indicator targets and superseded predecessors. Call <see cref="PrepareScope"/> first, on the same connection.
/// </summary>
public static class PeerInputs
{
    public static PeerPassState State(DuckDbConnection connection, DuckDbTransaction? transaction = null) =>
        connection.QuerySingle<PeerPassState>(SqlScripts.Get("peers/state.sql"), transaction: transaction);

    public static bool ReloadedSince(DuckDbConnection connection, long since, long until, DuckDbTransaction? transaction = null) =>
        connection.ExecuteScalar<long>(SqlScripts.Get("peers/reloaded_since.sql"), new { since, until }, transaction) > 0;

    public static void PrepareScope(DuckDbConnection connection, bool all, long since, long until, DuckDbTransaction transaction)
    {
        foreach (var statement in SqlScripts.Statements("peers/prepare_scope.sql"))
        {
            connection.Execute(statement, new { all, since, until }, transaction);
        }
    }

    public static void DropScope(DuckDbConnection connection, DuckDbTransaction transaction)
    {
        foreach (var statement in SqlScripts.Statements("peers/drop_scope.sql"))
        {
            connection.Execute(statement, transaction: transaction);
        }
    }

    public static List<PeerReportRow> Reports(DuckDbConnection connection, DuckDbTransaction transaction) =>
        [.. connection.Query<PeerReportRow>(SqlScripts.Get("peers/peer_reports.sql"), transaction: transaction)];

    /// <summary>"indicator=target" pairs per document of the units in scope.</summary>
    public static Dictionary<string, string[]> Targets(DuckDbConnection connection, DuckDbTransaction transaction) =>
        connection.Query<(string DocumentId, string Targets)>(SqlScripts.Get("peers/indicator_targets.sql"), transaction: transaction)
            .ToDictionary(r => r.DocumentId, r => r.Targets.Split('\u001f'), StringComparer.Ordinal);

    public static List<PeerPredecessorRow> Predecessors(DuckDbConnection connection, DuckDbTransaction transaction) =>
        [.. connection.Query<PeerPredecessorRow>(SqlScripts.Get("peers/predecessors.sql"), transaction: transaction)];
}
