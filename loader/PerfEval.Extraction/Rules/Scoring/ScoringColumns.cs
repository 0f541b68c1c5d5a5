namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>
/// Which column of a scoring-table header holds what. Headers vary (年度指标值 / 指标值 / 全年指标值,
/// 实际完成值 / 全年实际值, 分值 / 权重), so cells are classified by the words they contain.
/// </summary>
internal sealed record ScoringColumns
{
    public required int Count { get; init; }
    public int? Level1 { get; init; }
    public int? Level2 { get; init; }
    public int? Name { get; init; }
    public int? Target { get; init; }
    public int? Actual { get; init; }
    public required int Weight { get; init; }
    public required int Points { get; init; }
    public int? Deviation { get; init; }
    public int? Rate { get; init; }

    /// <summary>The budget header of a 自评表 (年初预算数 … 分值, 执行率, 得分): its next row is the 预算执行率 row.</summary>
    public bool IsExecutionHeader => Rate is not null && !HasLevels;

    /// <summary>True when the header names indicator levels (一级/二级/三级指标).</summary>
    public bool HasLevels { get; init; }

    public static ScoringColumns? FromHeader(IReadOnlyList<string> cells)
    {
        int? level1 = null, level2 = null, level3 = null, genericName = null, target = null, actual = null;
        int? weight = null, points = null, deviation = null, rate = null;
        for (var i = 0; i < cells.Count; i++)
        {
            var c = Squeeze(cells[i]);
            if (c.Length == 0 || c.Length > 16)
            {
                continue;
            }
            if (ContainsAny(c, "偏差", "原因", "备注", "改进", "说明", "评分依据", "扣分"))
            {
                deviation ??= i;
            }
            else if (c.Contains("执行率", StringComparison.Ordinal))
            {
                rate ??= i;
            }
            else if (ContainsAny(c, "实际", "完成值", "完成情况", "实现值"))
            {
                actual ??= i;
            }
            else if (ContainsAny(c, "指标值", "目标值", "计划值", "预期", "年度目标", "绩效目标", "标准值"))
            {
                target ??= i;
            }
            else if (ContainsAny(c, "分值", "权重", "标准分", "满分"))
            {
                weight ??= i;
            }
            else if (ContainsAny(c, "得分", "评分"))
            {
                points ??= i;
            }
            else if (c.Contains("一级", StringComparison.Ordinal))
            {
                level1 ??= i;
            }
            else if (c.Contains("二级", StringComparison.Ordinal))
            {
                level2 ??= i;
            }
            else if (ContainsAny(c, "三级", "指标名称", "具体指标", "明细指标"))
            {
                level3 ??= i;
            }
            else if (ContainsAny(c, "指标", "名称", "内容"))
            {
                genericName ??= i;
            }
        }
        if (weight is null || points is null)
        {
            return null;
        }
        var hasLevels = level1 is not null || level2 is not null || level3 is not null;
        var name = level3 ?? genericName;
        if (name is null)
        {
            // No third level: the deepest level present names the indicator.
            if (level2 is not null)
            {
                (name, level2) = (level2, null);
            }
            else if (level1 is not null)
            {
                (name, level1) = (level1, null);
            }
        }
        if (name is null && rate is null)
        {
            return null;
        }
        return new ScoringColumns
        {
            Count = cells.Count,
            Level1 = level1,
            Level2 = level2,
            Name = name,
            Target = target,
            Actual = actual,
            Weight = weight.Value,
            Points = points.Value,
            Deviation = deviation,
            Rate = rate,
            HasLevels = hasLevels,
        };
    }

    internal static string Squeeze(string text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 256)];
        var n = 0;
        foreach (var ch in text)
        {
            if (!char.IsWhiteSpace(ch) && n < buffer.Length)
            {
                buffer[n++] = ch;
            }
        }
        return new string(buffer[..n]);
    }

    private static bool ContainsAny(string text, params ReadOnlySpan<string> words)
    {
        foreach (var w in words)
        {
            if (text.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
