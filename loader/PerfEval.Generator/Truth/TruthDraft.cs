using PerfEval.Extraction.Model;

namespace PerfEval.Generator.Truth;

/// <summary>
/// What a report states, collected while a layout writes it. Each stated value names the mark of the text it is
/// quoted from; rendering turns marks into evidence.
/// </summary>
public sealed class TruthDraft
{
    private readonly Dictionary<string, string> fieldMarks = new(StringComparer.Ordinal);

    public string? UnitName { get; set; }
    public string? UnitType { get; set; }
    public string? Evaluator { get; set; }
    public RegionMatch? Region { get; set; }
    public int? FiscalYear { get; set; }
    public string? Kind { get; set; }
    public string? ProjectName { get; set; }
    public decimal? BudgetInitial { get; set; }
    public decimal? BudgetAdjusted { get; set; }
    public decimal? Executed { get; set; }
    public decimal? ExecutionRate { get; set; }
    public decimal? BasicSpending { get; set; }
    public decimal? ProjectSpending { get; set; }
    public decimal? ScoreReported { get; set; }
    public string? Grade { get; set; }
    public StaffFigures? Staff { get; set; }
    public string? Problems { get; set; }
    public string? Improvements { get; set; }

    public List<(string Name, decimal Amount, string Mark)> Funding { get; } = [];
    public List<(IndicatorRow Row, string Mark)> Indicators { get; } = [];
    public List<(SpendingLine Line, string Mark)> Spending { get; } = [];
    public List<(string Quantity, decimal Value, decimal RawNumber, string RawUnit, string Context, string Mark)> Statements { get; } = [];
    public List<string> PlantedFlags { get; } = [];

    /// <summary>Names the mark whose text is the evidence of a top-level field (JSON name).</summary>
    public void Cite(string field, string mark) => fieldMarks.TryAdd(field, mark);

    public static string NextMark(string prefix, int count) => prefix + ":" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <param name="quotes">Mark → (offset, quote); offset is -1 when the format has no known text offsets (docx, pdf).</param>
    public ExtractedReport Build(string sourceName, IReadOnlyDictionary<string, (int Offset, string Quote)> quotes)
    {
        Evidence? Find(string mark) => quotes.TryGetValue(mark, out var q) ? new Evidence(q.Offset, q.Quote) : null;
        var evidence = new SortedDictionary<string, Evidence>(StringComparer.Ordinal);
        foreach (var (field, mark) in fieldMarks)
        {
            if (Find(mark) is { } found)
            {
                evidence[field] = found;
            }
        }
        var computedBase = BudgetAdjusted ?? BudgetInitial;
        return new ExtractedReport
        {
            SourceName = sourceName,
            UnitName = UnitName,
            UnitType = UnitType,
            Evaluator = Evaluator,
            Region = Region,
            FiscalYear = FiscalYear,
            Kind = Kind,
            ProjectName = ProjectName,
            BudgetInitial = BudgetInitial,
            BudgetAdjusted = BudgetAdjusted,
            Executed = Executed,
            ExecutionRate = ExecutionRate,
            ExecutionRateComputed = Executed is { } e && computedBase is > 0 ? Math.Round(e / computedBase.Value * 100m, 2, MidpointRounding.AwayFromZero) : null,
            BasicSpending = BasicSpending,
            ProjectSpending = ProjectSpending,
            Funding = [.. Funding.Select(f => new FundingSource(f.Name, f.Amount, Find(f.Mark) ?? new Evidence(-1, "")))],
            ScoreReported = ScoreReported,
            Grade = Grade,
            Indicators = [.. Indicators.Select(i => i.Row with { Evidence = Find(i.Mark) })],
            Spending = [.. Spending.Select(s => s.Line with { Evidence = Find(s.Mark) })],
            Staff = Staff,
            Problems = Problems,
            Improvements = Improvements,
            Statements = [.. Statements.Select(s => new StatedAmount(s.Quantity, s.Value, s.RawNumber, s.RawUnit, s.Context, Find(s.Mark) ?? new Evidence(-1, "")))],
            Evidence = evidence,
        };
    }
}
