using PerfEval.Warehouse.Audit;
using PerfEval.Warehouse.Queries;
using PerfEval.Warehouse.Tests.Users;

namespace PerfEval.Warehouse.Tests.Audit;

public sealed class AuditLogTests
{
    [Fact]
    public async Task RowsComeBackNewestFirstWithTheirUserTimeAndDetail()
    {
        using var temp = new TempWarehouse();
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var log = new AuditLog(temp.Database, clock);
        await log.WriteAsync(new AuditEntry("张三", AuditActions.Login, "管理员", "127.0.0.1"));
        clock.Now = clock.Now.AddMinutes(1);
        await log.WriteAsync(new AuditEntry("张三", AuditActions.Export, "reports.xlsx?year=2023 · 40 行"));
        clock.Now = clock.Now.AddMinutes(1);
        await log.WriteAsync(new AuditEntry("李四", AuditActions.Upload, new string('长', 5000)));

        var rows = await new AuditListQuery(temp.Database, RegionScope.All).RunAsync(null, new PageRequest());
        Assert.Equal(["upload", "export", "login"], rows.Rows.Select(r => r.Action));
        Assert.Equal(new DateTime(2026, 3, 1, 8, 1, 0), rows.Rows[1].At);
        Assert.Equal("reports.xlsx?year=2023 · 40 行", rows.Rows[1].Detail);
        Assert.Equal("127.0.0.1", rows.Rows[2].Remote);
        Assert.Equal(2001, rows.Rows[0].Detail!.Length); // long details are cut
        Assert.Equal(1, (await new AuditListQuery(temp.Database, RegionScope.All).RunAsync("export", new PageRequest())).Total);
    }

    [Fact]
    public async Task AnUnknownActionIsRefusedByTheTable()
    {
        using var temp = new TempWarehouse();
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(
            () => new AuditLog(temp.Database).WriteAsync(new AuditEntry("x", "delete_everything")));
    }
}
