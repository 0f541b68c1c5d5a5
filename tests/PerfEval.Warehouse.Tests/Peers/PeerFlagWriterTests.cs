using PerfEval.Warehouse.Loading;
using PerfEval.Warehouse.Peers;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Warehouse.Tests.Peers;

public sealed class PeerFlagWriterTests
{
    [Fact]
    public async Task ThePeerChecksCriticalFlagsCountInTheOverviewsRedFlagsUntilAPassRemovesThem()
    {
        using var temp = new TempWarehouse();
        using var connection = temp.Database.Open();
        new ReportWriter(connection).Write([SampleLoads.Longquan()]);
        var kpis = new OverviewKpisQuery(temp.Database, RegionScope.All);
        Assert.Equal(0, (await kpis.RunAsync(new ReportFilter(2023))).Current!.RedFlags);

        Replace(connection, [new PeerFlagRow("doc-001", "score_outlier", "critical", "得分远高于同区同年报告"), new PeerFlagRow("doc-001", "score_outlier", "critical", "第二条")]);
        Assert.Equal(2, (await kpis.RunAsync(new ReportFilter(2023))).Current!.RedFlags);

        Replace(connection, []);
        Assert.Equal(0, (await kpis.RunAsync(new ReportFilter(2023))).Current!.RedFlags);
    }

    private static void Replace(PerfEval.DuckDb.DuckDbConnection connection, IEnumerable<PeerFlagRow> flags)
    {
        using var transaction = connection.BeginTransaction();
        PeerInputs.PrepareScope(connection, all: true, 0, 0, transaction);
        PeerFlagWriter.Replace(connection, ["score_outlier"], [], all: true, flags, transaction);
        PeerInputs.DropScope(connection, transaction);
        transaction.Commit();
    }
}
