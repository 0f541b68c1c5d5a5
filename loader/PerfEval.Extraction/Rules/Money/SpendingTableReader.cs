using System.Text.RegularExpressions;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>
/// Reads spending line items from a table whose header names an item column (项目名称, 预算项目) and an amount
/// column (支出（元）, 金额, 执行数). Total rows (合计) become spending_total statements, not lines.
/// </summary>
internal static partial class SpendingTableReader
{
    public sealed record Result(IReadOnlyList<SpendingLine> Lines, IReadOnlyList<TableAmount> Totals, IReadOnlyList<Evidence> MissingUnits);

    public static Result Read(ReportText report, SpendingCategories categories)
    {
        var lines = new List<SpendingLine>();
        var totals = new List<TableAmount>();
        var missing = new List<Evidence>();
        foreach (var table in report.Tables)
        {
            if (table.Rows.SelectMany(r => r.Cells).Any(c => NotASpendingList().IsMatch(c.Text)))
            {
                continue;
            }
            var headerIndex = FindHeader(table, out var nameColumn, out var amountColumn);
            if (headerIndex < 0)
            {
                continue;
            }
            var header = table.Rows[headerIndex];
            var unit = TableUnits.ForColumn(header, amountColumn, TableUnits.ForTable(table));
            foreach (var row in table.Rows.Skip(headerIndex + 1))
            {
                if (!Cells(row, header, nameColumn, amountColumn, out var nameCell, out var amountCell))
                {
                    continue;
                }
                var name = WhiteSpace().Replace(nameCell.Text, string.Empty);
                var parsed = AmountParser.ParseCell(amountCell.Text, unit);
                var evidence = new Evidence(nameCell.Offset, $"{nameCell.Text.Trim()} {amountCell.Text.Trim()}");
                if (parsed is null)
                {
                    missing.Add(evidence);
                }
                if (TotalName().IsMatch(name))
                {
                    if (parsed is not null)
                    {
                        totals.Add(new TableAmount(Quantities.SpendingTotal, parsed.Value, parsed.RawNumber, parsed.RawUnit, evidence));
                    }
                    continue;
                }
                lines.Add(new SpendingLine
                {
                    Name = name,
                    Amount = parsed?.Value,
                    SourceUnit = parsed is null ? null : MoneyUnit.Canonical(parsed.RawUnit),
                    Category = categories.Classify(name),
                    Evidence = evidence,
                });
            }
        }
        return new Result(lines, totals, missing);
    }

    private static int FindHeader(TextTable table, out int nameColumn, out int amountColumn)
    {
        for (var r = 0; r < Math.Min(table.Rows.Count, 4); r++)
        {
            var cells = table.Rows[r].Cells.Select(c => WhiteSpace().Replace(c.Text, string.Empty)).ToList();
            var name = cells.FindIndex(c => c.Length <= 12 && NameHeader().IsMatch(c));
            if (name < 0)
            {
                continue;
            }
            var amountColumns = Enumerable.Range(0, cells.Count)
                .Where(i => i != name && cells[i].Length <= 16 && AmountHeader().IsMatch(cells[i]))
                .ToList();
            if (amountColumns.Count == 0)
            {
                continue;
            }
            // With budget and spending columns side by side, the line's amount is what was spent.
            var spent = amountColumns.Where(i => SpentHeader().IsMatch(cells[i])).ToList();
            nameColumn = name;
            amountColumn = spent.Count > 0 ? spent[0] : amountColumns[0];
            return r;
        }
        nameColumn = amountColumn = -1;
        return -1;
    }

    private static bool Cells(TableRow row, TableRow header, int nameColumn, int amountColumn, out TableCell name, out TableCell amount)
    {
        if (row.Cells.Count == header.Cells.Count)
        {
            // A total row often writes 合计 in the 序号 column and leaves the name cell empty.
            name = row.Cells[nameColumn].Text.Trim().Length > 0 ? row.Cells[nameColumn] : FirstText(row) ?? row.Cells[nameColumn];
            amount = row.Cells[amountColumn];
        }
        else if (row.Cells.Count < header.Cells.Count && amountColumn - (header.Cells.Count - row.Cells.Count) is var shifted and >= 0
            && FirstText(row) is { } label)
        {
            // Leading cells merged (合计 spanning 序号 and 项目): the figures stay aligned with the right-hand columns.
            name = label;
            amount = row.Cells[shifted];
        }
        else
        {
            name = amount = new TableCell(string.Empty, 0);
            return false;
        }
        return name.Text.Trim().Length > 0 && amount.Text.Trim().Length > 0;
    }

    private static TableCell? FirstText(TableRow row) =>
        row.Cells.FirstOrDefault(c => c.Text.Trim().Length > 0 && !AmountParser.TryParseCellNumber(c.Text, out _, out _));

    [GeneratedRegex(@"^(?:项目名称|预算项目|项目|名称|支出项目|资金名称|事项|内容|明细|项目内容|经费名称|资金项目)")]
    private static partial Regex NameHeader();

    [GeneratedRegex(@"支出|金额|资金|预算|执行|决算|实际|拨付|数额|合计|万元|元")]
    private static partial Regex AmountHeader();

    [GeneratedRegex(@"支出|执行|实际|决算|拨付")]
    private static partial Regex SpentHeader();

    [GeneratedRegex(@"^(?:合计|总计|小计|共计|合\s*计)$")]
    private static partial Regex TotalName();

    [GeneratedRegex(@"一级指标|二级指标|三级指标|年初预算数|编制数|在职人数")]
    private static partial Regex NotASpendingList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
