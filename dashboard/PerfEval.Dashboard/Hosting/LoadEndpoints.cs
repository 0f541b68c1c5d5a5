using Microsoft.AspNetCore.Mvc;
using PerfEval.Dashboard.Security;
using PerfEval.Warehouse.Audit;
using PerfEval.Loading.Jobs;
using PerfEval.Loading.Uploads;

namespace PerfEval.Dashboard.Hosting;

/// <summary>
/// The 导入 page's actions: upload reports into the inbox and scan at once; scan now. Both are form posts
/// (antiforgery validated by the form binding) that redirect back to the page with what happened in its URL.
/// Only a 管理员 may call them (403 for other users); each call is audited.
/// </summary>
public static class LoadEndpoints
{
    public static WebApplication MapLoadEndpoints(this WebApplication app)
    {
        app.MapPost("/loads/upload", UploadAsync).RequireAuthorization(Policies.Administrator);
        app.MapPost("/loads/scan", ScanAsync).RequireAuthorization(Policies.Administrator);
        app.MapGet("/healthz", HealthAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> UploadAsync(
        [FromForm] IFormFileCollection files, [FromServices] UploadInbox inbox, [FromServices] UploadPolicy policy,
        [FromServices] LoaderScheduler scheduler, HttpContext context, CancellationToken cancellationToken)
    {
        if (files.Count > policy.MaxFiles)
        {
            return Results.Redirect("/loads?message=" + Uri.EscapeDataString($"一次最多上传 {policy.MaxFiles} 个文件"));
        }
        var results = new List<UploadResult>();
        foreach (var file in files)
        {
            await using var stream = file.OpenReadStream();
            results.Add(await inbox.AcceptAsync(file.FileName, stream, file.Length, cancellationToken));
        }
        await context.AuditAsync(AuditActions.Upload, string.Join("；", results.Select(r => r.IsAccepted ? r.FileName : $"{r.FileName}（拒收：{r.Reason}）")));
        if (results.Any(r => r.IsAccepted))
        {
            await scheduler.ScanNowAsync(cancellationToken);
        }
        var rejected = results.Where(r => !r.IsAccepted).Select(r => $"{r.FileName}：{r.Reason}");
        var message = $"已接收 {results.Count(r => r.IsAccepted)} 个文件，正在入库" + (rejected.Any() ? "；拒收：" + string.Join("；", rejected) : "");
        return Results.Redirect("/loads?message=" + Uri.EscapeDataString(message.Length > 1500 ? message[..1500] + "…" : message));
    }

    /// <summary>
    /// Scheduler and warehouse state as JSON; 503 while this node stands by for the warehouse. A host that runs
    /// the pages without the loader has no scheduler to report and answers plainly.
    /// </summary>
    private static async Task<IResult> HealthAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (context.RequestServices.GetService<LoaderHealth>() is not { } health)
        {
            return Results.Text("ok");
        }
        var report = await health.CheckAsync(cancellationToken);
        return Results.Json(report, statusCode: report.IsOk ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> ScanAsync(
        [FromForm] string? reason, [FromServices] LoaderScheduler scheduler, HttpContext context, CancellationToken cancellationToken)
    {
        await context.AuditAsync(AuditActions.Scan, reason);
        await scheduler.ScanNowAsync(cancellationToken);
        return Results.Redirect("/loads?message=" + Uri.EscapeDataString("已开始扫描收件箱"));
    }
}
