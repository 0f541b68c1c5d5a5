using Dapper;

namespace PerfEval.Warehouse.Tests;

public sealed class DateOnlyTypeHandlerTests
{
    [Fact]
    public void DateOnlyParametersBindAsDatesThroughDapper()
    {
        using var temp = new TempWarehouse();
        using var connection = temp.Database.Open();
        Assert.Equal(new DateOnly(2024, 1, 1), connection.ExecuteScalar<DateOnly>("SELECT $day + 1", new { day = new DateOnly(2023, 12, 31) }));
        Assert.Equal("2023-12-31", connection.ExecuteScalar<string>("SELECT $day::VARCHAR", new { day = new DateOnly(2023, 12, 31) }));
    }
}
