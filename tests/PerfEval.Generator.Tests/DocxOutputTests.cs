using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Generator.Truth;

namespace PerfEval.Generator.Tests;

public sealed class DocxOutputTests
{
    [Fact]
    public async Task DocxReportsOpenWithOpenXmlAndCarryRealTablesWithMergedCells()
    {
        using var folder = new TempFolder();
        var spec = CorpusSpec.Demo with { Count = 45, Formats = [ReportFormats.Docx], Threads = 2 };
        var result = await CorpusGenerator.GenerateAsync(spec, folder.Path, CancellationToken.None);

        var tabular = 0;
        foreach (var row in result.Rows)
        {
            var truth = TruthJson.Read(TxtCorpusFixture.TruthPath(folder.Path, row)).Report;
            using var document = WordprocessingDocument.Open(Path.Combine(folder.Path, row.File), false);
            var body = document.MainDocumentPart!.Document.Body!;
            Assert.Contains(truth.UnitName!, body.InnerText, StringComparison.Ordinal);
            if (row.Layout != "tab_cells")
            {
                continue;
            }
            tabular++;
            var scoring = body.Elements<Table>().Last();
            Assert.Contains(scoring.Descendants<GridSpan>(), g => g.Val! > 1);
            Assert.Contains(scoring.Descendants<VerticalMerge>(), v => v.Val is null);
            var cells = scoring.Descendants<TableCell>().Select(c => c.InnerText).ToList();
            Assert.Contains(truth.Indicators[^1].Name, cells);
            var total = cells.IndexOf("总分");
            Assert.Equal(truth.ScoreReported, decimal.Parse(cells[total + 2], System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.True(tabular >= 5, $"only {tabular} tab_cells reports among {result.Rows.Count}");
    }
}
