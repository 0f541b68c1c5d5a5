using PerfEval.Extraction.Model;

namespace PerfEval.Loading;

/// <summary>The normalised family of an indicator row, so rows can be compared across units and years.</summary>
public static class IndicatorFamily
{
    private static readonly string[] Families =
        ["数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益", "可持续影响", "满意度", "决策", "过程"];

    public static string Of(IndicatorRow row)
    {
        if (row.IsExecutionRate)
        {
            return "预算执行率";
        }
        foreach (var text in new[] { row.Level2, row.Level1, row.Name })
        {
            var compact = text?.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
            var family = Families.FirstOrDefault(f => compact?.Contains(f, StringComparison.Ordinal) == true);
            if (family is not null)
            {
                return family;
            }
        }
        return "其他";
    }
}
