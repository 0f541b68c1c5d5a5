namespace PerfEval.Briefing.Xlsx;

/// <summary>A table to write as a worksheet: column headers, rows of typed values (string, decimal, int, null).</summary>
public sealed record SheetTable(string Name, IReadOnlyList<SheetColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>A column and its Excel number format ("#,##0.00" for 万元, "0.0" for rates); null for text.</summary>
public sealed record SheetColumn(string Header, string? NumberFormat = null);
