namespace PerfEval.Extraction.Checks;

internal enum QualitativeLevel
{
    Unknown,
    Achieved,
    Partial,
    NotAchieved,
}

/// <summary>Places a worded actual ("良好", "基本完成", "未消除") in one of the national qualitative bands.</summary>
internal static class QualitativeClassifier
{
    /// <remarks>Negations first: "未达到" holds "达到", and "基本完成" holds "完成".</remarks>
    public static QualitativeLevel Classify(string actual, string? expectedWord, QualitativeWords words)
    {
        var text = actual.Trim();
        if (text.Length == 0)
        {
            return QualitativeLevel.Unknown;
        }
        if (ContainsAny(text, words.NotAchieved))
        {
            return QualitativeLevel.NotAchieved;
        }
        if (ContainsAny(text, words.Partial))
        {
            return QualitativeLevel.Partial;
        }
        if ((expectedWord is { Length: > 0 } && text.Contains(expectedWord, StringComparison.Ordinal)) || ContainsAny(text, words.Achieved))
        {
            return QualitativeLevel.Achieved;
        }
        return QualitativeLevel.Unknown;
    }

    private static bool ContainsAny(string text, IReadOnlyList<string> words) =>
        words.Any(word => text.Contains(word, StringComparison.Ordinal));
}
