using Dapper;

namespace PerfEval.Warehouse.Tests;

public sealed class SchemaMigratorTests
{
    [Fact]
    public void EveryNumberedScriptIsAppliedOnceAndJournaled()
    {
        using var temp = new TempWarehouse();
        Assert.Equal(["schema/001_dimensions.sql", "schema/002_sources.sql", "schema/003_facts.sql", "schema/004_audit.sql", "schema/005_dashboard_aggregates.sql", "schema/006_peer_checks.sql", "schema/007_dashboard_aggregate_rows.sql"], temp.Database.AppliedScripts);

        using var connection = temp.Database.Open();
        var journaled = connection.Query<string>("SELECT script FROM schema_journal ORDER BY script").ToList();
        Assert.Equal(temp.Database.AppliedScripts, journaled);

        // A second process start (a new WarehouseDatabase on the same file) applies nothing again.
        var again = new WarehouseDatabase(temp.Database.DatabasePath);
        Assert.Empty(again.AppliedScripts);
    }

    [Fact]
    public void ViewsExistAfterMigration()
    {
        using var temp = new TempWarehouse();
        using var connection = temp.Database.Open();
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT count(*) FROM v_report"));
    }

    [Fact]
    public void AMissingScriptIsReportedByName()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Schema.SqlScripts.Get("queries/no_such_question.sql"));
        Assert.Contains("queries/no_such_question.sql", error.Message, StringComparison.Ordinal);
    }
}
