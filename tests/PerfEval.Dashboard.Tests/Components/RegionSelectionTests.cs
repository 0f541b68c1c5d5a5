using PerfEval.Dashboard.Components.Filters;

namespace PerfEval.Dashboard.Tests.Components;

public sealed class RegionSelectionTests
{
    [Fact]
    public void TheMostPreciseConsistentLevelIsTheFilter()
    {
        Assert.Equal("430203", RegionSelection.From("43", "4302", "430203").Code());
        Assert.Equal("4302", RegionSelection.From("43", "4302", null).Code());
    }

    [Fact]
    public void LevelsLeftOverFromAnotherProvinceAreDropped()
    {
        // The province changed from 湖南 (43) to 重庆 (50) while the city and district stayed in the URL.
        Assert.Equal(new RegionSelection("50", null, null), RegionSelection.From("50", "4302", "430203"));
        Assert.Equal("50", RegionSelection.From("50", "4302", "430203").Code());
    }

    [Fact]
    public void NonNumericCodesAreIgnored() =>
        Assert.Null(RegionSelection.From("43' OR 1=1", "", " ").Code());
}
