namespace PerfEval.Warehouse.Tests;

public sealed class WarehouseDatabaseTests
{
    [Fact]
    public void AFailedFirstOpenIsRetriedOnceTheCauseIsGone()
    {
        using var temp = new TempWarehouse();
        var blocker = Path.Combine(temp.Folder, "data");
        File.WriteAllText(blocker, "a file where the warehouse folder should be");
        var database = new WarehouseDatabase(Path.Combine(blocker, "warehouse.duckdb"));
        Assert.Throws<IOException>(() => database.Open());

        File.Delete(blocker);
        using var connection = database.Open();
        Assert.Equal(PerfEval.Warehouse.Schema.SqlScripts.List("schema/").Count, database.AppliedScripts.Count);
    }
}

public sealed class WarehouseReopenTests
{
    /// <summary>
    /// Closing the last connection shuts the DuckDB instance down (checkpointing a dirty file) while the cache already
    /// lets a new one open the same file: without care the new open fails with "Unique file handle conflict".
    /// </summary>
    [Fact]
    public async Task ConnectionsOpenedAsOthersCloseNeverMeetAFileHandleConflict()
    {
        using var temp = new TempWarehouse();
        using (var setup = temp.Database.Open())
        {
            Dapper.SqlMapper.Execute(setup, "CREATE TABLE churn AS SELECT range AS id, repeat('x', 100) AS pad FROM range(100000)");
        }
        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 40; i++)
            {
                using var connection = temp.Database.Open();
                Dapper.SqlMapper.Execute(connection, "UPDATE churn SET pad = pad WHERE id % 1000 = $w", new { w = (w * 40) + i });
            }
        }));
        await Task.WhenAll(workers);
        using var last = temp.Database.Open();
        Assert.Equal(100000L, Dapper.SqlMapper.ExecuteScalar<long>(last, "SELECT count(*) FROM churn"));
    }
}
