using System.Globalization;
using PerfEval.Briefing.Building;
using PerfEval.Briefing.Docx;
using PerfEval.Briefing.Wording;
using PerfEval.Dashboard.Components.Filters;
using PerfEval.Dashboard.Security;
using PerfEval.Warehouse.Audit;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Briefing;

/// <summary>GET /briefing.docx?year=&amp;region=&amp;kind=: the page's briefing as a Word document.</summary>
internal static class BriefingEndpoint
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static async Task<IResult> HandleAsync(HttpContext context, YearListQuery yearList, BriefingBuilder builder, TimeProvider clock)
    {
        var query = context.Request.Query;
        var year = int.TryParse(query["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
        var request = BriefingRequest.From(
            await yearList.RunAsync(context.RequestAborted), year, query["region"],
            RegionSelection.From(query["province"], query["city"], query["district"]), query["kind"]);
        if (request is null)
        {
            return Results.NotFound();
        }
        var data = await builder.BuildAsync(request.Year, request.Filter, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), context.RequestAborted);
        await context.AuditAsync(AuditActions.Export, $"briefing.docx{context.Request.QueryString}");
        return Results.File(BriefingDocument.ToBytes(data), ContentType, BriefingSentences.Title(data) + ".docx");
    }
}
