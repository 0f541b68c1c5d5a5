using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Briefing.Xlsx;

/// <summary>
/// Writes tables as an .xlsx workbook: numbers as typed numeric cells with number formats, text as inline
/// strings, the header row bold and frozen. Used for exports and for the data behind the briefing's charts.
/// </summary>
public static class XlsxWriter
{
    public static void Write(Stream output, IReadOnlyList<SheetTable> tables)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var formats = tables.SelectMany(t => t.Columns).Select(c => c.NumberFormat).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = BuildStylesheet(formats);
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        foreach (var table in tables)
        {
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = BuildWorksheet(table, formats);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = sheetId++, Name = SafeSheetName(table.Name) });
        }
        workbookPart.Workbook.Save();
    }

    public static byte[] ToBytes(IReadOnlyList<SheetTable> tables)
    {
        using var stream = new MemoryStream();
        Write(stream, tables);
        return stream.ToArray();
    }

    /// <summary>Column letters: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    private static Worksheet BuildWorksheet(SheetTable table, List<string> formats)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < table.Columns.Count; c++)
        {
            header.Append(TextCell(c, 1, table.Columns[c].Header, styleIndex: 1));
        }
        data.Append(header);
        uint rowIndex = 2;
        foreach (var values in table.Rows)
        {
            var row = new Row { RowIndex = rowIndex };
            for (var c = 0; c < table.Columns.Count && c < values.Count; c++)
            {
                var style = table.Columns[c].NumberFormat is { } f ? (uint)(2 + formats.IndexOf(f)) : 0u;
                if (Cell(c, rowIndex, values[c], style) is { } cell)
                {
                    row.Append(cell);
                }
            }
            data.Append(row);
            rowIndex++;
        }
        var columns = new Columns();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var width = Math.Clamp(table.Columns[c].Header.Length * 2.2 + 4, 10, 40);
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
        }
        var frozenHeader = new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new("A2")]) })
        { WorkbookViewId = 0 });
        return new Worksheet(frozenHeader, columns, data);
    }

    private static Cell? Cell(int column, uint row, object? value, uint style) => value switch
    {
        null => null,
        string s => TextCell(column, row, s, 0),
        decimal d => NumberCell(column, row, d.ToString(CultureInfo.InvariantCulture), style),
        int i => NumberCell(column, row, i.ToString(CultureInfo.InvariantCulture), style),
        long l => NumberCell(column, row, l.ToString(CultureInfo.InvariantCulture), style),
        double x => NumberCell(column, row, x.ToString("R", CultureInfo.InvariantCulture), style),
        _ => TextCell(column, row, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", 0),
    };

    private static Cell NumberCell(int column, uint row, string invariantNumber, uint style) => new()
    {
        CellReference = ColumnName(column) + row,
        DataType = CellValues.Number,
        CellValue = new CellValue(invariantNumber),
        StyleIndex = style,
    };

    private static Cell TextCell(int column, uint row, string text, uint styleIndex) => new(new InlineString(new Text(Sanitize(text)) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = ColumnName(column) + row,
        DataType = CellValues.InlineString,
        StyleIndex = styleIndex,
    };

    /// <summary>XML 1.0 forbids most control characters; report text can contain them.</summary>
    private static string Sanitize(string text) =>
        text.Any(c => c < 0x20 && c is not '\t' and not '\n' and not '\r') ? new string([.. text.Where(c => c >= 0x20 || c is '\t' or '\n' or '\r')]) : text;

    private static string SafeSheetName(string name)
    {
        var safe = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]);
        return (safe.Length > 31 ? safe[..31] : safe) is { Length: > 0 } s ? s : "Sheet1";
    }

    private static Stylesheet BuildStylesheet(List<string> formats)
    {
        var numberingFormats = new NumberingFormats();
        var cellFormats = new CellFormats(
            new CellFormat { FontId = 0, NumberFormatId = 0 },
            new CellFormat { FontId = 1, NumberFormatId = 0, ApplyFont = true });
        for (var i = 0; i < formats.Count; i++)
        {
            var id = (uint)(164 + i);
            numberingFormats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = formats[i] });
            cellFormats.Append(new CellFormat { FontId = 0, NumberFormatId = id, ApplyNumberFormat = true });
        }
        numberingFormats.Count = (uint)formats.Count;
        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        return new Stylesheet(
            numberingFormats,
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }))
            { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            cellFormats);
    }
}
