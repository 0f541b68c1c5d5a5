using PerfEval.Extraction.Checks.Rules;
using PerfEval.Extraction.Model;
using static PerfEval.Extraction.Tests.Checks.TestReports;

namespace PerfEval.Extraction.Tests.Checks;

public sealed class IdentityChecksTests
{
    private static readonly RegionCandidate[] TwoStreets =
    [
        new("130207001", "河北省", "唐山市", "丰南区", "青年路街道"),
        new("220106005", "吉林省", "长春市", "绿园区", "青年路街道"),
    ];

    [Fact]
    public void SeveralCandidateStreetsMakeTheRegionAmbiguous()
    {
        var report = Report() with { Region = new RegionMatch { Street = "青年路街道", Candidates = TwoStreets } };

        Assert.Contains("130207001", Assert.Single(Run(new RegionAmbiguousCheck(), report)).Message, StringComparison.Ordinal);
        Assert.Empty(Run(new RegionUnknownCheck(), report));
    }

    [Fact]
    public void AResolvedRegionIsNeitherAmbiguousNorUnknown()
    {
        Assert.Empty(Run(new RegionAmbiguousCheck(), Report()));
        Assert.Empty(Run(new RegionUnknownCheck(), Report()));
    }

    [Fact]
    public void NoRegionOrAnEmptyMatchIsUnknown()
    {
        Assert.Single(Run(new RegionUnknownCheck(), Report() with { Region = null }));
        Assert.Single(Run(new RegionUnknownCheck(), Report() with { Region = new RegionMatch { Street = "青年路街道" } }));
    }

    [Fact]
    public void AMissingFiscalYearIsUnknown()
    {
        Assert.Single(Run(new YearUnknownCheck(), Report() with { FiscalYear = null }));
        Assert.Empty(Run(new YearUnknownCheck(), Report()));
    }
}
