using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks;

/// <summary>
/// Compares an indicator's actual value with its target by the national rules (财预〔2020〕10号):
/// numbers with ≥ ≤ = &gt; &lt; and units (%, 个, 户 …), yes/no targets (是否及时 / 及时), qualitative targets
/// (定性 / 良好) and reverse indicators where lower is better. Differences within the tolerance are rounding.
/// </summary>
public static class TargetComparison
{
    public static TargetAssessment Assess(IndicatorRow row, CheckConfiguration config) =>
        Assess(row.Name, row.Target, row.Actual, config);

    public static TargetAssessment Assess(string indicatorName, string? target, string? actual, CheckConfiguration config)
    {
        if (string.IsNullOrWhiteSpace(target) || string.IsNullOrWhiteSpace(actual))
        {
            return TargetAssessment.Unknown;
        }
        if (LimitTarget.Judge(target, actual) is not QualitativeLevel.Unknown and var within)
        {
            return FromLevel(TargetKind.Qualitative, within, config);
        }
        if (YesNoKeyword(target) is { } keyword)
        {
            return Qualitative(TargetKind.YesNo, actual, keyword, config);
        }
        if (ParsedQuantity.Parse(target) is { } goal)
        {
            return Quantitative(indicatorName, goal, actual, config);
        }
        return target.Any(char.IsAsciiDigit) ? TargetAssessment.Unknown : Qualitative(TargetKind.Qualitative, actual, null, config);
    }

    private static TargetAssessment Quantitative(string name, ParsedQuantity goal, string actualText, CheckConfiguration config)
    {
        var actual = ParsedQuantity.ParseLenient(actualText);
        if (actual is null)
        {
            // Words against a number: "完成" meets "100%", "未完成" misses it by an amount we cannot tell.
            return QualitativeClassifier.Classify(actualText, null, config.QualitativeWords) switch
            {
                QualitativeLevel.Achieved => new TargetAssessment(TargetOutcome.Met, TargetKind.Quantitative, 1m),
                QualitativeLevel.Partial or QualitativeLevel.NotAchieved => new TargetAssessment(TargetOutcome.Unmet, TargetKind.Quantitative, null),
                _ => TargetAssessment.Unknown,
            };
        }
        if (goal.Unit.Length > 0 && actual.Unit.Length > 0 && goal.Unit != actual.Unit)
        {
            return TargetAssessment.Unknown;
        }
        return IsReverse(name, goal.Comparator, config)
            ? Reverse(goal.Value, actual.Value, config)
            : Normal(goal.Value, actual.Value, config);
    }

    /// <summary>Higher is better; "=" and no sign read as "at least": beating the target is meeting it.</summary>
    private static TargetAssessment Normal(decimal target, decimal actual, CheckConfiguration config)
    {
        if (actual >= target - config.Tolerance)
        {
            return new TargetAssessment(TargetOutcome.Met, TargetKind.Quantitative, 1m);
        }
        var completion = target <= 0m ? 0m : Math.Clamp(actual / target, 0m, 1m);
        return new TargetAssessment(TargetOutcome.Unmet, TargetKind.Quantitative, completion);
    }

    private static TargetAssessment Reverse(decimal target, decimal actual, CheckConfiguration config)
    {
        if (actual <= target + config.Tolerance)
        {
            return new TargetAssessment(TargetOutcome.Met, TargetKind.Reverse, 1m);
        }
        var completion = target <= 0m ? 0m : config.ReverseFormula switch
        {
            // Past 1 (actual over twice the target) the result is 0 whatever the size, so huge ratios need not be computed.
            ReverseFormula.RelativeExcess => actual - target >= target ? 0m : Math.Max(0m, 1m - ((actual - target) / target)),
            _ => target / actual,
        };
        return new TargetAssessment(TargetOutcome.Unmet, TargetKind.Reverse, Math.Clamp(completion, 0m, 1m));
    }

    private static bool IsReverse(string name, Comparator comparator, CheckConfiguration config) => comparator switch
    {
        Comparator.AtMost or Comparator.LessThan => true,
        Comparator.AtLeast or Comparator.MoreThan => false,
        _ => config.ReverseKeywords.Any(keyword => name.Contains(keyword, StringComparison.Ordinal)),
    };

    private static TargetAssessment Qualitative(TargetKind kind, string actual, string? keyword, CheckConfiguration config) =>
        FromLevel(kind, QualitativeClassifier.Classify(actual, keyword, config.QualitativeWords), config);

    private static TargetAssessment FromLevel(TargetKind kind, QualitativeLevel level, CheckConfiguration config)
    {
        var bands = config.QualitativeBands;
        return level switch
        {
            QualitativeLevel.Achieved => new TargetAssessment(TargetOutcome.Met, kind, bands.Achieved),
            QualitativeLevel.Partial => new TargetAssessment(TargetOutcome.Unmet, kind, bands.Partial),
            QualitativeLevel.NotAchieved => new TargetAssessment(TargetOutcome.Unmet, kind, bands.NotAchieved),
            _ => TargetAssessment.Unknown,
        };
    }

    /// <summary>"隐患是否消除" → "消除"; "是否及时" → "及时"; "是" → "是"; null when the target is not a yes/no question.</summary>
    private static string? YesNoKeyword(string target)
    {
        var text = target.Trim();
        if (text is "是" or "有")
        {
            return text;
        }
        var at = text.IndexOf("是否", StringComparison.Ordinal);
        if (at < 0)
        {
            return text.EndsWith("与否", StringComparison.Ordinal) ? text[..^2] : null;
        }
        var after = text[(at + 2)..].Trim();
        return after.Length > 0 ? after : text[..at].Trim();
    }
}
