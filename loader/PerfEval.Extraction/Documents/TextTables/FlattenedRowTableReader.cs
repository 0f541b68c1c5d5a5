using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>
/// Reads rows flattened onto one line, as pdftotext -layout writes them or as text pasted from a
/// table: cells separated by runs of spaces (or single spaces when the line has no wider gap).
/// Empty cells leave no trace, so rows may be shorter than the header; readers of the table must
/// anchor on content, not on column positions.
/// </summary>
internal static partial class FlattenedRowTableReader
{
    private const int MaxCellLength = 40;
    private const int MaxRowLength = 400;
    private const int MaxLooseLineLength = 12;

    public static TableDraft? TryRead(IReadOnlyList<TextLine> lines, int start)
    {
        if (!IsRow(lines[start].Content, out _))
        {
            return null;
        }
        var rows = new List<TableRow>();
        var rowLines = 0;
        var withNumbers = 0;
        var i = start;
        var end = start;
        while (i < lines.Count)
        {
            var content = lines[i].Content;
            if (IsRow(content, out var numeric))
            {
                rows.Add(ReadRow(lines[i]));
                rowLines++;
                withNumbers += numeric ? 1 : 0;
                i++;
                end = i;
                continue;
            }
            // A blank line or a lone short label (a merged cell's text) may sit between rows.
            if ((TextLineKinds.IsBlank(content) || IsLooseLabel(content)) && i + 1 < lines.Count)
            {
                var next = i + 1;
                while (next < lines.Count && TextLineKinds.IsBlank(lines[next].Content) && next - i < 2)
                {
                    next++;
                }
                if (next < lines.Count && IsRow(lines[next].Content, out _))
                {
                    if (!TextLineKinds.IsBlank(content))
                    {
                        rows.Add(ReadRow(lines[i]));
                    }
                    i = next;
                    continue;
                }
            }
            break;
        }
        return rowLines >= 2 && withNumbers >= 1 ? new TableDraft(start, end, rows) : null;
    }

    internal static IReadOnlyList<(string Text, int Start)> Split(string content)
    {
        var wide = WideGap().IsMatch(content.Trim());
        var gap = wide ? WideGap() : AnyGap();
        var fields = new List<(string, int)>();
        var from = 0;
        foreach (Match m in gap.Matches(content))
        {
            AddField(fields, content, from, m.Index);
            from = m.Index + m.Length;
        }
        AddField(fields, content, from, content.Length);
        return fields;
    }

    private static void AddField(List<(string, int)> fields, string content, int from, int to)
    {
        var (text, at) = TextLineKinds.Trim(content, from, to);
        if (text.Length == 0)
        {
            return;
        }
        // pdftotext sometimes leaves one space between narrow number columns ("150.00 135.00 10"): split those.
        if (text.Contains(' ', StringComparison.Ordinal) && NumberRun().IsMatch(text))
        {
            var offset = 0;
            foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                offset = text.IndexOf(token, offset, StringComparison.Ordinal);
                fields.Add((token, at + offset));
                offset += token.Length;
            }
            return;
        }
        fields.Add((text, at));
    }

    [GeneratedRegex(@"^[=≥≤<>]?\d[\d,.]*%?(?: +[=≥≤<>]?\d[\d,.]*%?)+$")]
    private static partial Regex NumberRun();

    private static bool IsRow(string content, out bool hasNumber)
    {
        hasNumber = false;
        // Cheap rejections first: most lines of a report are prose without any gap to split at.
        if (content.Length > MaxRowLength || content.AsSpan().Trim().IndexOfAny(' ', '\u3000') < 0
            || content.Contains('。', StringComparison.Ordinal) || content.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }
        var fields = Split(content);
        var wide = WideGap().IsMatch(content.Trim());
        if (fields.Count < (wide ? 2 : 3) || (!wide && ClausePunctuation().IsMatch(content)))
        {
            // Single spaces also appear in prose (pdftotext puts them between Chinese and digits); prose has clause marks.
            return false;
        }
        var keywords = 0;
        foreach (var (text, _) in fields)
        {
            if (text.Length > MaxCellLength)
            {
                return false;
            }
            hasNumber |= NumericCell().IsMatch(text);
            keywords += HeaderWord().IsMatch(text) ? 1 : 0;
        }
        return hasNumber || keywords >= 2;
    }

    private static bool IsLooseLabel(string content)
    {
        var text = content.Trim();
        return text.Length is > 0 and <= MaxLooseLineLength && !text.Contains('。', StringComparison.Ordinal) && Split(content).Count == 1;
    }

    private static TableRow ReadRow(TextLine line) =>
        new([.. Split(line.Content).Select(f => new TableCell(f.Text, line.Offset + f.Start))]);

    [GeneratedRegex("[，、；：,;:]")]
    private static partial Regex ClausePunctuation();

    [GeneratedRegex(@"[ \u3000]{2,}")]
    private static partial Regex WideGap();

    [GeneratedRegex(@"[ \u3000]+")]
    private static partial Regex AnyGap();

    [GeneratedRegex(@"^[=＝≥≤<>＜＞]?[-+]?\d[\d,.%]*\s*(%|％|个|户|人|名|次|万元|元|分|天|件|项|家|所|处|篇|场|期|台|套|平方米|㎡|公里|km)?$")]
    private static partial Regex NumericCell();

    [GeneratedRegex("指标|分值|得分|预算|执行|序号|名称|金额|合计|权重|项目|完成值|单位")]
    private static partial Regex HeaderWord();
}
