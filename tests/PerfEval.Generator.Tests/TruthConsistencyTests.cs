using System.Globalization;
using PerfEval.Extraction.Model;

namespace PerfEval.Generator.Tests;

public sealed class TruthConsistencyTests(TxtCorpusFixture corpus) : IClassFixture<TxtCorpusFixture>
{
    [Fact]
    public void EveryEvidenceQuoteSitsAtItsOffsetInTheText()
    {
        var checkedQuotes = 0;
        foreach (var (_, truth, text) in corpus.Reports)
        {
            var report = truth.Report;
            var evidence = report.Evidence.Values
                .Concat(report.Statements.Select(s => s.Evidence))
                .Concat(report.Funding.Select(f => f.Evidence))
                .Concat(report.Spending.Select(s => s.Evidence!))
                .Concat(report.Indicators.Select(i => i.Evidence!));
            foreach (var e in evidence)
            {
                Assert.NotNull(e);
                Assert.Equal(e.Quote, text.Substring(e.Offset, e.Quote.Length));
                checkedQuotes++;
            }
        }
        Assert.True(checkedQuotes > 10_000, $"only {checkedQuotes} quotes checked");
    }

    [Fact]
    public void APlantedLargeBudgetAdjustmentReachesTheConfiguredRatio()
    {
        var ratio = PerfEval.Extraction.Checks.CheckConfiguration.Default.LargeAdjustmentRatio;
        var planted = corpus.Reports.Where(r => r.Truth.PlantedFlags.Contains("large_budget_adjustment")).ToList();

        Assert.NotEmpty(planted);
        Assert.All(planted, r => Assert.True(r.Truth.Report.BudgetAdjusted / r.Truth.Report.BudgetInitial >= ratio, r.Truth.Report.SourceName));
    }

    [Fact]
    public void AmountsInWanAreTheTextsYuanFiguresDividedByTenThousand()
    {
        var yuan = 0;
        foreach (var (_, truth, _) in corpus.Reports)
        {
            foreach (var statement in truth.Report.Statements)
            {
                var written = Number(statement.Evidence.Quote);
                Assert.Equal(statement.RawNumber, written);
                if (statement.RawUnit == "元")
                {
                    yuan++;
                    Assert.Equal(statement.RawNumber / 10000m, statement.Value);
                }
                else
                {
                    Assert.Equal(statement.RawNumber, statement.Value);
                }
            }
            foreach (var line in truth.Report.Spending)
            {
                var written = Number(line.Evidence!.Quote);
                Assert.Equal(line.SourceUnit == "元" ? written / 10000m : written, line.Amount);
            }
        }
        Assert.True(yuan > 100, $"only {yuan} amounts stated in 元");
    }

    [Fact]
    public void SpendingLinesAddUpToTheirTotalUnlessAUnitIsMislabelled()
    {
        var compared = 0;
        foreach (var (row, truth, _) in corpus.Reports.Where(r => r.Truth.Report.Spending.Count > 0))
        {
            var report = truth.Report;
            var total = report.Kind == "overall" ? report.ProjectSpending : report.Executed ?? TableTotal(corpus.Reports.First(r => r.Row == row).Text);
            Assert.NotNull(total);
            var sum = report.Spending.Sum(s => s.Amount!.Value);
            if (truth.PlantedFlags.Contains("unit_mislabel"))
            {
                Assert.NotEqual(total, sum);
                var corrected = report.Spending.Sum(s => s.SourceUnit == "元" && report.Spending.Any(o => o.SourceUnit == "万元") ? s.Amount!.Value * 10000m : s.Amount!.Value);
                Assert.Equal(total, corrected);
            }
            else
            {
                Assert.True(total == sum, $"{row.File}: lines sum to {sum}, total {total}");
            }
            compared++;
        }
        Assert.True(compared > 300, $"only {compared} reports compared");
    }

    [Fact]
    public void ScoringRowsAddUpToTheStatedTotalUnlessTheTotalIsInflated()
    {
        var compared = 0;
        foreach (var (row, truth, _) in corpus.Reports.Where(r => r.Truth.Report.Indicators.Count > 1))
        {
            var report = truth.Report;
            var sum = report.Indicators.Sum(i => i.Points!.Value);
            Assert.Equal(100m, report.Indicators.Sum(i => i.Weight!.Value));
            if (truth.PlantedFlags.Contains("score_sum_mismatch"))
            {
                Assert.True(report.ScoreReported - sum >= 3m, $"{row.File}: {report.ScoreReported} vs {sum}");
            }
            else
            {
                Assert.Equal(sum, report.ScoreReported);
            }
            compared++;
        }
        Assert.True(compared > 250, $"only {compared} reports compared");
    }

    [Fact]
    public void CleanReportsStayClearOfEveryPlantedRule()
    {
        foreach (var (row, truth, _) in corpus.Reports.Where(r => r.Truth.PlantedFlags.Count == 0))
        {
            var report = truth.Report;
            if (report.ExecutionRate is { } rate)
            {
                Assert.InRange(rate, 96m, 100m);
            }
            if (report is { BudgetInitial: { } initial, BudgetAdjusted: { } adjusted })
            {
                Assert.InRange(adjusted / initial, 0.94m, 1.16m);
            }
            Assert.DoesNotContain(report.Indicators, MissedWithFullMarks);
            Assert.Single(report.Statements.Where(s => s.Quantity == "executed").Select(s => s.Value).Distinct().DefaultIfEmpty());
            Assert.True(report.Spending.Select(s => s.SourceUnit).Distinct().Count() <= 1, row.File);
            if (report.Indicators.Count > 1)
            {
                Assert.True(ClaimedShareOutrunsSpending(report) <= 0.05m, row.File);
            }
        }
    }

