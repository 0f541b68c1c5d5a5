using System.Reflection;
using PerfEval.Warehouse.Queries;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Warehouse.Tests.Queries;

public sealed class RegionScopeTests(SeedWarehouse seed) : IClassFixture<SeedWarehouse>
{
    private static readonly RegionScope Luosong = RegionScope.Region("430203");

    public static TheoryData<string> QueryFiles => [.. SqlScripts.List("queries/")];

    [Theory]
    [MemberData(nameof(QueryFiles))]
    public void EveryQueryFileAppliesTheScope(string script) =>
        Assert.Contains("$scope::VARCHAR", SqlScripts.Get(script), StringComparison.Ordinal);

    [Fact]
    public void EveryQueryClassIsBuiltWithAScope()
    {
        var queries = typeof(RegionScope).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(RegionScope).Namespace && t.IsPublic && t.Name.EndsWith("Query", StringComparison.Ordinal)).ToList();
        Assert.True(queries.Count >= 23);
        Assert.All(queries, q => Assert.Contains(typeof(RegionScope),
            q.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Single().GetParameters().Select(p => p.ParameterType)));
    }

    [Fact]
    public void OnlyRegionCodesMakeAScope()
    {
        Assert.Throws<ArgumentException>(() => RegionScope.Region("4302'; --"));
        Assert.Throws<ArgumentException>(() => RegionScope.Region("43020"));
        Assert.True(Luosong.Covers("430203007"));
        Assert.False(Luosong.Covers("430407002"));
        Assert.False(Luosong.Covers(null));
        Assert.False(RegionScope.None.Covers("430203007"));
        Assert.True(RegionScope.All.Covers(null));
    }

    [Fact]
    public async Task ARegionScopeKeepsOnlyItsSubtreeAndNoScopeShowsNothing()
    {
        var all = await new ReportListQuery(seed.Database, RegionScope.All).RunAsync(new ReportFilter(), null, new PageRequest(1, 500));
        var luosong = await new ReportListQuery(seed.Database, Luosong).RunAsync(new ReportFilter(), null, new PageRequest(1, 500));
        Assert.Equal(13, luosong.Total);
        Assert.True(all.Total > luosong.Total);
        Assert.All(luosong.Rows, r => Assert.Equal("芦淞区", r.District));
        Assert.Equal(0, (await new ReportListQuery(seed.Database, RegionScope.None).RunAsync(new ReportFilter(), null, new PageRequest())).Total);

        // The user's own filter narrows inside the scope, never widens past it.
        var chongqing = await new ReportListQuery(seed.Database, Luosong).RunAsync(new ReportFilter(Region: "50"), null, new PageRequest());
        Assert.Equal(0, chongqing.Total);
        Assert.Equal([2023, 2022, 2021], await new YearListQuery(seed.Database, Luosong).RunAsync());
        Assert.All(await new RegionTreeQuery(seed.Database, Luosong).RunAsync(), r => Assert.Equal("430203", r.DistrictCode));
    }

    [Fact]
    public async Task AnotherRegionsDocumentAndUnitDoNotExistForAScopedUser()
    {
        Assert.Null(await new ReportDetailQuery(seed.Database, Luosong).RunAsync("515cbb9b3b72f0d9"));
        Assert.NotNull(await new ReportDetailQuery(seed.Database, RegionScope.All).RunAsync("515cbb9b3b72f0d9"));
        Assert.NotNull(await new ReportDetailQuery(seed.Database, Luosong).RunAsync("c2a721f8483027a9"));
        Assert.Null(await new UnitProfileQuery(seed.Database, Luosong).RunAsync("u-qingshan"));
        Assert.False(await new DocumentAccessQuery(seed.Database, Luosong).CanSeeAsync("515cbb9b3b72f0d9"));
        Assert.True(await new DocumentAccessQuery(seed.Database, Luosong).CanSeeAsync("c2a721f8483027a9"));
        Assert.False(await new DocumentAccessQuery(seed.Database, RegionScope.All).CanSeeAsync("no-such-document"));
        Assert.Empty((await new AuditListQuery(seed.Database, Luosong).RunAsync(null, new PageRequest())).Rows);
    }
}
