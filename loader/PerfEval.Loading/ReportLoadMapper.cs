using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PerfEval.Extraction.Model;
using PerfEval.Warehouse.Loading;

namespace PerfEval.Loading;

/// <summary>Shapes an extracted, checked report into the warehouse's star-schema rows.</summary>
public static class ReportLoadMapper
{
    public static ReportLoad Map(ExtractedReport report, SourceFile source, string extractedText, bool isOcr, string parserVersion, DateTime loadedAt)
    {
        var region = MapRegion(report.Region);
        var unitName = report.UnitName ?? "（未识别单位）";
        var unitType = report.UnitType is "街道" or "乡镇" or "部门" ? report.UnitType : "其他";
        return new ReportLoad
        {
            Document = new SourceDocumentRow(
                source.DocumentId, source.FileName, source.Format, source.SizeBytes, parserVersion, extractedText, isOcr, source.IsDemo, loadedAt),
            Unit = new UnitRow(UnitKey(unitName, unitType, region), unitName, unitType, region?.RegionCode),
            Region = region,
            Report = new ReportRow
            {
                FiscalYear = report.FiscalYear,
                Kind = report.Kind ?? "other",
                ProjectName = report.ProjectName,
                RegionCode = region?.RegionCode,
                RegionCandidates = report.Region is { Candidates.Count: > 0 } r ? string.Join(',', r.Candidates.Select(c => c.Code)) : null,
                Evaluator = report.Evaluator,
                BudgetInitial = report.BudgetInitial,
                BudgetAdjusted = report.BudgetAdjusted,
                Executed = report.Executed,
                ExecutionRate = report.ExecutionRate,
                ExecutionRateComputed = report.ExecutionRateComputed,
                BasicSpending = report.BasicSpending,
                ProjectSpending = report.ProjectSpending,
                ScoreReported = report.ScoreReported,
                ScoreRecomputed = report.ScoreRecomputed,
                Grade = report.Grade,
                StaffPosts = report.Staff?.Posts,
                StaffServing = report.Staff?.Serving,
                Problems = report.Problems,
                Improvements = report.Improvements,
            },
            Indicators = [.. report.Indicators.Select(MapIndicator)],
            Spending = [.. report.Spending.Select(s => new SpendingFact(
                s.Name, s.Category ?? "其他", s.Amount, s.SourceUnit, s.Evidence?.Offset, s.Evidence?.Quote))],
            Flags = [.. report.Flags.Select(f => new FlagFact(
                f.Rule, f.Severity.ToString().ToLowerInvariant(), f.Message, f.Evidence.Count > 0 ? f.Evidence[0].Offset : null, f.Evidence.Count > 0 ? f.Evidence[0].Quote : null))],
            Evidence = [.. report.Evidence.Select(e => new FieldEvidence(e.Key, e.Value.Offset, e.Value.Quote))],
        };
    }

    /// <summary>
    /// A street office or township is the same unit across years whatever its name's spelling, so it is keyed by
    /// its street code; other units by their name within their region.
    /// </summary>
    public static string UnitKey(string unitName, string unitType, RegionRow? region)
    {
        if (region is { Level: "street" } && unitType is "街道" or "乡镇")
        {
            return "street:" + region.RegionCode;
        }
        var normalised = new string([.. unitName.Where(c => !char.IsWhiteSpace(c))]).Replace("（盖章）", "", StringComparison.Ordinal);
        return "unit:" + Hash(normalised + "|" + region?.RegionCode);
    }

    private static RegionRow? MapRegion(RegionMatch? match)
    {
        if (match?.Code is not { Length: 2 or 4 or 6 or 9 } code)
        {
            return null;
        }
        var level = code.Length switch { 2 => "province", 4 => "city", 6 => "district", _ => "street" };
        return new RegionRow(
            code,
            level,
            match.Province,
            code[..2],
            match.City,
            code.Length >= 4 ? code[..4] : null,
            match.District,
            code.Length >= 6 ? code[..6] : null,
            match.Street,
            code.Length == 9 ? code : null);
    }

    private static IndicatorFact MapIndicator(IndicatorRow row) => new(
        Hash(row.Level1 + "|" + row.Level2 + "|" + row.Name),
        row.Level1,
        row.Level2,
        row.Name,
        IndicatorFamily.Of(row),
        row.Target,
        row.Actual,
        row.Weight,
        row.Points,
        row.Deviation,
        row.IsExecutionRate,
        row.Evidence?.Offset,
        row.Evidence?.Quote);

    private static string Hash(string value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)), 0, 8).ToLower(CultureInfo.InvariantCulture);
}
