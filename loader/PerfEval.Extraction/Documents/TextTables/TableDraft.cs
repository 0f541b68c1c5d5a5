namespace PerfEval.Extraction.Documents.TextTables;

/// <summary>A table recognised in lines <see cref="FirstLine"/> up to (not including) <see cref="NextLine"/>.</summary>
internal sealed record TableDraft(int FirstLine, int NextLine, IReadOnlyList<TableRow> Rows);
