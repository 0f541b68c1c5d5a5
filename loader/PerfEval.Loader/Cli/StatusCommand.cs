using Dapper;
using PerfEval.Warehouse;
using PerfEval.Warehouse.Schema;
using Spectre.Console;

namespace PerfEval.Loader.Cli;

/// <summary>`perfeval status [--data DIR]`: documents, facts and load outcomes in the warehouse.</summary>
public static class StatusCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var cli = new CliArguments(args);
        var warehouse = new WarehouseDatabase(Path.Combine(cli.DataFolder, "warehouse.duckdb"));
        using var connection = warehouse.Open();
        var table = new Table().AddColumn("item").AddColumn(new TableColumn("count").RightAligned());
        foreach (var row in connection.Query<(string Item, long Count)>(SqlScripts.Get("loading/load_status.sql")))
        {
            table.AddRow(row.Item, row.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(table);
        return Task.FromResult(0);
    }
}
