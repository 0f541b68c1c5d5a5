using Dapper;
using PerfEval.DuckDb;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Warehouse.Loading;

/// <summary>
/// Writes parsed documents into the star schema. A batch is one transaction: each document's old facts are
/// deleted and its new ones appended, and older documents for the same unit, year, kind and project are
/// marked superseded (kept as sources, their facts removed). Either the whole batch lands or nothing does.
/// </summary>
public sealed class ReportWriter(DuckDbConnection connection)
{
    private readonly HashSet<string> knownDimensionKeys = new(StringComparer.Ordinal);

    /// <summary>
    /// Writes the batch and its journal entries in one transaction; returns, per document, the ids of the
    /// documents it superseded (each also journaled as superseded).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Write(IReadOnlyList<ReportLoad> batch, IReadOnlyList<LoadJournalEntry>? journal = null)
    {
        var superseded = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var transaction = connection.BeginTransaction();
        try
        {
            // Per-document statements here must stay index lookups: a scan per document makes a load quadratic.
            var stored = StoredDocuments(batch, transaction);
            foreach (var load in batch)
            {
                WriteDimensions(load, transaction);
                if (stored.Contains(load.Document.DocumentId))
                {
                    DeleteFacts(load.Document.DocumentId, transaction);
                    connection.Execute(SqlScripts.Get("loading/upsert_source_document.sql"), load.Document, transaction);
                }
            }
            foreach (var unit in batch.Select(l => l.Unit).GroupBy(u => u.UnitKey, StringComparer.Ordinal).Select(g => g.Last()))
            {
                connection.Execute(SqlScripts.Get("loading/upsert_unit.sql"), unit, transaction);
            }
            FactAppenders.AppendDocuments(connection, batch
                .Where(l => !stored.Contains(l.Document.DocumentId))
                .Select(l => l.Document)
                .GroupBy(d => d.DocumentId, StringComparer.Ordinal)
                .Select(g => g.Last()));
            AppendFacts(batch);
            var current = CurrentReportsOfUnits(batch, transaction);
            // Later documents win, within a batch as across batches: walk back from the last, and let a document
            // already superseded here supersede nothing (two of one key used to supersede each other, losing both).
            var supersededHere = new HashSet<string>(StringComparer.Ordinal);
            foreach (var load in batch.Reverse())
            {
                var older = supersededHere.Contains(load.Document.DocumentId) ? [] : Supersede(load, current, supersededHere, transaction);
                supersededHere.UnionWith(older);
                superseded[load.Document.DocumentId] = older;
            }
            DashboardAggregates.Refresh(connection, [.. batch.Select(l => l.Document.DocumentId), .. superseded.Values.SelectMany(ids => ids)], transaction);
            LoadJournal.Append(connection, journal ?? [], transaction);
            LoadJournal.Append(connection, SupersededEntries(batch, superseded), transaction);
            transaction.Commit();
        }
        catch
        {
            // Keys cached during a rolled-back batch were never written.
            knownDimensionKeys.Clear();
            throw;
        }
        return superseded;
    }

    private static IEnumerable<LoadJournalEntry> SupersededEntries(
        IReadOnlyList<ReportLoad> batch, Dictionary<string, IReadOnlyList<string>> superseded) =>
        from load in batch
        from oldId in superseded[load.Document.DocumentId]
        select new LoadJournalEntry(
            load.Document.FileName, oldId, "superseded", "superseded by " + load.Document.FileName + " (" + load.Document.DocumentId + ")",
            load.Document.ParserVersion, load.Document.LoadedAt, 0, null);

    private void WriteDimensions(ReportLoad load, DuckDbTransaction transaction)
    {
        if (load.Region is { } region && knownDimensionKeys.Add("region:" + region.RegionCode))
        {
            connection.Execute(SqlScripts.Get("loading/insert_region.sql"), region, transaction);
        }
        if (load.Report.FiscalYear is { } year && knownDimensionKeys.Add("year:" + year))
        {
            connection.Execute(SqlScripts.Get("loading/insert_year.sql"), new { year }, transaction);
        }
        foreach (var line in load.Spending)
        {
            if (knownDimensionKeys.Add("category:" + line.Category))
            {
                connection.Execute(
                    SqlScripts.Get("loading/insert_category.sql"),
                    new { category = line.Category, sortOrder = 999 },
                    transaction);
            }
        }
        foreach (var indicator in load.Indicators)
        {
            if (knownDimensionKeys.Add("indicator:" + indicator.IndicatorKey))
            {
                connection.Execute(SqlScripts.Get("loading/insert_indicator.sql"), indicator, transaction);
            }
        }
    }

    private void DeleteFacts(string documentId, DuckDbTransaction transaction)
    {
        foreach (var statement in SqlScripts.Statements("loading/delete_document_facts.sql"))
        {
            connection.Execute(statement, new { id = documentId }, transaction);
        }
    }

    private HashSet<string> StoredDocuments(IReadOnlyList<ReportLoad> batch, DuckDbTransaction transaction) =>
        new(connection.Query<string>(
                SqlScripts.Get("loading/find_stored_documents.sql"),
                new { ids = batch.Select(l => l.Document.DocumentId).Distinct(StringComparer.Ordinal).ToArray() },
                transaction),
            StringComparer.Ordinal);

    private List<CurrentReport> CurrentReportsOfUnits(IReadOnlyList<ReportLoad> batch, DuckDbTransaction transaction) =>
        [.. connection.Query<CurrentReport>(
            SqlScripts.Get("loading/find_current_of_units.sql"),
            new { unitKeys = batch.Select(l => l.Unit.UnitKey).Distinct(StringComparer.Ordinal).ToArray() },
            transaction)];

    /// <summary>Current reports of the same unit, year, kind and project as the newly loaded document.</summary>
    private List<string> Supersede(ReportLoad load, List<CurrentReport> current, HashSet<string> supersededHere, DuckDbTransaction transaction)
    {
        var older = current
            .Where(c => c.DocumentId != load.Document.DocumentId && !supersededHere.Contains(c.DocumentId)
                && c.UnitKey == load.Unit.UnitKey && c.FiscalYear == load.Report.FiscalYear && c.Kind == load.Report.Kind
                && c.ProjectName == load.Report.ProjectName)
            .Select(c => c.DocumentId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var oldId in older)
        {
            DeleteFacts(oldId, transaction);
            connection.Execute(
                SqlScripts.Get("loading/mark_superseded.sql"),
                new { newId = load.Document.DocumentId, oldId },
                transaction);
        }
        return older;
    }

    private sealed record CurrentReport
    {
        public string DocumentId { get; init; } = "";
        public string UnitKey { get; init; } = "";
        public int? FiscalYear { get; init; }
        public string Kind { get; init; } = "";
        public string? ProjectName { get; init; }
    }

    private void AppendFacts(IReadOnlyList<ReportLoad> batch)
    {
        FactAppenders.AppendReports(connection, batch);
        FactAppenders.AppendIndicators(connection, batch);
        FactAppenders.AppendSpending(connection, batch);
        FactAppenders.AppendFlags(connection, batch);
        FactAppenders.AppendEvidence(connection, batch);
    }
}
