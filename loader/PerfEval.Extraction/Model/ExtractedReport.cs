namespace PerfEval.Extraction.Model;

/// <summary>
/// Everything extracted from one report. Amounts are in 万元, rates in percent.
/// A value the report does not state is null; never a guess.
/// </summary>
public sealed record ExtractedReport
{
    public required string SourceName { get; init; }
    public string? UnitName { get; init; }

    /// <summary>街道, 乡镇, 部门 or 其他.</summary>
    public string? UnitType { get; init; }

    /// <summary>Who evaluated, when it is not the unit itself (a 重点评价 by a department).</summary>
    public string? Evaluator { get; init; }

    public RegionMatch? Region { get; init; }
    public int? FiscalYear { get; init; }

    /// <summary>overall, project, key_evaluation or other.</summary>
    public string? Kind { get; init; }

    public string? ProjectName { get; init; }

    public decimal? BudgetInitial { get; init; }
    public decimal? BudgetAdjusted { get; init; }
    public decimal? Executed { get; init; }

    /// <summary>The execution rate the report states, in percent.</summary>
    public decimal? ExecutionRate { get; init; }

    /// <summary>Executed ÷ adjusted (or initial when no adjusted budget is stated), in percent.</summary>
    public decimal? ExecutionRateComputed { get; init; }

    public decimal? BasicSpending { get; init; }
    public decimal? ProjectSpending { get; init; }
    public IReadOnlyList<FundingSource> Funding { get; init; } = [];

    public decimal? ScoreReported { get; init; }

    /// <summary>优, 良, 中 or 差, as stated (优秀 normalised to 优).</summary>
    public string? Grade { get; init; }

    public IReadOnlyList<IndicatorRow> Indicators { get; init; } = [];
    public IReadOnlyList<SpendingLine> Spending { get; init; } = [];
    public StaffFigures? Staff { get; init; }

    /// <summary>The 存在问题 section, for briefings.</summary>
    public string? Problems { get; init; }

    /// <summary>The 改进措施 section, for briefings.</summary>
    public string? Improvements { get; init; }

    /// <summary>Every time a key quantity is stated (narrative or table), so checks can compare them.</summary>
    public IReadOnlyList<StatedAmount> Statements { get; init; } = [];

    /// <summary>Evidence per top-level field, keyed by the field's JSON name (budgetInitial, unitName…).</summary>
    public IReadOnlyDictionary<string, Evidence> Evidence { get; init; } = new Dictionary<string, Evidence>();

    /// <summary>What the extractor could not read or had to leave null.</summary>
    public IReadOnlyList<ExtractionIssue> Issues { get; init; } = [];

    /// <summary>Results of the checks, filled after extraction.</summary>
    public IReadOnlyList<Flag> Flags { get; init; } = [];

    /// <summary>Score recomputed from the indicator rows by the national rules; null without rows.</summary>
    public decimal? ScoreRecomputed { get; init; }
}

/// <summary>Where a value came from: an offset into the document's text and the text quoted.</summary>
public sealed record Evidence(int Offset, string Quote);

public sealed record ExtractionIssue(string Code, string Message, Evidence? Evidence = null);

public sealed record RegionMatch
{
    public string? Province { get; init; }
    public string? City { get; init; }
    public string? District { get; init; }
    public string? Street { get; init; }

    /// <summary>The most precise official code resolved (9 digits for a street, 6 for a district).</summary>
    public string? Code { get; init; }

    /// <summary>Streets that fit when the text cannot decide between them.</summary>
    public IReadOnlyList<RegionCandidate> Candidates { get; init; } = [];
}

/// <summary>A place that fits; <see cref="Street"/> is null when the candidates are districts.</summary>
public sealed record RegionCandidate(string Code, string Province, string City, string District, string? Street);

public sealed record FundingSource(string Name, decimal Amount, Evidence Evidence);

public sealed record IndicatorRow
{
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    public required string Name { get; init; }
    public string? Target { get; init; }
    public string? Actual { get; init; }
    public decimal? Weight { get; init; }
    public decimal? Points { get; init; }
    public string? Deviation { get; init; }

    /// <summary>The 预算执行率 row (scored from the execution rate, not a target).</summary>
    public bool IsExecutionRate { get; init; }

    public Evidence? Evidence { get; init; }
}

public sealed record SpendingLine
{
    public required string Name { get; init; }

    /// <summary>In 万元.</summary>
    public decimal? Amount { get; init; }

    /// <summary>元 or 万元, as the source stated it.</summary>
    public string? SourceUnit { get; init; }

    public string? Category { get; init; }
    public Evidence? Evidence { get; init; }
}

public sealed record StaffFigures(int? Posts, int? Serving, int? Funded = null, int? Retired = null);

/// <summary>
/// One statement of a quantity, e.g. quantity "executed" 1926.41 万元 from the narrative.
/// <see cref="Value"/> is in 万元 as the text's unit says; <see cref="RawNumber"/> and <see cref="RawUnit"/>
/// keep what was written so a check can test the other unit.
/// Quantities: executed, budget_initial, budget_adjusted, general_budget_income, general_budget_spending,
/// government_fund_income, government_fund_spending, basic_spending, project_spending, staff_spending,
/// public_spending, spending_total. A part stated under a funding block's "其中" is named block.part
/// (一般公共预算财政拨款支出…其中：项目支出 → general_budget_spending.project_spending), so it is not taken for the
/// unit's whole project spending. <see cref="Context"/> is "narrative" or "table". Sums between quantities are in
/// Checks/checks.json (sumRelations).
/// </summary>
public sealed record StatedAmount(string Quantity, decimal Value, decimal RawNumber, string RawUnit, string Context, Evidence Evidence);

public enum FlagSeverity
{
    Info,
    Warning,
    Critical,
}

public sealed record Flag(string Rule, FlagSeverity Severity, string Message, IReadOnlyList<Evidence> Evidence);
