using System.Diagnostics;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Parsing;
using PerfEval.Extraction.Tests.Documents;

namespace PerfEval.Extraction.Tests.Rules.Scoring;

/// <summary>
/// Seed 001 printed to PDF by LibreOffice and read back with pdftotext -layout: the tabs are gone, cells stand
/// one per line with unreliable blank lines, yet the scoring facts must come out the same.
/// </summary>
public sealed class PdfLayoutSeedTests : IClassFixture<PdfLayoutSeedTests.Seed001AsPdfText>
{
    private readonly ExtractedReport report;

    public PdfLayoutSeedTests(Seed001AsPdfText seed) => report = ReportExtractor.CreateDefault().Extract(seed.Text);

    [Fact]
    public void ThePdfTextOfSeed001GivesNineRowsWeighing100AndScoring89()
    {
        Assert.Equal(9, report.Indicators.Count);
        Assert.Equal(100m, report.Indicators.Sum(r => r.Weight));
        Assert.Equal(89m, report.Indicators.Sum(r => r.Points));
        Assert.Equal(97m, report.ScoreReported);
        Assert.Null(report.Grade);
    }

    [Fact]
    public void ThePdfTextOfSeed001KeepsLevelsAndTheExecutionRow()
    {
        var execution = Assert.Single(report.Indicators, r => r.IsExecutionRate);
        Assert.Equal(("年度资金总额", 10m, 10m), (execution.Name, execution.Weight, execution.Points));
        var missed = report.Indicators.Single(r => r.Name == "解决问题到位率");
        Assert.Equal(("产出指标", "质量指标", "=100%", "=97%"), (missed.Level1, missed.Level2, missed.Target, missed.Actual));
        var satisfaction = report.Indicators.Single(r => r.Name == "群众满意度");
        Assert.Equal(("满意度指标", 10m, 8m), (satisfaction.Level1, satisfaction.Weight, satisfaction.Points));
    }

    public sealed class Seed001AsPdfText : IDisposable
    {
        private readonly string folder = Directory.CreateTempSubdirectory("perfeval-scoring-").FullName;

        public Seed001AsPdfText()
        {
            var source = Directory.GetFiles(SeedTextFiles.SeedsFolder, "001_*.txt").Single();
            var txt = Path.Combine(folder, "seed001.txt");
            File.Copy(source, txt);
            Run("soffice", $"-env:UserInstallation=file://{folder}/profile --headless --convert-to pdf --outdir {folder} {txt}");
            Run("pdftotext", $"-layout {Path.Combine(folder, "seed001.pdf")} {Path.Combine(folder, "seed001.layout.txt")}");
            Text = PlainTextLayout.Build("seed001.pdf", "pdf", File.ReadAllText(Path.Combine(folder, "seed001.layout.txt")));
        }

        public ReportText Text { get; }

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
