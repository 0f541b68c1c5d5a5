namespace PerfEval.Warehouse.Tests.Queries;

/// <summary>One real warehouse filled with <see cref="SeedLikeLoads"/>, shared by the query tests of a class.</summary>
public sealed class SeedWarehouse : IDisposable
{
    private readonly TempWarehouse temp = new();

    public SeedWarehouse() => SeedLikeLoads.WriteAll(temp.Database);

    public WarehouseDatabase Database => temp.Database;

    public void Dispose() => temp.Dispose();
}
