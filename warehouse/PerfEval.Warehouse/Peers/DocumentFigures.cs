using Dapper;
using PerfEval.DuckDb;
using PerfEval.Warehouse.Loading;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Warehouse.Peers;

/// <summary>Keeps <c>document_figures</c>: each loaded document's figures hash, which outlives its facts.</summary>
public static class DocumentFigures
{
    /// <summary>Records the figures of written documents, replacing earlier ones (a reload); one transaction.</summary>
    public static void Record(DuckDbConnection connection, IReadOnlyCollection<ReportLoad> written)
    {
        if (written.Count == 0)
        {
            return;
        }
        var figures = written
            .Select(ReportFigures.Of)
            .GroupBy(f => f.DocumentId, StringComparer.Ordinal)
            .Select(g => g.Last())
            .ToList();
        using var transaction = connection.BeginTransaction();
        connection.Execute(SqlScripts.Get("peers/delete_figures.sql"), new { ids = figures.Select(f => f.DocumentId).ToArray() }, transaction);
        Append(connection, figures);
        transaction.Commit();
    }

    /// <summary>Records the figures of current reports that have none yet, from their stored facts.</summary>
    public static int RecordMissing(DuckDbConnection connection, DuckDbTransaction transaction)
    {
        var missing = connection.Query<ReportFigures>(SqlScripts.Get("peers/figures_missing.sql"), transaction: transaction).ToList();
        Append(connection, missing);
        return missing.Count;
    }

    private static void Append(DuckDbConnection connection, IEnumerable<ReportFigures> figures)
    {
        using var appender = connection.CreateAppender("document_figures");
        foreach (var f in figures)
        {
            appender.CreateRow().AppendValue(f.DocumentId).AppendValue(f.Hash()).EndRow();
        }
    }
}
