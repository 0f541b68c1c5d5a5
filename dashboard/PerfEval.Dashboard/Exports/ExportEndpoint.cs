using PerfEval.Briefing.Xlsx;
using PerfEval.Dashboard.Security;
using PerfEval.Warehouse.Audit;

namespace PerfEval.Dashboard.Exports;

/// <summary>GET /export/{table}.{xlsx|csv}?&lt;the page's query&gt;: the table as the page shows it, unpaged.</summary>
internal static class ExportEndpoint
{
    public static async Task<IResult> HandleAsync(string table, string format, HttpContext context, ExportTables tables)
    {
        if (format is not ("xlsx" or "csv"))
        {
            return Results.NotFound();
        }
        var sheet = await tables.BuildAsync(table, new ExportRequest(context.Request.Query), context.RequestAborted);
        if (sheet is null)
        {
            return Results.NotFound();
        }
        await context.AuditAsync(AuditActions.Export, $"{table}.{format}{context.Request.QueryString} · {sheet.Rows.Count} 行");
        var fileName = $"PerfEval-{sheet.Name}.{format}";
        return format == "xlsx"
            ? Results.File(XlsxWriter.ToBytes([sheet]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName)
            : Results.File(CsvWriter.ToBytes(sheet), "text/csv; charset=utf-8", fileName);
    }
}
