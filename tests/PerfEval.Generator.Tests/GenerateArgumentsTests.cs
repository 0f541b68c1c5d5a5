namespace PerfEval.Generator.Tests;

public sealed class GenerateArgumentsTests
{
    [Fact]
    public void OptionsShapeTheCorpusSpec()
    {
        var parsed = GenerateArguments.Parse(
            ["out", "--count", "2000", "--city", "重庆市", "--years", "2020-2023", "--kinds", "overall,project", "--formats", "txt,pdf", "--encodings", "gb18030,utf-16", "--anomaly-rate", "0.1", "--seed", "7", "--threads", "3"]);

        Assert.Equal("out", parsed.OutFolder);
        Assert.Equal(2000, parsed.Spec.Count);
        Assert.Equal("重庆市", parsed.Spec.City);
        Assert.Equal([2020, 2021, 2022, 2023], parsed.Spec.Years);
        Assert.Equal(["overall", "project"], parsed.Spec.Kinds);
        Assert.Equal(["txt", "pdf"], parsed.Spec.Formats);
        Assert.Equal(["gb18030", "utf-16"], parsed.Spec.TxtEncodings);
        Assert.Equal(0.1, parsed.Spec.AnomalyRate);
        Assert.Equal(7, parsed.Spec.Seed);
        Assert.Equal(3, parsed.Spec.Threads);
    }

    [Fact]
    public void DemoStartsFromTheDemoSpecAndKeepsOverrides()
    {
        var parsed = GenerateArguments.Parse(["--demo", "demo-out", "--count", "30"]);

        Assert.Equal(30, parsed.Spec.Count);
        Assert.Equal(["荷塘区", "芦淞区", "石峰区", "天元区"], parsed.Spec.Districts);
        Assert.Equal(["txt", "docx"], parsed.Spec.Formats);
    }

    [Theory]
    [InlineData("--count", "many", "not a whole number")]
    [InlineData("--formats", "txt,rtf", "unknown format 'rtf'")]
    [InlineData("--kinds", "audit", "unknown kind 'audit'")]
    [InlineData("--encodings", "big5", "unknown encoding 'big5'")]
    [InlineData("--years", "2023-2021", "runs backwards")]
    [InlineData("--anomaly-rate", "1.5", "between 0 and 1")]
    [InlineData("--colour", "red", "unknown option '--colour'")]
    public void BadOptionsAreRejectedWithTheReason(string option, string value, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => GenerateArguments.Parse(["out", option, value]));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOutputFolderIsRequired()
    {
        var error = Assert.Throws<ArgumentException>(() => GenerateArguments.Parse(["--count", "5"]));

        Assert.Contains("output folder", error.Message, StringComparison.Ordinal);
    }
}
