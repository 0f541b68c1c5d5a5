using PerfEval.Extraction.Fuzzing;
using PerfEval.Extraction.Tests.Documents;

namespace PerfEval.Extraction.Tests.Fuzzing;

public sealed class FuzzEngineTests
{
    [Fact]
    public void TheParsersAndTheExtractorSurviveAFixedSeedFuzzRun()
    {
        var seedLines = SeedFiles.All.SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0).ToList();
        // Generous: this machine is shared; a runaway regex or search takes far longer.
        var engine = new FuzzEngine(FuzzTargets.Default(new FuzzInputs([.. FuzzInputs.BuiltInSeeds, .. seedLines]))) { SlowInput = TimeSpan.FromSeconds(10) };

        var report = engine.Run(seed: 20261207, iterationsPerTarget: 400);

        Assert.True(report.Failures.Count == 0, string.Join("\n", report.Failures));
        Assert.Empty(report.Slow);
        Assert.Equal(400 * report.Iterations.Count, report.TotalIterations);
    }

    [Fact]
    public void AFailureIsReportedOnceWithItsMinimalInput()
    {
        var target = new FuzzTarget("sevens", r => "预算执行率" + r.Next(1000) + "%，得分" + r.Next(10), s =>
        {
            if (s.Contains("7%", StringComparison.Ordinal))
            {
                throw new FormatException("seven percent");
            }
        });

        var report = new FuzzEngine([target]).Run(seed: 1, iterationsPerTarget: 2000);

        var failure = Assert.Single(report.Failures);
        Assert.Equal("7%", failure.MinimalInput);
        Assert.Equal("FormatException", failure.ExceptionType);
        Assert.Contains("7%", failure.Input, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExpectedExceptionIsNotAFailure()
    {
        var target = new FuzzTarget("refuses", _ => "x", _ => throw new InvalidDataException("refused"), typeof(InvalidDataException));

        Assert.Empty(new FuzzEngine([target]).Run(seed: 1, iterationsPerTarget: 10).Failures);
    }

    [Fact]
    public void GluedRunsReachBeyondDecimalAndIntoForeignDigits()
    {
        var overflowing = new FuzzTarget("decimal.Parse", FuzzInputs.GluedRun, s => decimal.Parse(s.Replace("%", "", StringComparison.Ordinal).Split('.')[0], System.Globalization.CultureInfo.InvariantCulture));

        var report = new FuzzEngine([overflowing]).Run(seed: 7, iterationsPerTarget: 500);

        Assert.Contains(report.Failures, f => f.ExceptionType == "OverflowException");
        Assert.Contains(report.Failures, f => f.ExceptionType == "FormatException");
    }
}
