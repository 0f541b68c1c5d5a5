using PerfEval.Dashboard.Security;
using PerfEval.Warehouse;
using PerfEval.Warehouse.Audit;
using PerfEval.Warehouse.Export;

namespace PerfEval.Dashboard.Exports;

/// <summary>GET /export/parquet.zip: the warehouse's star tables as Parquet files in a zip, for other tools.</summary>
internal static class ParquetEndpoint
{
    public const string Path = "/export/parquet.zip";

    public static async Task<IResult> HandleAsync(HttpContext context, WarehouseDatabase warehouse)
    {
        var zip = ParquetExport.ToZip(warehouse);
        await context.AuditAsync(AuditActions.Export, $"parquet.zip · {zip.Length} 字节");
        return Results.File(zip, "application/zip", "PerfEval-warehouse-parquet.zip");
    }
}
