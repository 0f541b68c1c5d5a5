using System.Text.RegularExpressions;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>
/// Reads the budget block of a 自评表: a header row naming 年初预算数 / 全年预算数 / 全年执行数 / 执行率 over a
/// 年度资金总额 row (and funding rows such as 其中：当年财政拨款), plus "label：number" cells (一般公共预算：2673.41).
/// </summary>
internal static partial class BudgetTableReader
{
    private const string Rate = "rate";

    public sealed record Result(IReadOnlyList<TableAmount> Amounts, IReadOnlyList<(decimal Value, Evidence Evidence)> Rates, IReadOnlyList<Evidence> MissingUnits);

    public static Result Read(ReportText report)
    {
        var amounts = new List<TableAmount>();
        var rates = new List<(decimal, Evidence)>();
        var missing = new List<Evidence>();
        foreach (var table in report.Tables)
        {
            var tableUnit = TableUnits.ForTable(table);
            ReadHeaderBlocks(table, tableUnit, amounts, rates, missing);
            ReadLabelledCells(table, tableUnit, amounts, missing);
        }
        return new Result(amounts, rates, missing);
    }

    private static void ReadHeaderBlocks(TextTable table, string? tableUnit, List<TableAmount> amounts, List<(decimal, Evidence)> rates, List<Evidence> missing)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var header = table.Rows[r];
            var kinds = header.Cells.Select(c => HeaderKind(c.Text)).ToList();
            if (kinds.Count(k => k is Quantities.BudgetInitial or Quantities.BudgetAdjusted or Quantities.Executed) < 2)
            {
                continue;
            }
            for (var d = r + 1; d < Math.Min(table.Rows.Count, r + 6); d++)
            {
                var row = table.Rows[d];
                if (row.Cells.Count(c => HeaderKind(c.Text) is not null) >= 2)
                {
                    break;
                }
                var mapped = MapColumns(header, kinds, row);
                if (mapped.Count == 0)
                {
                    continue;
                }
                var label = Label(row);
                var role = RowRole(label);
                if (role is null)
                {
                    continue;
                }
                foreach (var (column, kind, cell) in mapped)
                {
                    if (kind == Rate)
                    {
                        if (role == Quantities.Executed && PercentParser.Parse(cell.Text) is { } rate)
                        {
                            rates.Add((rate.Value, new Evidence(cell.Offset, cell.Text)));
                        }
                        continue;
                    }
                    var quantity = role == Quantities.Executed ? kind : role;
                    if (role != Quantities.Executed && kind != PreferredFundingColumn(kinds))
                    {
                        continue;
                    }
                    var unit = TableUnits.ForColumn(header, column, tableUnit);
                    AddAmount(quantity, cell, unit, $"{label} {header.Cells[column].Text.Trim()}", amounts, missing);
                }
            }
        }
    }

    // A funding row (其中：当年财政拨款) is read from the full-year budget column: the money the source provided.
    private static string? PreferredFundingColumn(IReadOnlyList<string?> kinds) =>
        kinds.Contains(Quantities.BudgetAdjusted) ? Quantities.BudgetAdjusted
        : kinds.Contains(Quantities.BudgetInitial) ? Quantities.BudgetInitial
        : Quantities.Executed;

    private static void ReadLabelledCells(TextTable table, string? tableUnit, List<TableAmount> amounts, List<Evidence> missing)
    {
        foreach (var cell in table.Rows.SelectMany(r => r.Cells))
        {
            if (cell.Text.AsSpan().IndexOfAny(':', '：') < 0)
            {
                continue;
            }
            var m = LabelledNumber().Match(NumberText.ToHalfWidth(cell.Text));
            if (!m.Success)
            {
                continue;
            }
            var label = m.Groups["label"].Value;
            var quantity = QuantityLabels.Classify(label);
            if (quantity is null or Quantities.SpendingTotal)
            {
                continue;
            }
            AddAmount(quantity, cell, tableUnit, label, amounts, missing);
        }
    }

    private static void AddAmount(string quantity, TableCell cell, string? unit, string label, List<TableAmount> amounts, List<Evidence> missing)
    {
        var text = NumberText.ToHalfWidth(cell.Text);
        var colon = text.LastIndexOfAny([':', '：']);
        var numberText = colon >= 0 ? text[(colon + 1)..] : text;
        if (!AmountParser.TryParseCellNumber(numberText, out var number, out var own))
        {
            return;
        }
        var written = own ?? unit;
        var quote = label.Length > 0 && colon < 0 ? $"{label.Trim()} {cell.Text.Trim()}" : cell.Text.Trim();
        if (written is null)
        {
            missing.Add(new Evidence(cell.Offset, quote));
            return;
        }
        if (MoneyUnit.TryToWan(number, written, out var wan))
        {
            amounts.Add(new TableAmount(quantity, wan, number, written, new Evidence(cell.Offset, quote)));
        }
    }

    private static List<(int Column, string Kind, TableCell Cell)> MapColumns(TableRow header, List<string?> kinds, TableRow row)
    {
        var mapped = new List<(int, string, TableCell)>();
        if (row.Cells.Count == header.Cells.Count)
        {
            for (var i = 0; i < row.Cells.Count; i++)
            {
                if (kinds[i] is { } kind && IsFigure(row.Cells[i].Text))
                {
                    mapped.Add((i, kind, row.Cells[i]));
                }
            }
            return mapped;
        }
        // Cells lost or merged: align the figures in order with the headers from the first budget column on.
        var first = kinds.FindIndex(k => k is not null);
        var headers = Enumerable.Range(first, header.Cells.Count - first).ToList();
        var figures = row.Cells.Where(c => IsFigure(c.Text)).ToList();
        if (figures.Count != headers.Count)
        {
            return mapped;
        }
        for (var i = 0; i < figures.Count; i++)
        {
            if (kinds[headers[i]] is { } kind)
            {
                mapped.Add((headers[i], kind, figures[i]));
            }
        }
        return mapped;
    }

    private static bool IsFigure(string text) =>
        AmountParser.TryParseCellNumber(text, out _, out _) || PercentParser.Parse(text) is not null || text.Trim() is "-" or "—" or "——" or "/";

    private static string Label(TableRow row) =>
        row.Cells.Select(c => c.Text.Trim()).FirstOrDefault(t => t.Length > 0 && !IsFigure(t)) ?? string.Empty;

    // Executed stands for "the total row": its columns name the quantities. A funding row names one source.
    private static string? RowRole(string label)
    {
        var compact = WhiteSpace().Replace(label, string.Empty);
        if (compact.Length == 0 || TotalRow().IsMatch(compact))
        {
            return Quantities.Executed;
        }
        return QuantityLabels.Classify(compact) is { } q && q.StartsWith("funding_", StringComparison.Ordinal) ? q : null;
    }

    private static string? HeaderKind(string text)
    {
        if (text.Length > 40 || !(text.Contains('预', StringComparison.Ordinal) || text.Contains('执', StringComparison.Ordinal)
            || text.Contains('支', StringComparison.Ordinal) || text.Contains('决', StringComparison.Ordinal)))
        {
            return null;
        }
        var compact = WhiteSpace().Replace(text, string.Empty);
        if (compact.Length == 0 || compact.Length > 14 || Year().IsMatch(compact) || compact.Any(char.IsAsciiDigit))
        {
            return null;
        }
        if (compact.Contains("执行率", StringComparison.Ordinal))
        {
            return Rate;
        }
        return QuantityLabels.Classify(compact) is { } q && q is Quantities.BudgetInitial or Quantities.BudgetAdjusted or Quantities.Executed ? q : null;
    }

    [GeneratedRegex(@"^(?<label>.*\S)\s*[:：]\s*[¥￥]?\s*-?[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:亿元|万元|千元|元|亿|万)?\s*$")]
    private static partial Regex LabelledNumber();

    // Some templates label the total row by what it scores: 预算执行率.
    [GeneratedRegex(@"资金总额|总额|合计|总计|年度预算|资金合计|预算资金|项目资金$|^预算执行率$")]
    private static partial Regex TotalRow();

    [GeneratedRegex(@"[0-9]{4}年")]
    private static partial Regex Year();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
