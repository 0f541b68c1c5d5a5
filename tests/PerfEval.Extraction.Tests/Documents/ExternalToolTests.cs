using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Tests.Documents;

public sealed class ExternalToolTests
{
    [Fact]
    public void ArgumentsReachTheToolLiterallyWithoutAShell()
    {
        var hostile = "报告 $(touch /tmp/perfeval-pwned); rm -rf ~ `id` 'quoted' \"double\"";

        var result = ExternalTool.Run("printf", ["%s", hostile], TimeSpan.FromMinutes(1));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(hostile, result.StandardOutput);
        Assert.False(File.Exists("/tmp/perfeval-pwned"));
    }

    [Fact]
    public void AMissingToolThrowsToolMissingNamingTheTool()
    {
        var error = Assert.Throws<ExternalToolMissingException>(() => ExternalTool.Run("/nonexistent/pdftotext", [], TimeSpan.FromMinutes(1)));

        Assert.Equal("/nonexistent/pdftotext", error.Tool);
        Assert.Contains("not installed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AToolThatOverrunsItsTimeoutIsKilledWithItsChildren()
    {
        var marker = "perfeval-child-" + Guid.NewGuid().ToString("N");

        // The inner shell carries the marker as its $0 and sleeps far beyond the timeout.
        Assert.Throws<ExternalToolTimeoutException>(() =>
            ExternalTool.Run("sh", ["-c", "sh -c 'sleep 1000; :' \"$0\" & wait", marker], TimeSpan.FromMilliseconds(300)));

        Assert.True(SpinWait.SpinUntil(() => !RunningProcesses.AnyWithArgument(marker), TimeSpan.FromSeconds(10)), "the child process outlived the kill");
    }

    [Fact]
    public void OutputBeyondTheLimitStopsTheTool()
    {
        Assert.Throws<ExternalToolOutputTooLargeException>(() => ExternalTool.Run("yes", ["预算"], TimeSpan.FromMinutes(1), maxOutputChars: 100_000));
    }

    [Fact]
    public void StandardErrorAndTheExitCodeAreCaptured()
    {
        var result = ExternalTool.Run("sh", ["-c", "echo 出错了 >&2; exit 3"], TimeSpan.FromMinutes(1));

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("出错了\n", result.StandardError);
    }
}
