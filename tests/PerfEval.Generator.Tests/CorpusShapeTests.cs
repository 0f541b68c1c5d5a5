using PerfEval.Generator.Planning;
using PerfEval.Generator.Regions;

namespace PerfEval.Generator.Tests;

public sealed class CorpusShapeTests(TxtCorpusFixture corpus) : IClassFixture<TxtCorpusFixture>
{
    [Fact]
    public void EveryLayoutIsWrittenForAFairShareOfTheReports()
    {
        var counts = corpus.Result.Rows.GroupBy(r => r.Layout).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(Enum.GetValues<Layout>().Select(l => l.Slug()).Order(), counts.Keys.Order());
        Assert.All(counts, c => Assert.True(c.Value >= 25, $"{c.Key}: only {c.Value} of 600 reports"));
        Assert.Equal(600, counts.Values.Sum());
    }

    [Fact]
    public void ExactlyTheAnomalyRateOfReportsCarriesAPlantedAnomaly()
    {
        var planted = corpus.Reports.Count(r => r.Truth.PlantedFlags.Count > 0);

        Assert.Equal(120, planted);
        Assert.Equal(120, corpus.Result.Rows.Count(r => r.Anomalies.Count > 0));
    }

    [Fact]
    public void EveryPlantedRuleOccurs()
    {
        var rules = corpus.Reports.SelectMany(r => r.Truth.PlantedFlags).ToHashSet();

        Assert.Equal(
            ["full_marks_unmet", "large_budget_adjustment", "low_execution", "score_outruns_spending", "score_sum_mismatch", "totals_disagree", "unit_mislabel"],
            rules.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheManifestListsEveryReportOnceWithItsFileOnDisk()
    {
        var lines = File.ReadAllLines(corpus.Result.ManifestPath);

        Assert.Equal(ManifestRow.Header, lines[0]);
        Assert.Equal(601, lines.Length);
        Assert.Equal(600, lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count());
        Assert.All(corpus.Result.Rows, r => Assert.True(File.Exists(Path.Combine(corpus.Folder, r.File)), r.File));
        Assert.Equal(600, Directory.GetFiles(corpus.Folder, "*.truth.json").Length);
    }

    [Fact]
    public void EachSeriesFollowsOneUnitThroughTheThreeYears()
    {
        var rows = corpus.Result.Rows;
        for (var i = 0; i < rows.Count; i += 3)
        {
            Assert.Equal([2021, 2022, 2023], rows.Skip(i).Take(3).Select(r => r.Year));
            Assert.Single(rows.Skip(i).Take(3).Select(r => (r.Unit, r.Kind)).Distinct());
        }
    }

    [Fact]
    public void InitialBudgetsDriftByAtMostAFifthFromOneYearToTheNext()
    {
        var spec = TxtCorpusFixture.Spec;
        var regions = RegionSet.Load(GazetteerFolder.Locate(), spec.City, spec.Districts);
        var plan = new CorpusPlan(spec, regions);
        var planner = new FactsPlanner(spec, plan);
        var ratios = new List<decimal>();
        for (var i = 0; i + 2 < spec.Count; i += 3)
        {
            var years = Enumerable.Range(i, 3).Select(planner.Plan).ToList();
            ratios.Add(years[1].BudgetInitial / years[0].BudgetInitial);
            ratios.Add(years[2].BudgetInitial / years[1].BudgetInitial);
        }

        Assert.All(ratios, r => Assert.InRange(r, 0.799m, 1.201m));
        Assert.Contains(ratios, r => r < 0.95m);
        Assert.Contains(ratios, r => r > 1.05m);
    }

    [Fact]
    public void TheDemoCoversTheFourDistrictsOfZhuzhouInTxtAndDocx()
    {
        var spec = CorpusSpec.Demo;
        var regions = RegionSet.Load(GazetteerFolder.Locate(), spec.City, spec.Districts);
        var plan = new CorpusPlan(spec, regions);
        var planner = new FactsPlanner(spec, plan);
        var facts = Enumerable.Range(0, spec.Count).Select(planner.Plan).ToList();

        Assert.Equal(300, facts.Count);
        Assert.Equal(["430202", "430203", "430204", "430211"], facts.Select(f => f.Unit.District.Code).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(30, facts.Where(f => f.Unit.IsStreet).Select(f => f.Unit.RegionCode).Distinct().Count());
        Assert.Equal(["docx", "txt"], facts.Select(f => f.Format).Distinct().Order(StringComparer.Ordinal));
        Assert.All(facts.Where(f => f.Format == "docx"), f => Assert.True(f.Layout.SupportsFormat("docx"), f.Layout.ToString()));
        Assert.Equal(60, facts.Count(f => f.Anomaly != Anomaly.None));
        Assert.Equal(["key_evaluation", "overall", "project"], facts.Select(f => f.Kind).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NoTwoReportsShareUnitYearKindAndProjectSoNoneSupersedesAnother()
    {
        var spec = CorpusSpec.Demo with { Count = 6000 };
        var facts = Plan(spec);

        var identities = facts.Select(f => (f.Unit.Index, f.Year, f.Kind, f.ProjectName)).ToList();

        Assert.Equal(identities.Count, identities.Distinct().Count());
        Assert.Contains(facts, f => f.ProjectName?.Contains("期）", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void ACorpusWithOneSeriesPerUnitStillMixesTheKinds()
    {
        var spec = CorpusSpec.Demo with { City = "重庆市", Districts = [], Count = 600 };
        var facts = Plan(spec);

        var kinds = facts.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(kinds["overall"] >= 100, $"{kinds["overall"]} overall");
        Assert.True(kinds["project"] >= 200, $"{kinds["project"]} project");
        Assert.True(kinds["key_evaluation"] >= 30, $"{kinds["key_evaluation"]} key evaluations");
        Assert.All(facts.Where(f => f.Kind == "key_evaluation"), f => Assert.True(f.Unit.IsStreet));
    }

    private static List<ReportFacts> Plan(CorpusSpec spec)
    {
        var regions = RegionSet.Load(GazetteerFolder.Locate(), spec.City, spec.Districts);
        var planner = new FactsPlanner(spec, new CorpusPlan(spec, regions));
        return [.. Enumerable.Range(0, spec.Count).Select(planner.Plan)];
    }
}
