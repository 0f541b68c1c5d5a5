using Dapper;
using PerfEval.DuckDb;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Warehouse.Loading;

/// <summary>Records load attempts and answers what has been seen before.</summary>
public static class LoadJournal
{
    /// <summary>Appends the entries in their order, in the connection's open transaction when there is one.</summary>
    public static void Append(DuckDbConnection connection, IEnumerable<LoadJournalEntry> entries, DuckDbTransaction? transaction = null)
    {
        var list = entries as IReadOnlyList<LoadJournalEntry> ?? [.. entries];
        if (list.Count == 0)
        {
            return;
        }
        // The appender cannot fill a column default, so the sequence's ids are drawn in one query first.
        var ids = connection.Query<long>(SqlScripts.Get("loading/reserve_journal_ids.sql"), new { count = list.Count }, transaction).AsList();
        using var appender = connection.CreateAppender("load_journal");
        for (var i = 0; i < list.Count; i++)
        {
            var entry = list[i];
            appender.CreateRow()
                .AppendValue(ids[i])
                .AppendValue(entry.FilePath)
                .AppendValue(entry.DocumentId)
                .AppendValue(entry.Status)
                .AppendValue(entry.Reason)
                .AppendValue(entry.ParserVersion)
                .AppendValue(entry.StartedAt)
                .AppendValue(entry.DurationMs)
                .AppendValue(entry.SizeBytes)
                .EndRow();
        }
    }

    public static IReadOnlyDictionary<string, KnownDocument> KnownDocuments(DuckDbConnection connection) =>
        connection.Query<KnownDocument>(SqlScripts.Get("loading/known_documents.sql"))
            .GroupBy(d => d.DocumentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
}
