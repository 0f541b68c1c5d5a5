using Dapper;
using PerfEval.DuckDb;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Warehouse.Loading;

/// <summary>Records load attempts and answers what has been seen before.</summary>
public static class LoadJournal
{
    public static void Append(DuckDbConnection connection, IEnumerable<LoadJournalEntry> entries, DuckDbTransaction? transaction = null)
    {
        foreach (var entry in entries)
        {
            connection.Execute(SqlScripts.Get("loading/insert_journal.sql"), entry, transaction);
        }
    }

    public static IReadOnlyDictionary<string, KnownDocument> KnownDocuments(DuckDbConnection connection) =>
        connection.Query<KnownDocument>(SqlScripts.Get("loading/known_documents.sql"))
            .GroupBy(d => d.DocumentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
}
