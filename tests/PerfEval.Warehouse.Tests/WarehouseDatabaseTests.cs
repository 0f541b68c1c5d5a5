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
        Assert.Equal(4, database.AppliedScripts.Count);
    }
}
