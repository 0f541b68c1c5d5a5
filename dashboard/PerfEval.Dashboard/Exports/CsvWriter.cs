using System.Globalization;
using System.Text;
using PerfEval.Briefing.Xlsx;

namespace PerfEval.Dashboard.Exports;

/// <summary>
/// A table as CSV: UTF-8 with a BOM (so Excel reads Chinese), RFC 4180 quoting, numbers in invariant form. Text that
/// a spreadsheet would run as a formula (starting with = + - @) is prefixed with an apostrophe.
/// </summary>
public static class CsvWriter
{
    public static byte[] ToBytes(SheetTable table)
    {
        var text = new StringBuilder();
        AppendLine(text, table.Columns.Select(c => (object?)c.Header));
        foreach (var row in table.Rows)
        {
            AppendLine(text, row);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void AppendLine(StringBuilder text, IEnumerable<object?> cells)
    {
        text.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => Quote(Defuse(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")),
    };

    private static string Defuse(string s) => s.Length > 0 && s[0] is '=' or '+' or '-' or '@' ? "'" + s : s;

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
