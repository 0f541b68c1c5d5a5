using Dapper;
using PerfEval.DuckDb;
using PerfEval.Warehouse.Loading;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Warehouse.Peers;

/// <summary>
/// Replaces the peer rules' rows in fact_flag within the pass's scope and records how far the pass got, in the
/// caller's transaction. Peer flags are numbered from <see cref="FlagNoOffset"/> (1000 apart per rule) so they
/// never collide with the document's own flags (1, 2, …), which the writer replaces on its own. The reports' counts
/// of critical flags in agg_report are recounted in the same transaction.
/// </summary>
public static class PeerFlagWriter
{
    public const int FlagNoOffset = 1_000_000;

    /// <param name="districtYearRules">Rules whose flags are replaced on the reports of district-years in scope.</param>
    /// <param name="unitRules">Rules whose flags are replaced on the reports of units in scope.</param>
    /// <param name="all">Replace every flag of these rules, whatever the scope.</param>
    public static void Replace(
        DuckDbConnection connection,
        IReadOnlyList<string> districtYearRules,
        IReadOnlyList<string> unitRules,
        bool all,
        IEnumerable<PeerFlagRow> flags,
        DuckDbTransaction transaction)
    {
        var parameters = new { districtYearRules = districtYearRules.ToArray(), unitRules = unitRules.ToArray(), all };
        foreach (var statement in SqlScripts.Statements("peers/delete_flags.sql"))
        {
            connection.Execute(statement, parameters, transaction);
        }
        Append(connection, districtYearRules, unitRules, flags);
        DashboardAggregates.RecountRedFlags(connection, transaction);
    }

    private static void Append(
        DuckDbConnection connection, IReadOnlyList<string> districtYearRules, IReadOnlyList<string> unitRules, IEnumerable<PeerFlagRow> flags)
    {
        var ruleOrder = districtYearRules.Concat(unitRules).Select((rule, i) => (rule, i)).ToDictionary(p => p.rule, p => p.i, StringComparer.Ordinal);
        using var appender = connection.CreateAppender("fact_flag");
        foreach (var group in flags.GroupBy(f => (f.DocumentId, f.Rule)))
        {
            var flagNo = FlagNoOffset + (ruleOrder[group.Key.Rule] * 1000);
            foreach (var flag in group)
            {
                appender.CreateRow()
                    .AppendValue(flag.DocumentId)
                    .AppendValue(++flagNo)
                    .AppendValue(flag.Rule)
                    .AppendValue(flag.Severity)
                    .AppendValue(flag.Message)
                    .AppendNullValue()
                    .AppendNullValue()
                    .EndRow();
            }
        }
    }

    public static void SaveState(DuckDbConnection connection, long lastLoadId, string settings, DuckDbTransaction transaction) =>
        connection.Execute(SqlScripts.Get("peers/save_state.sql"), new { lastLoadId, settings }, transaction);
}
