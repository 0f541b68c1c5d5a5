using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Briefing.Docx;

/// <summary>Paragraphs and tables in the briefing's styles.</summary>
internal static class WordBody
{
    public static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), TextRun(text));

    public static Run TextRun(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }
        run.Append(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A bordered table with a bold, repeated header row; numbers right-aligned.</summary>
    public static Table Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<bool>? numeric = null)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            border,
            new TableLayout { Type = TableLayoutValues.Autofit },
            new TableLook { Val = "04A0", FirstRow = true }));
        table.Append(new TableGrid([.. headers.Select(_ => new GridColumn())]));
        table.Append(Row(headers, header: true, numeric: null));
        foreach (var row in rows)
        {
            table.Append(Row(row, header: false, numeric));
        }
        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header, IReadOnlyList<bool>? numeric)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }
        for (var i = 0; i < cells.Count; i++)
        {
            var right = !header && numeric is not null && i < numeric.Count && numeric[i];
            var properties = new ParagraphProperties(new ParagraphStyleId { Val = OfficialStyles.TableText });
            properties.Append(new Justification { Val = header ? JustificationValues.Center : right ? JustificationValues.Right : JustificationValues.Left });
            var cellProperties = new TableCellProperties();
            if (header)
            {
                cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "E7E6E6", Color = "auto" });
            }
            cellProperties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            row.Append(new TableCell(cellProperties, new Paragraph(properties, TextRun(cells[i], bold: header))));
        }
        return row;
    }

    /// <summary>Drops characters XML 1.0 cannot carry (report text may hold them).</summary>
    private static string Clean(string text) =>
        text.Any(c => c < 0x20 && c is not '\t') ? new string([.. text.Where(c => c >= 0x20 || c == '\t')]) : text;
}