    [Fact]
    public void EachPlantedFlagIsVisibleInTheFiguresTheReportStates()
    {
        foreach (var (row, truth, _) in corpus.Reports)
        {
            var report = truth.Report;
            foreach (var flag in truth.PlantedFlags)
            {
                var visible = flag switch
                {
                    "low_execution" => report.ExecutionRate < 80m,
                    "large_budget_adjustment" => report.BudgetAdjusted / report.BudgetInitial >= 1.55m,
                    "score_sum_mismatch" => report.ScoreReported - report.Indicators.Sum(i => i.Points) >= 3m,
                    "full_marks_unmet" => report.Indicators.Any(MissedWithFullMarks),
                    "totals_disagree" => report.Statements.Where(s => s.Quantity == "executed").Select(s => s.Value).Distinct().Count() > 1,
                    "unit_mislabel" => report.Spending.Any(s => s.SourceUnit == "元") && report.Spending.Any(s => s.SourceUnit == "万元"),
                    "score_outruns_spending" => report.Indicators.Count > 1 ? ClaimedShareOutrunsSpending(report) > 0.05m : report.Grade == "优" && report.ExecutionRate < 90m,
                    _ => false,
                };
                Assert.True(visible, $"{row.File}: {flag} is not visible in the truth");
            }
        }
    }

    [Fact]
    public void ValuesALayoutDoesNotStateAreNull()
    {
        var webCopies = corpus.Reports.Where(r => r.Row.Layout == "web_copy").ToList();
        Assert.NotEmpty(webCopies);
        Assert.All(webCopies, r =>
        {
            Assert.Null(r.Truth.Report.ScoreReported);
            Assert.Null(r.Truth.Report.Grade);
            Assert.Null(r.Truth.Report.Staff);
            Assert.Null(r.Truth.Report.Problems);
            Assert.Single(r.Truth.Report.Indicators);
            Assert.NotNull(r.Truth.Report.Executed);
        });
        var bundlesWithoutBudget = corpus.Reports.Where(r => r.Row.Layout == "project_line_items" && !r.Text.Contains("年初预算", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(bundlesWithoutBudget);
        Assert.All(bundlesWithoutBudget, r =>
        {
            Assert.Null(r.Truth.Report.BudgetInitial);
            Assert.Null(r.Truth.Report.ExecutionRate);
            Assert.Null(r.Truth.Report.ProjectName);
        });
    }

    [Fact]
    public void AKeyEvaluationThatNamesNoDistrictLeavesARepeatedStreetNameUnresolved()
    {
        var unresolved = corpus.Reports.Where(r => r.Row.Kind == "key_evaluation" && r.Truth.Report.Region!.Code is null).ToList();

        Assert.NotEmpty(unresolved);
        Assert.All(unresolved, r =>
        {
            Assert.All(new[] { "株洲", "荷塘区", "芦淞区", "石峰区", "天元区" }, clue => Assert.DoesNotContain(clue, r.Text, StringComparison.Ordinal));
            var region = r.Truth.Report.Region!;
            Assert.True(region.Candidates.Count >= 2);
            Assert.Contains(region.Candidates, c => c.Code == r.Row.RegionCode);
        });
        Assert.All(corpus.Reports.Where(r => r.Row.Kind != "key_evaluation"), r => Assert.Equal(r.Row.RegionCode, r.Truth.Report.Region!.Code));
    }

    private static bool MissedWithFullMarks(IndicatorRow row) =>
        !row.IsExecutionRate && row.Points == row.Weight && Number(row.Target) is { } target && Number(row.Actual) is { } actual && actual < target;

    /// <summary>(S/Smax − E) / (S/Smax) of the national self-evaluation warning.</summary>
    private static decimal ClaimedShareOutrunsSpending(ExtractedReport report)
    {
        var rows = report.Indicators.Where(i => !i.IsExecutionRate).ToList();
        var share = rows.Sum(i => i.Points!.Value) / rows.Sum(i => i.Weight!.Value);
        return (share - (Math.Min(report.ExecutionRate!.Value, 100m) / 100m)) / share;
    }

    /// <summary>The 合计 cell of a bundle's 元 table, in 万元.</summary>
    private static decimal? TableTotal(string text)
    {
        var at = text.IndexOf("\t合计\n\t", StringComparison.Ordinal);
        return at < 0 ? null : Number(text[(at + 5)..]) / 10000m;
    }

    /// <summary>The first number in a text (thousands separators dropped), e.g. 325,067.00 in "325,067.00元".</summary>
    private static decimal? Number(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var start = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (start < 0)
        {
            return null;
        }
        var end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is '.' or ','))
        {
            end++;
        }
        return decimal.Parse(text[start..end].Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }
}
