using System.Text.Json.Nodes;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Output;
using PerfEval.Extraction.Tests.Rules.Identity;

namespace PerfEval.Extraction.Tests.Output;

public sealed class ReportJsonTests
{
    private static readonly ExtractedReport Sample = new()
    {
        SourceName = "a.txt",
        UnitName = "青山街道办事处",
        UnitType = "街道",
        Region = new RegionMatch
        {
            Candidates = [new RegionCandidate("130207001", "河北省", "唐山市", "丰南区", "青年路街道")],
        },
        FiscalYear = 2023,
        Kind = "project",
        BudgetInitial = 466.72m,
        ExecutionRate = 100.00m,
        Indicators = [new IndicatorRow { Level1 = "产出指标", Level2 = "数量指标", Name = "解决群众问题数量", Target = "400个", Actual = "400个", Weight = 15m, Points = 15m }],
        Spending = [new SpendingLine { Name = "社区运转经费", Amount = 375m, SourceUnit = "万元", Category = "社区运转" }],
        Staff = new StaffFigures(40, 37),
        Evidence = new Dictionary<string, Evidence> { ["budgetInitial"] = new(120, "年初预算466.72万元") },
        Issues = [new ExtractionIssue("region_ambiguous", "two fit", new Evidence(3, "青年路街道"))],
        Flags = [new Flag("score_without_indicators", FlagSeverity.Warning, "no rows", [new Evidence(9, "100分")])],
    };

    [Fact]
    public void ARecordSurvivesARoundTrip()
    {
        var json = ReportJson.Serialize(Sample);
        var back = ReportJson.Deserialize(json);

        Assert.Equal(json, ReportJson.Serialize(back));
        Assert.Equal(466.72m, back.BudgetInitial);
        Assert.Equal("青年路街道", back.Region!.Candidates[0].Street);
        Assert.Equal(new Evidence(120, "年初预算466.72万元"), back.Evidence["budgetInitial"]);
        Assert.Equal(FlagSeverity.Warning, back.Flags[0].Severity);
    }

    [Fact]
    public void FieldsAreWrittenInTheIssueShape()
    {
        var json = JsonNode.Parse(ReportJson.Serialize(Sample))!.AsObject();

        Assert.Equal("青山街道办事处", (string?)json["unitName"]);
        Assert.Equal(466.72m, (decimal?)json["budgetInitial"]);
        Assert.Null(json["budgetAdjusted"]);
        Assert.True(json.ContainsKey("budgetAdjusted"));
        Assert.Equal("130207001", (string?)json["region"]!["candidates"]![0]!["code"]);
        Assert.Null(json["region"]!["code"]);
        Assert.Equal(15m, (decimal?)json["indicators"]![0]!["points"]);
        Assert.Equal("社区运转", (string?)json["spending"]![0]!["category"]);
        Assert.Equal(37, (int?)json["staff"]!["serving"]);
        Assert.Equal(120, (int?)json["evidence"]!["budgetInitial"]!["offset"]);
        Assert.Equal("warning", (string?)json["flags"]![0]!["severity"]);
        Assert.Equal("100分", (string?)json["flags"]![0]!["evidence"]![0]!["quote"]);
    }

    [Fact]
    public void ChineseIsWrittenAsItIsAndTheLineFormHasNoBreaks()
    {
        var line = ReportJson.Serialize(Sample, indented: false);

        Assert.Contains("\"unitName\":\"青山街道办事处\"", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void EverySeedRecordSurvivesARoundTrip()
    {
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            var json = ReportJson.Serialize(RepoFiles.ExtractSeed(seed));

            Assert.Equal(json, ReportJson.Serialize(ReportJson.Deserialize(json)));
        }
    }
}
