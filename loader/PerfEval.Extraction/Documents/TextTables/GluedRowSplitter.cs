using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>
/// Cuts one glued table line into cells, knowing which header it sits under. Text and figures part where the
/// characters change kind; a run of figures is cut only where the figures check out — budget runs against the stated
/// rate and weight (<see cref="GluedCellSplitter"/>), weight and points by their bounds, staff counts against the
/// stated ratio, a total only when its weight is the full 100. Anything else stays as written, with a note.
/// </summary>
internal static partial class GluedRowSplitter
{
    private const string FullWeight = "100";

    /// <summary>The row's cells; <paramref name="weightAt"/> is the index of a weight cut from a weight-and-points run (points follow it), else -1.</summary>
    public static TableRow Split(TextLine line, GluedTableKind kind, List<string> notes, out int weightAt)
    {
        weightAt = -1;
        var segments = Segments(line.Content, line.Offset);
        var cells = kind switch
        {
            GluedTableKind.Indicators => IndicatorCells(line, segments, notes, out weightAt),
            GluedTableKind.Staff => StaffCells(segments),
            _ => null,
        };
        return new TableRow(cells ?? BudgetCells(segments, notes));
    }

    /// <summary>True when the line reads as an indicator row with its weight and points (a remark after them may be prose).</summary>
    public static bool IsScoredIndicatorRow(TextLine line) => IndicatorCells(line, Segments(line.Content, line.Offset), [], out _) is not null;

    private static List<TableCell> BudgetCells(List<TableCell> segments, List<string> notes)
    {
        var cells = new List<TableCell>();
        foreach (var segment in segments)
        {
            if (IsFigure(segment.Text) && GluedCellSplitter.LooksGlued(segment.Text))
            {
                var tokens = GluedCellSplitter.Split(segment.Text);
                if (tokens is null)
                {
                    notes.Add($"Glued figures '{segment.Text}' at offset {segment.Offset} could not be split unambiguously; left as written.");
                    cells.Add(segment);
                    continue;
                }
                notes.Add($"Glued figures '{segment.Text}' at offset {segment.Offset} split as {string.Join(" | ", tokens)} (checked against rate and weight).");
                cells.AddRange(Cut(segment, tokens));
                continue;
            }
            cells.Add(segment);
        }
        return cells;
    }

    private static List<TableCell>? StaffCells(List<TableCell> segments)
    {
        if (segments.Count != 1 || !segments[0].Text.EndsWith('%'))
        {
            return null;
        }
        var run = segments[0].Text;
        string[]? found = null;
        for (var a = 1; a < run.Length - 2; a++)
        {
            for (var b = a + 1; b < run.Length - 1; b++)
            {
                string[] tokens = [run[..a], run[a..b], run[b..]];
                if (!IsRatio(tokens))
                {
                    continue;
                }
                if (found is not null)
                {
                    return null;
                }
                found = tokens;
            }
        }
        return found is null ? null : Cut(segments[0], found);
    }

    // Serving ÷ posts = the stated control rate, to the rate's last written digit.
    private static bool IsRatio(string[] tokens)
    {
        if (tokens[0][0] == '0' || tokens[1][0] == '0' || !int.TryParse(tokens[0], out var posts) || !int.TryParse(tokens[1], out var serving)
            || !decimal.TryParse(tokens[2][..^1], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var rate)
            || (tokens[2].Length > 2 && tokens[2][0] == '0' && tokens[2][1] != '.'))
        {
            return false;
        }
        // Trailing zeros are padding (98.6% written 98.60%): the tolerance follows the significant decimals.
        var written = tokens[2][..^1];
        var dot = written.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : written.TrimEnd('0').Length - dot - 1;
        return Math.Abs((decimal)serving / posts * 100m - rate) <= 0.5m / (decimal)Math.Pow(10, decimals) + 0.0000001m;
    }

    private static List<TableCell>? IndicatorCells(TextLine line, List<TableCell> runs, List<string> notes, out int weightAt)
    {
        weightAt = -1;
        // Under an indicator header a '%' closes a figure: ≥97%97.9%55 is a target, an actual, then weight and points.
        var segments = runs.SelectMany(SplitAfterPercent).ToList();
        var last = segments.FindLastIndex(s => IsFigure(s.Text));
        if (last < 0)
        {
            return null;
        }
        var run = segments[last];
        var remark = segments.Skip(last + 1).ToList();
        if (remark.Exists(s => IsFigure(s.Text)) || run.Text.EndsWith('%') || !char.IsAsciiDigit(run.Text[0]))
        {
            return null;
        }
        var head = line.Content[..(run.Offset - line.Offset)];
        var isTotal = segments[0].Text is "总分" or "合计" or "总计" && last == 1;
        var pair = WeightAndPoints.Split(run.Text);
        if (pair is null || (isTotal && pair.Value.Weight != FullWeight))
        {
            if (!isTotal)
            {
                notes.Add($"Glued weight and points '{run.Text}' at offset {run.Offset} could not be split unambiguously; left as written.");
            }
            return null;
        }
        var cells = isTotal ? [segments[0]] : HeadCells(head, line.Offset);
        weightAt = isTotal ? -1 : cells.Count;
        cells.AddRange(Cut(run, [pair.Value.Weight, pair.Value.Points]));
        cells.AddRange(remark.Count == 0 ? [] : [new TableCell(string.Concat(remark.Select(r => r.Text)), remark[0].Offset)]);
        return cells;
    }

