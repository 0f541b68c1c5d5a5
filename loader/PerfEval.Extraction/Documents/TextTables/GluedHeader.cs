using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>What a glued header announces for the rows under it.</summary>
internal enum GluedTableKind
{
    Other,
    Budget,
    Indicators,
    Staff,
}

/// <summary>
/// Recognises a table header whose column titles lost their separators (年度资金（万元）年初预算数全年预算数…得分):
/// the line must be made of known titles, after at most a short leading label.
/// </summary>
internal static partial class GluedHeader
{
    private const int MaxLeadingLabel = 12;
    private const int MinTitles = 3;
    private const int MaxLength = 120;

    public static bool TryRead(TextLine line, out TableRow header, out GluedTableKind kind)
    {
        header = new TableRow([]);
        kind = GluedTableKind.Other;
        var content = line.Content;
        if (content.Length is 0 or > MaxLength || HasGapOrSentence(content))
        {
            return false;
        }
        var titles = Title().Matches(content);
        if (titles.Count < MinTitles || titles[0].Index > MaxLeadingLabel)
        {
            return false;
        }
        var cells = new List<TableCell>();
        if (titles[0].Index > 0)
        {
            cells.Add(new TableCell(content[..titles[0].Index], line.Offset));
        }
        var at = titles[0].Index;
        foreach (Match title in titles)
        {
            if (title.Index != at)
            {
                return false;
            }
            cells.Add(new TableCell(title.Value, line.Offset + title.Index));
            at = title.Index + title.Length;
        }
        if (at != content.Length)
        {
            return false;
        }
        header = new TableRow(cells);
        kind = KindOf([.. cells.Select(c => c.Text)]);
        return true;
    }

    public static bool HasGapOrSentence(string content) =>
        content.AsSpan().IndexOfAny(" \t\u3000。") >= 0;

    private static GluedTableKind KindOf(List<string> titles)
    {
        var scored = titles.Contains("分值") && titles.Contains("得分");
        if (scored && titles.Exists(t => t.Contains("执行率", StringComparison.Ordinal)))
        {
            return GluedTableKind.Budget;
        }
        if (scored)
        {
            return GluedTableKind.Indicators;
        }
        return titles.Exists(t => t.Contains("编制", StringComparison.Ordinal) || t.Contains("人数", StringComparison.Ordinal))
            ? GluedTableKind.Staff
            : GluedTableKind.Other;
    }

    [GeneratedRegex("年度资金[（(][万亿]?元[）)]|年度资金|年初预算数|全年预算数|全年执行数|分值|执行率|得分|绩效指标|一级指标|二级指标|三级指标|年度指标值|实际完成值|偏差原因分析及改进措施|偏差原因分析|编制数|实际在职人数|在职人数|实有人数|控制率|权重|序号")]
    private static partial Regex Title();
}
