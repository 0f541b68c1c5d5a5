using PerfEval.Warehouse;
using PerfEval.Warehouse.Export;

namespace PerfEval.Dashboard.Exports;

/// <summary>GET /export/parquet.zip: the warehouse's star tables as Parquet files in a zip, for other tools.</summary>
internal static class ParquetEndpoint
{
    public const string Path = "/export/parquet.zip";

    public static IResult Handle(WarehouseDatabase warehouse) =>
        Results.File(ParquetExport.ToZip(warehouse), "application/zip", "PerfEval-warehouse-parquet.zip");
}