    /// <summary>Level names, indicator name, target and achieved value from the text before the weight.</summary>
    private static List<TableCell> HeadCells(string head, int offset)
    {
        var cells = new List<TableCell>();
        var at = 0;
        foreach (var level in new[] { Level1(), Level2() })
        {
            var m = level.Match(head, at);
            if (m.Success && m.Length < head.Length - at)
            {
                cells.Add(new TableCell(m.Value, offset + at));
                at += m.Length;
            }
        }
        var rest = head[at..];
        var firstFigure = rest.AsSpan().IndexOfAny(FigureStarts);
        if (firstFigure < 0)
        {
            var (name, target, actual) = QualitativeValues.Split(rest) ?? (rest, "", "");
            cells.Add(new TableCell(name, offset + at));
            cells.Add(new TableCell(target, offset + at + name.Length));
            cells.Add(new TableCell(actual, offset + at + name.Length + target.Length));
            return cells;
        }
        cells.Add(new TableCell(rest[..firstFigure], offset + at));
        var values = Value().Matches(rest, firstFigure);
        var twoValues = values.Count == 2 && values[0].Index == firstFigure && values[1].Index == values[0].Index + values[0].Length
            && values[1].Index + values[1].Length == rest.Length;
        cells.Add(twoValues ? new TableCell(values[0].Value, offset + at + values[0].Index) : new TableCell("", offset + at + firstFigure));
        cells.Add(twoValues ? new TableCell(values[1].Value, offset + at + values[1].Index) : new TableCell("", offset + at + firstFigure));
        return cells;
    }

    private static IEnumerable<TableCell> SplitAfterPercent(TableCell run)
    {
        var text = run.Text;
        var from = 0;
        for (var percent = text.IndexOf('%', StringComparison.Ordinal); percent >= 0 && percent < text.Length - 1; percent = text.IndexOf('%', from))
        {
            yield return new TableCell(text[from..(percent + 1)], run.Offset + from);
            from = percent + 1;
        }
        yield return from == 0 ? run : new TableCell(text[from..], run.Offset + from);
    }

    private static List<TableCell> Cut(TableCell run, IEnumerable<string> tokens)
    {
        var cells = new List<TableCell>();
        var at = 0;
        foreach (var token in tokens)
        {
            cells.Add(new TableCell(token, run.Offset + at));
            at += token.Length;
        }
        return cells;
    }

    /// <summary>Alternating text and figure runs (digits, '.', ',', '%', a leading comparison sign).</summary>
    private static List<TableCell> Segments(string content, int offset)
    {
        var segments = new List<TableCell>();
        var start = 0;
        while (start < content.Length)
        {
            var end = start;
            if (IsFigureStart(content, start))
            {
                end++;
                while (end < content.Length && (char.IsAsciiDigit(content[end]) || content[end] is '.' or ',' or '%'))
                {
                    end++;
                }
            }
            else
            {
                while (end < content.Length && !IsFigureStart(content, end))
                {
                    end++;
                }
            }
            segments.Add(new TableCell(content[start..end], offset + start));
            start = end;
        }
        return segments;
    }

    private static bool IsFigureStart(string content, int at) =>
        char.IsAsciiDigit(content[at]) || (at + 1 < content.Length && "≥≤=<>＝＜＞".Contains(content[at], StringComparison.Ordinal) && char.IsAsciiDigit(content[at + 1]));

    private static bool IsFigure(string text) => text.Length > 0 && IsFigureStart(text, 0);

    private static readonly System.Buffers.SearchValues<char> FigureStarts = System.Buffers.SearchValues.Create("0123456789≥≤=<>＝＜＞");

    [GeneratedRegex(@"\G(?:项目)?(?:产出|效益|满意度|成本|决策|过程)指标(?:[（(]\d+(?:\.\d+)?分[）)])?")]
    private static partial Regex Level1();

    [GeneratedRegex(@"\G(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度|经济成本|社会成本|生态环境成本)指标")]
    private static partial Regex Level2();

    // A figure with its comparison sign and its unit or measure word.
    [GeneratedRegex(@"\G[≥≤=<>＝＜＞]?\d[\d.,]*(?:%|[^\d≥≤=<>＝＜＞%]{0,4})")]
    private static partial Regex Value();
}
