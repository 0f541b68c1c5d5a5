using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Checks;

/// <summary>
/// A target that is a limit worded as a negation (不超预算, 不超过预算, 不发生安全事故): an actual that repeats the
/// negation (未超预算, 没有超过, 未发生) stays within it; one that states the breach (超出预算, 发生1起) does not.
/// The classifier alone would read the 未 of 未超预算 as "not achieved".
/// </summary>
internal static partial class LimitTarget
{
    public static QualitativeLevel Judge(string target, string actual)
    {
        var limit = Limit().Match(target.Trim());
        if (!limit.Success)
        {
            return QualitativeLevel.Unknown;
        }
        var text = actual.Trim();
        if (Negated().IsMatch(text))
        {
            return QualitativeLevel.Achieved;
        }
        return Breach().IsMatch(text) ? QualitativeLevel.NotAchieved : QualitativeLevel.Unknown;
    }

    [GeneratedRegex(@"^(?:不|未|无|没有)(?:超过|超出|超|突破|高于|发生|出现)")]
    private static partial Regex Limit();

    [GeneratedRegex(@"^(?:均|全部|全年|年度)?(?:未|不|没有|无|零)(?:超过|超出|超|突破|高于|发生|出现)?")]
    private static partial Regex Negated();

    [GeneratedRegex(@"超过|超出|超支|突破|高于|发生|出现")]
    private static partial Regex Breach();
}
