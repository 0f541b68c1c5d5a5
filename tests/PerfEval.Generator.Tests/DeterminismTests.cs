namespace PerfEval.Generator.Tests;

public sealed class DeterminismTests
{
    private static readonly CorpusSpec Small = CorpusSpec.Demo with { Count = 150, Formats = [ReportFormats.Txt] };

    [Fact]
    public async Task TheSameSeedWritesByteIdenticalTxtAndTruthFilesWhateverTheThreadCount()
    {
        using var one = new TempFolder();
        using var two = new TempFolder();
        await CorpusGenerator.GenerateAsync(Small with { Threads = 1 }, one.Path, CancellationToken.None);
        await CorpusGenerator.GenerateAsync(Small with { Threads = 4 }, two.Path, CancellationToken.None);

        AssertSameFiles(one.Path, two.Path, expectedFiles: (150 * 2) + 1);
    }

    [Fact]
    public async Task TheSameSeedWritesByteIdenticalDocxFiles()
    {
        using var one = new TempFolder();
        using var two = new TempFolder();
        var spec = Small with { Count = 30, Formats = [ReportFormats.Docx] };
        await CorpusGenerator.GenerateAsync(spec with { Threads = 2 }, one.Path, CancellationToken.None);
        await Task.Delay(1100); // a zip timestamp taken from the clock would now differ
        await CorpusGenerator.GenerateAsync(spec with { Threads = 1 }, two.Path, CancellationToken.None);

        AssertSameFiles(one.Path, two.Path, expectedFiles: (30 * 2) + 1);
        Assert.Equal(30, Directory.GetFiles(one.Path, "*.docx").Length);
    }

    [Fact]
    public async Task ADifferentSeedWritesDifferentReports()
    {
        using var one = new TempFolder();
        using var two = new TempFolder();
        await CorpusGenerator.GenerateAsync(Small with { Count = 12 }, one.Path, CancellationToken.None);
        await CorpusGenerator.GenerateAsync(Small with { Count = 12, Seed = Small.Seed + 1 }, two.Path, CancellationToken.None);

        // File names start with the report's index; the rest may differ with the seed too.
        var first = Directory.GetFiles(one.Path, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var second = Directory.GetFiles(two.Path, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        Assert.Equal(12, first.Count);
        Assert.Equal(12, second.Count);
        Assert.Equal(12, first.Zip(second).Count(p => p.First != p.Second));
    }

    private static void AssertSameFiles(string expectedFolder, string actualFolder, int expectedFiles)
    {
        var expected = Directory.GetFiles(expectedFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var actual = Directory.GetFiles(actualFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedFiles, expected.Count);
        Assert.Equal(expected, actual);
        foreach (var name in expected)
        {
            var same = File.ReadAllBytes(Path.Combine(expectedFolder, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actualFolder, name!)));
            Assert.True(same, name + " differs between the two runs");
        }
    }
}
