using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PerfEval.Warehouse.Loading;

namespace PerfEval.Warehouse.Peers;

/// <summary>
/// The headline figures of one report, hashed so two files stating the same figures hash alike (a .docx and its
/// .pdf). Values are rounded to their fact_report column's scale, so a hash from a fresh extraction equals one
/// from the stored row.
/// </summary>
public sealed record ReportFigures
{
    public string DocumentId { get; init; } = "";
    public decimal? BudgetInitial { get; init; }
    public decimal? BudgetAdjusted { get; init; }
    public decimal? Executed { get; init; }
    public decimal? ExecutionRate { get; init; }
    public decimal? BasicSpending { get; init; }
    public decimal? ProjectSpending { get; init; }
    public decimal? ScoreReported { get; init; }

    public static ReportFigures Of(ReportLoad load) => new()
    {
        DocumentId = load.Document.DocumentId,
        BudgetInitial = load.Report.BudgetInitial,
        BudgetAdjusted = load.Report.BudgetAdjusted,
        Executed = load.Report.Executed,
        ExecutionRate = load.Report.ExecutionRate,
        BasicSpending = load.Report.BasicSpending,
        ProjectSpending = load.Report.ProjectSpending,
        ScoreReported = load.Report.ScoreReported,
    };

    public string Hash()
    {
        var text = string.Join('|',
            Scaled(BudgetInitial, 4), Scaled(BudgetAdjusted, 4), Scaled(Executed, 4), Scaled(ExecutionRate, 4),
            Scaled(BasicSpending, 4), Scaled(ProjectSpending, 4), Scaled(ScoreReported, 2));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);
    }

    private static string Scaled(decimal? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture) : "";
}
