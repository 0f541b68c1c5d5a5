using PerfEval.DuckDb;

namespace PerfEval.Warehouse.Loading;

/// <summary>Bulk writes of the fact tables through DuckDB's appender, in the tables' column order.</summary>
internal static class FactAppenders
{
    /// <summary>Source documents not stored before (the writer upserts the others), in source_document's column order.</summary>
    public static void AppendDocuments(DuckDbConnection connection, IEnumerable<SourceDocumentRow> documents)
    {
        using var appender = connection.CreateAppender("source_document");
        foreach (var d in documents)
        {
            appender.CreateRow()
                .AppendValue(d.DocumentId)
                .AppendValue(d.FileName)
                .AppendValue(d.Format)
                .AppendValue(d.SizeBytes)
                .AppendValue(d.ParserVersion)
                .AppendValue(d.ExtractedText)
                .AppendValue(d.IsOcr)
                .AppendValue(d.IsDemo)
                .AppendValue(d.LoadedAt)
                .AppendNullValue()
                .EndRow();
        }
    }

    public static void AppendReports(DuckDbConnection connection, IReadOnlyList<ReportLoad> batch)
    {
        using var appender = connection.CreateAppender("fact_report");
        foreach (var load in batch)
        {
            var r = load.Report;
            appender.CreateRow()
                .AppendValue(load.Document.DocumentId)
                .AppendValue(load.Unit.UnitKey)
                .AppendValue(r.FiscalYear)
                .AppendValue(r.Kind)
                .AppendValue(r.ProjectName)
                .AppendValue(r.RegionCode)
                .AppendValue(r.RegionCandidates)
                .AppendValue(r.Evaluator)
                .AppendValue(r.BudgetInitial)
                .AppendValue(r.BudgetAdjusted)
                .AppendValue(r.Executed)
                .AppendValue(r.ExecutionRate)
                .AppendValue(r.ExecutionRateComputed)
                .AppendValue(r.BasicSpending)
                .AppendValue(r.ProjectSpending)
                .AppendValue(r.ScoreReported)
                .AppendValue(r.ScoreRecomputed)
                .AppendValue(r.ScoreInflation)
                .AppendValue(r.Grade)
                .AppendValue(r.StaffPosts)
                .AppendValue(r.StaffServing)
                .AppendValue(r.Problems)
                .AppendValue(r.Improvements)
                .EndRow();
        }
    }

    public static void AppendIndicators(DuckDbConnection connection, IReadOnlyList<ReportLoad> batch)
    {
        using var appender = connection.CreateAppender("fact_indicator");
        foreach (var load in batch)
        {
            var rowNo = 0;
            foreach (var i in load.Indicators)
            {
                appender.CreateRow()
                    .AppendValue(load.Document.DocumentId)
                    .AppendValue(++rowNo)
                    .AppendValue(i.IndicatorKey)
                    .AppendValue(i.Level1)
                    .AppendValue(i.Level2)
                    .AppendValue(i.Name)
                    .AppendValue(i.Target)
                    .AppendValue(i.Actual)
                    .AppendValue(i.Weight)
                    .AppendValue(i.Points)
                    .AppendValue(i.Deviation)
                    .AppendValue(i.IsExecutionRate)
                    .AppendValue(i.EvidenceOffset)
                    .AppendValue(i.EvidenceQuote)
                    .EndRow();
            }
        }
    }

    public static void AppendSpending(DuckDbConnection connection, IReadOnlyList<ReportLoad> batch)
    {
        using var appender = connection.CreateAppender("fact_spending");
        foreach (var load in batch)
        {
            var lineNo = 0;
            foreach (var s in load.Spending)
            {
                appender.CreateRow()
                    .AppendValue(load.Document.DocumentId)
                    .AppendValue(++lineNo)
                    .AppendValue(s.Name)
                    .AppendValue(s.Category)
                    .AppendValue(s.Amount)
                    .AppendValue(s.SourceUnit)
                    .AppendValue(s.EvidenceOffset)
                    .AppendValue(s.EvidenceQuote)
                    .EndRow();
            }
        }
    }

    public static void AppendFlags(DuckDbConnection connection, IReadOnlyList<ReportLoad> batch)
    {
        using var appender = connection.CreateAppender("fact_flag");
        foreach (var load in batch)
        {
            var flagNo = 0;
            foreach (var f in load.Flags)
            {
                appender.CreateRow()
                    .AppendValue(load.Document.DocumentId)
                    .AppendValue(++flagNo)
                    .AppendValue(f.Rule)
                    .AppendValue(f.Severity)
                    .AppendValue(f.Message)
                    .AppendValue(f.EvidenceOffset)
                    .AppendValue(f.EvidenceQuote)
                    .EndRow();
            }
        }
    }

    public static void AppendEvidence(DuckDbConnection connection, IReadOnlyList<ReportLoad> batch)
    {
        using var appender = connection.CreateAppender("fact_evidence");
        foreach (var load in batch)
        {
            foreach (var e in load.Evidence)
            {
                appender.CreateRow()
                    .AppendValue(load.Document.DocumentId)
                    .AppendValue(e.Field)
                    .AppendValue(e.Offset)
                    .AppendValue(e.Quote)
                    .EndRow();
            }
        }
    }
}
