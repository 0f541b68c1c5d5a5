using System.Diagnostics;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Parsing;
using PerfEval.Extraction.Tests.Documents;

namespace PerfEval.Extraction.Tests.Rules.Scoring;

/// <summary>
/// The seeds printed to PDF by LibreOffice and read back with pdftotext -layout: tabs are gone, cells stand one
/// per line with unreliable blank lines, prose wraps mid-word; the scoring facts must come out the same.
/// </summary>
public sealed class PdfLayoutSeedTests(PdfLayoutSeedTests.SeedsAsPdfText seeds) : IClassFixture<PdfLayoutSeedTests.SeedsAsPdfText>
{
    private ExtractedReport Extract(string seed) => ReportExtractor.CreateDefault().Extract(seeds.Load(seed));

    [Fact]
    public void ThePdfTextOfSeed001GivesNineRowsWeighing100AndScoring89WithTotal97()
    {
        var report = Extract("001");

        Assert.Equal(9, report.Indicators.Count);
        Assert.Equal(100m, report.Indicators.Sum(r => r.Weight));
        Assert.Equal(89m, report.Indicators.Sum(r => r.Points));
        Assert.Equal(97m, report.ScoreReported);
        Assert.Null(report.Grade);
    }

    [Fact]
    public void ThePdfTextOfSeed001KeepsLevelsAndTheExecutionRow()
    {
        var report = Extract("001");

        var execution = Assert.Single(report.Indicators, r => r.IsExecutionRate);
        Assert.Equal(("年度资金总额", 10m, 10m), (execution.Name, execution.Weight, execution.Points));
        var missed = report.Indicators.Single(r => r.Name == "解决问题到位率");
        Assert.Equal(("产出指标", "质量指标", "=100%", "=97%"), (missed.Level1, missed.Level2, missed.Target, missed.Actual));
        var satisfaction = report.Indicators.Single(r => r.Name == "群众满意度");
        Assert.Equal(("满意度指标", 10m, 8m), (satisfaction.Level1, satisfaction.Weight, satisfaction.Points));
    }

    [Fact]
    public void ThePdfTextOfSeed002GivesTwelveNarrativeIndicatorsTotal97AndGradeExcellent()
    {
        var report = Extract("002");

        Assert.Equal(12, report.Indicators.Count);
        Assert.Equal(100m, report.Indicators.Sum(r => r.Weight));
        Assert.Equal(97m, report.Indicators.Sum(r => r.Points));
        Assert.Equal(7m, report.Indicators.Single(r => r.IsExecutionRate).Points);
        Assert.Equal(97.00m, report.ScoreReported);
        Assert.Equal("优", report.Grade);
    }

    [Theory]
    [InlineData("000", null, null)]
    [InlineData("003", 100.0, null)]
    [InlineData("004", 100.0, "优")]
    public void ThePdfTextOfTheOtherSeedsStatesTheSameScoreAndGradeAndNoRows(string seed, double? score, string? grade)
    {
        var report = Extract(seed);

        Assert.Equal((decimal?)score, report.ScoreReported);
        Assert.Equal(grade, report.Grade);
        Assert.Empty(report.Indicators);
    }

    public sealed class SeedsAsPdfText : IDisposable
    {
        private readonly string folder = Directory.CreateTempSubdirectory("perfeval-scoring-").FullName;

        public SeedsAsPdfText()
        {
            var sources = Directory.GetFiles(SeedTextFiles.SeedsFolder, "*.txt");
            foreach (var source in sources)
            {
                File.Copy(source, Path.Combine(folder, Path.GetFileName(source)));
            }
            var inputs = string.Join(' ', sources.Select(s => Path.Combine(folder, Path.GetFileName(s))));
            Run("soffice", $"-env:UserInstallation=file://{folder}/profile --headless --convert-to pdf --outdir {folder} {inputs}");
        }

        public ReportText Load(string prefix)
        {
            var pdf = Directory.GetFiles(folder, prefix + "_*.pdf").Single();
            var layout = Path.ChangeExtension(pdf, ".layout.txt");
            if (!File.Exists(layout))
            {
                Run("pdftotext", $"-layout {pdf} {layout}");
            }
            return PlainTextLayout.Build(Path.GetFileName(pdf), "pdf", File.ReadAllText(layout));
        }

        public void Dispose() => Directory.Delete(folder, recursive: true);

        private static void Run(string tool, string arguments)
        {
            using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
                ?? throw new InvalidOperationException(tool + " did not start");
            process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error}");
            }
        }
    }
}
