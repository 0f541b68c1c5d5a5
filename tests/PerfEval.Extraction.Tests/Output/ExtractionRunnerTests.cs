using System.Text.Json.Nodes;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Output;
using PerfEval.Extraction.Parsing;
using PerfEval.Extraction.Tests.Rules.Identity;

namespace PerfEval.Extraction.Tests.Output;

public sealed class ExtractionRunnerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("perfeval-extract-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();
    private readonly ExtractionRunner runner = new(ExtractionRunner.ReadPlainText, ReportExtractor.CreateDefault());

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void AFileWithJsonPrintsItsRecordAndExitsZero()
    {
        var code = runner.Run([RepoFiles.Seed("002"), "--json"], output, error);

        Assert.Equal(ExtractionRunner.Read, code);
        var json = JsonNode.Parse(output.ToString())!;
        Assert.Equal("500120002", (string?)json["region"]!["code"]);
        Assert.Equal("重庆市", (string?)json["region"]!["city"]);
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void AFileWithoutJsonPrintsAReadableSummary()
    {
        var code = runner.Run([RepoFiles.Seed("004")], output, error);

        Assert.Equal(ExtractionRunner.Read, code);
        Assert.Contains("unit: 青年路街道办事处", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("130207001", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderPrintsOneJsonObjectPerReadableFile()
    {
        File.Copy(RepoFiles.Seed("000"), Path.Combine(folder, "a.txt"));
        File.Copy(RepoFiles.Seed("003"), Path.Combine(folder, "b.txt"));

        var code = runner.Run([folder], output, error);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ExtractionRunner.Read, code);
        Assert.Equal(["430407002", "530114001"], lines.Select(l => (string?)JsonNode.Parse(l)!["region"]!["code"]));
    }

    [Fact]
    public void AFolderSkipsFilesThatAreNotReports()
    {
        File.Copy(RepoFiles.Seed("002"), Path.Combine(folder, "a.txt"));
        File.WriteAllText(Path.Combine(folder, "expected.md"), "# notes");

        var code = runner.Run([folder], output, error);

        Assert.Equal(ExtractionRunner.Read, code);
        Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void AMissingFileExitsTwoWithTheReasonOnStandardError()
    {
        var missing = Path.Combine(folder, "missing.txt");

        var code = runner.Run([missing, "--json"], output, error);

        Assert.Equal(ExtractionRunner.Unreadable, code);
        Assert.Contains("no such file", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void AFileTheReaderRejectsExitsTwoAndTheFolderGoesOnWithTheRest()
    {
        File.WriteAllText(Path.Combine(folder, "a.docx"), "not really a docx");
        File.Copy(RepoFiles.Seed("001"), Path.Combine(folder, "b.txt"));

        var code = runner.Run([folder], output, error);

        Assert.Equal(ExtractionRunner.Unreadable, code);
        Assert.Contains("a.docx: no reader for .docx", error.ToString(), StringComparison.Ordinal);
        Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void TheReaderIsWhateverTheCallerGives()
    {
        var custom = new ExtractionRunner(
            path => PlainTextLayout.Build(path, "docx", "重庆市璧山区人民政府璧泉街道办事处\n2023年度整体支出绩效自评报告"),
            ReportExtractor.CreateDefault());
        File.WriteAllText(Path.Combine(folder, "x.docx"), "");

        var code = custom.Run([Path.Combine(folder, "x.docx"), "--json"], output, error);

        Assert.Equal(ExtractionRunner.Read, code);
        Assert.Equal("overall", (string?)JsonNode.Parse(output.ToString())!["kind"]);
    }

    [Fact]
    public void NoPathPrintsUsageAndExitsTwo()
    {
        Assert.Equal(ExtractionRunner.Unreadable, runner.Run(["--json"], output, error));
        Assert.StartsWith("usage:", error.ToString(), StringComparison.Ordinal);
    }
}
