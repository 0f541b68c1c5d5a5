using PerfEval.Dashboard.Formatting;

namespace PerfEval.Dashboard.Tests.Components;

public sealed class FmtTests
{
    [Fact]
    public void AmountsHaveThousandsSeparatorsAndTwoDecimals()
    {
        Assert.Equal("2,673.41", Fmt.Amount(2673.41m));
        Assert.Equal("13,006.70", Fmt.Amount(13006.7m));
        Assert.Equal("—", Fmt.Amount(null));
    }

    [Fact]
    public void RatesHaveOneDecimalAndChangesASign()
    {
        Assert.Equal("70.0%", Fmt.Rate(70.0032));
        Assert.Equal("+5.8 个百分点", Fmt.PointsChange(5.79));
        Assert.Equal("−1,234.50", Fmt.AmountChange(-1234.5m));
        Assert.Equal("—", Fmt.Rate(double.NaN));
    }
}
