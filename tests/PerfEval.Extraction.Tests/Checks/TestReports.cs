using PerfEval.Extraction.Checks;
using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Tests.Checks;

/// <summary>Small hand-built reports for the rule tests: a resolved region and year, nothing else unless given.</summary>
internal static class TestReports
{
    public static CheckConfiguration Config { get; } = CheckConfiguration.Default;

    public static ExtractedReport Report() => new()
    {
        SourceName = "small.txt",
        FiscalYear = 2023,
        Region = new RegionMatch { Province = "湖南省", City = "株洲市", District = "芦淞区", Street = "龙泉街道", Code = "430203007" },
    };

    public static IndicatorRow Row(string name, string? target, string? actual, decimal weight, decimal? points) =>
        new() { Name = name, Target = target, Actual = actual, Weight = weight, Points = points, Evidence = new Evidence(0, name) };

    public static IndicatorRow ExecutionRow(decimal weight, decimal? points) =>
        new() { Name = "预算执行率", Weight = weight, Points = points, IsExecutionRate = true, Evidence = new Evidence(0, "预算执行率") };

    public static StatedAmount Amount(string quantity, decimal rawNumber, string context = "narrative", string rawUnit = "万元") =>
        new(quantity, rawUnit == "元" ? rawNumber / 10_000m : rawNumber, rawNumber, rawUnit, context,
            new Evidence(0, $"{quantity} {rawNumber}{rawUnit}"));

    public static List<Flag> Run(ICheck check, ExtractedReport report, CheckConfiguration? config = null) =>
        [.. check.Evaluate(report, config ?? Config)];

    /// <summary>Rows worth 90 points outside the execution row, claiming <paramref name="claimed"/> of them.</summary>
    public static IReadOnlyList<IndicatorRow> NinetyPointRows(decimal claimed) =>
    [
        Row("产出数量", null, null, 50m, Math.Min(claimed, 50m)),
        Row("社会效益", null, null, 30m, Math.Clamp(claimed - 50m, 0m, 30m)),
        Row("满意度", null, null, 10m, Math.Clamp(claimed - 80m, 0m, 10m)),
    ];
}
