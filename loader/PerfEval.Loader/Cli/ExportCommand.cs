using System.Globalization;
using PerfEval.DuckDb;
using PerfEval.Warehouse;
using PerfEval.Warehouse.Export;

namespace PerfEval.Loader.Cli;

/// <summary>`perfeval export parquet &lt;folder&gt; [--data DIR]`: the star tables as Parquet files, one per table.</summary>
public static class ExportCommand
{
    private const string Usage = "usage: perfeval export parquet <folder> [--data DIR]";

    public static Task<int> RunAsync(string[] args)
    {
        var cli = new CliArguments(args);
        if (cli.Positional is not ["parquet", var folder])
        {
            Console.Error.WriteLine(Usage);
            return Task.FromResult(2);
        }
        var warehouse = new WarehouseDatabase(Path.Combine(cli.DataFolder, "warehouse.duckdb"));
        try
        {
            foreach (var table in ParquetExport.WriteFolder(warehouse, folder))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table.Rows,10} rows  {table.Path}"));
            }
            return Task.FromResult(0);
        }
        catch (DuckDbException e) when (e.LockHolderProcessId is not null)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine("The dashboard holds the warehouse: download the Parquet zip from its 导入 page instead.");
            return Task.FromResult(3);
        }
    }
}
