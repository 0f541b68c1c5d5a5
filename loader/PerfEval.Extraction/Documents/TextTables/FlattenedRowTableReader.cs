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
    private const int MaxFragmentLength = 60;
    private const int MaxSentenceEndFragmentLength = 16;
    private const int MaxGapLines = 4;
    private const int MinRemarkLength = 6;

    /// <summary>A printed table's long cell (偏差原因分析) wraps over many lines below its row.</summary>
    private const int MaxGapLinesLaidOut = 12;

    private const int MinColumnRowsOfPrintedTable = 2;

    /// <param name="laidOut">Text laid out by pdftotext, where a line's pieces stand at the columns they were printed in.</param>
    public static TableDraft? TryRead(IReadOnlyList<TextLine> lines, int start, bool laidOut = false)
    {
        if (!IsRow(lines[start].Content, out _))
        {
            return null;
        }
        // Lines read as rows, by index: a printed table is read again by WrappedRowMerger instead.
        var rowIndexes = new List<int>();
        var rowLines = 0;
        var withNumbers = 0;
        // Rows whose cells stand apart by wide gaps: a table printed in columns, not prose split at single spaces.
        var columnRows = 0;
        var i = start;
        var end = start;
        while (i < lines.Count)
        {
            var content = lines[i].Content;
            if (IsRow(content, out var numeric))
            {
                rowIndexes.Add(i);
                rowLines++;
                withNumbers += numeric ? 1 : 0;
                columnRows += WideGap().IsMatch(content.Trim()) ? 1 : 0;
                i++;
                end = i;
                continue;
            }
            // Blank lines and wrapped fragments of cells (pdftotext spreads a tall cell over lines above and
            // below its row) may sit between rows.
            var printed = IsPrintedTable(laidOut, columnRows);
            var gapEnd = i;
            while (gapEnd < lines.Count && gapEnd - i < (printed ? MaxGapLinesLaidOut : MaxGapLines) && !IsRow(lines[gapEnd].Content, out _)
                && (TextLineKinds.IsBlank(lines[gapEnd].Content) || IsFragment(lines[gapEnd].Content, printed)))
            {
                gapEnd++;
            }
            if (gapEnd > i && gapEnd < lines.Count && IsRow(lines[gapEnd].Content, out _))
            {
                for (var k = i; k < gapEnd; k++)
                {
                    if (!TextLineKinds.IsBlank(lines[k].Content))
                    {
                        rowIndexes.Add(k);
                    }
                }
                i = gapEnd;
                continue;
            }
            break;
        }
        if (rowLines < 2 || withNumbers < 1)
        {
            return null;
        }
        return new TableDraft(start, end, IsPrintedTable(laidOut, columnRows)
            ? WrappedRowMerger.Merge([.. lines.Skip(start).Take(end - start + MaxGapLinesLaidOut)], end - start)
            : [.. rowIndexes.Select(k => ReadRow(lines[k]))]);
    }

    private static bool IsPrintedTable(bool laidOut, int columnRows) => laidOut && columnRows >= MinColumnRowsOfPrintedTable;

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
        if (IsPlainRow(content, out hasNumber))
        {
            return true;
        }
        if (content.Length > MaxRowLength || content.AsSpan().IndexOfAny(SentenceMarks) < 0)
        {
            return false;
        }
        // A deviation remark (偏差原因分析) after a row's weight and points may be a sentence; a figure
        // and its unit before a full stop are prose.
        var remark = RemarkStart(content);
        if (remark < 0 || content.Length - remark < MinRemarkLength || !IsPlainRow(content[..remark], out hasNumber))
        {
            return false;
        }
        var cells = Split(content[..remark]);
        return cells.Count >= 3 && NumericCell().IsMatch(cells[^1].Text) && NumericCell().IsMatch(cells[^2].Text);
    }

    private static bool IsPlainRow(string content, out bool hasNumber)
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

    /// <summary>Where a remark ending the row starts: the last space-free stretch, opening with a character other than a digit, holding all the sentence marks; -1 when there is none.</summary>
    private static int RemarkStart(string content)
    {
        var trimmed = content.TrimEnd();
        var firstMark = trimmed.AsSpan().IndexOfAny(SentenceMarks);
        if (firstMark < 0)
        {
            return -1;
        }
        var gap = trimmed.LastIndexOfAny(Gaps, firstMark);
        if (gap < 0 || trimmed.IndexOfAny(Gaps, firstMark) >= 0)
        {
            return -1;
        }
        var start = gap + 1;
        return start < trimmed.Length && !char.IsAsciiDigit(trimmed[start]) ? start : -1;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("。，、；：,;:");
    private static readonly char[] Gaps = [' ', '\u3000'];

    private static bool IsFragment(string content, bool printed)
    {
        var text = content.AsSpan().Trim();
        // The last line of a wrapped note in a printed table ends its sentence ("目标值。"); prose lines are long.
        var sentenceEnd = text.Contains('。') && !(printed && text.Length <= MaxSentenceEndFragmentLength);
        // Laid out, a line of fragments spreads across the printed columns; its pieces are still checked one by one below.
        if (text.Length == 0 || text.Length > (printed ? MaxRowLength : MaxFragmentLength) || sentenceEnd || text.Contains('\t'))
        {
            return false;
        }
        foreach (var (field, _) in Split(content))
        {
            if (field.Length > MaxCellLength)
            {
                return false;
            }
        }
        return true;
    }

    private static TableRow ReadRow(TextLine line) =>
        new([.. Split(line.Content).Select(f => new TableCell(f.Text, line.Offset + f.Start))]);

    // A comma between digit groups (2,145.20) is a thousands separator, not a clause mark.
    [GeneratedRegex(@"[，、；：;:]|,(?!\d{3}(?:\D|$))")]
    private static partial Regex ClausePunctuation();

    [GeneratedRegex(@"[ \u3000]{2,}")]
    private static partial Regex WideGap();

    [GeneratedRegex(@"[ \u3000]+")]
    private static partial Regex AnyGap();

    [GeneratedRegex(@"^[=＝≥≤<>＜＞]?[-+]?\d[\d,.%]*\s*(%|％|个|户|人|名|次|万元|元|分|天|件|项|家|所|处|篇|场|期|台|套|平方米|㎡|公里|km)?$")]
    private static partial Regex NumericCell();

    [GeneratedRegex("指标|分值|得分|预算|执行|序号|名称|金额|合计|权重|项目|完成值|单位|编制|人数")]
    private static partial Regex HeaderWord();
}
