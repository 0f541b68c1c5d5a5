namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>
/// Splits glued indicator text without figures into name, target and achieved value, using how qualitative targets
/// are written: the value repeated (有效提升有效提升), a yes/no target and its answer (是否及时 / 基本及时), a shared
/// ending behind degree words (有效改善 / 明显改善, 不超预算 / 未超预算), or an answer opening with a status word
/// (已建立, 基本未超, 略超预算) after a target opening with a target word. Null when none of these explains the text.
/// </summary>
internal static class QualitativeValues
{
    private const int MinName = 2;
    private const int MaxValue = 8;

    private static readonly string[] DegreeWords = ["进一步", "有效", "明显", "显著", "有所", "逐步", "持续", "不断", "基本", "部分", "初步", "全面", "大幅", "稳步", "较大", "未", "不", "已", "略"];
    private static readonly string[] StatusWords = ["基本", "部分", "初步", "有所", "已", "未", "略", "尚未", "没有"];
    private static readonly string[] TargetWords = ["是否", "有效", "不超", "控制在", "建立", "明显", "显著", "按时", "按期", "持续", "逐步", "进一步", "达到", "全面", "不低于", "不高于", "不断"];

    public static (string Name, string Target, string Actual)? Split(string text)
    {
        // A yes/no target repeats its answer (是否优化优化), so it is tried before plain repetition.
        return YesNo(text) ?? Repeated(text) ?? SharedEnding(text) ?? StatusAnswer(text);
    }

    private static (string, string, string)? Repeated(string text)
    {
        for (var length = Math.Min(MaxValue, (text.Length - MinName) / 2); length >= 2; length--)
        {
            var value = text[^length..];
            if (text.AsSpan(0, text.Length - length).EndsWith(value, StringComparison.Ordinal))
            {
                return (text[..^(2 * length)], value, value);
            }
        }
        return null;
    }

    private static (string, string, string)? YesNo(string text)
    {
        var at = text.LastIndexOf("是否", StringComparison.Ordinal);
        if (at < MinName)
        {
            return null;
        }
        var rest = text[(at + 2)..];
        for (var k = 1; k < rest.Length; k++)
        {
            var asked = rest[..k];
            var answer = rest[k..];
            if (answer.EndsWith(asked, StringComparison.Ordinal))
            {
                return (text[..at], "是否" + asked, answer);
            }
        }
        return null;
    }

    private static (string, string, string)? SharedEnding(string text)
    {
        for (var length = 2; length <= 4 && length < text.Length; length++)
        {
            var ending = text[^length..];
            foreach (var answerWord in DegreeWords)
            {
                var beforeAnswer = text.Length - length - answerWord.Length;
                if (beforeAnswer <= 0 || !text.AsSpan(beforeAnswer, answerWord.Length).SequenceEqual(answerWord)
                    || !text.AsSpan(0, beforeAnswer).EndsWith(ending, StringComparison.Ordinal))
                {
                    continue;
                }
                var beforeEnding = beforeAnswer - length;
                foreach (var targetWord in DegreeWords)
                {
                    var nameLength = beforeEnding - targetWord.Length;
                    if (nameLength >= MinName && text.AsSpan(nameLength, targetWord.Length).SequenceEqual(targetWord))
                    {
                        return (text[..nameLength], text[nameLength..beforeAnswer], text[beforeAnswer..]);
                    }
                }
            }
        }
        return null;
    }

    private static (string, string, string)? StatusAnswer(string text)
    {
        foreach (var status in StatusWords)
        {
            var answerAt = text.LastIndexOf(status, StringComparison.Ordinal);
            if (answerAt < MinName + 2 || text.Length - answerAt > MaxValue)
            {
                continue;
            }
            var head = text[..answerAt];
            foreach (var targetWord in TargetWords)
            {
                var targetAt = head.IndexOf(targetWord, MinName, StringComparison.Ordinal);
                if (targetAt >= MinName && head.Length - targetAt <= MaxValue)
                {
                    return (head[..targetAt], head[targetAt..], text[answerAt..]);
                }
            }
        }
        return null;
    }
}
