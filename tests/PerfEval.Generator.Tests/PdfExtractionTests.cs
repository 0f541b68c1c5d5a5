using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Parsing;
using PerfEval.Generator.Truth;

namespace PerfEval.Generator.Tests;

/// <summary>
/// Generated reports printed to PDF by LibreOffice: their Word tables come out of pdftotext with narrow cells
/// wrapped over several lines. The scoring table must still be read back as the truth states it.
/// </summary>
public sealed class PdfExtractionTests
{
    [Fact]
    public async Task PdfReportsGiveTheScoringRowsBudgetAndScoreOfTheirTruth()
    {
        using var folder = new TempFolder();
        var spec = CorpusSpec.Demo with { Count = 24, Formats = [ReportFormats.Pdf], Threads = 2, Seed = 3 };
        var result = await CorpusGenerator.GenerateAsync(spec, folder.Path, CancellationToken.None);
        var extractor = ReportExtractor.CreateDefault();

        var expectedRows = 0;
        var foundRows = 0;
        var misses = new List<string>();
        foreach (var row in result.Rows)
        {
            var truth = TruthJson.Read(TxtCorpusFixture.TruthPath(folder.Path, row)).Report;
            var report = extractor.Extract(DocumentReader.Read(Path.Combine(folder.Path, row.File)));
            var expected = truth.Indicators.Select(i => (i.Name, i.Weight, i.Points)).ToHashSet();
            var found = report.Indicators.Select(i => (i.Name, i.Weight, i.Points)).ToHashSet();
            expectedRows += expected.Count;
            foundRows += expected.Count(found.Contains);
            var figures = (truth.BudgetInitial, truth.BudgetAdjusted, truth.Executed, truth.ExecutionRate, truth.ScoreReported);
            var extracted = (report.BudgetInitial, report.BudgetAdjusted, report.Executed, report.ExecutionRate, report.ScoreReported);
            if (!expected.SetEquals(found) || figures != extracted)
            {
                misses.Add($"  missing {string.Join(", ", expected.Where(e => !found.Contains(e)))}; extra {string.Join(", ", found.Where(f => !expected.Contains(f)))}");
                misses.Add($"{row.File} ({row.Layout}): rows {expected.Count(found.Contains)}/{expected.Count}, budget/executed/rate/score {extracted} vs {figures}");
            }
        }

        Assert.True(misses.Count == 0, $"{foundRows}/{expectedRows} rows; reports that differ:\n{string.Join("\n", misses)}");
    }
}
