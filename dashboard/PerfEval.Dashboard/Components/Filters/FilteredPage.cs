using Microsoft.AspNetCore.Components;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Components.Filters;

/// <summary>A page whose state is the shared filter in its URL: ?year=&amp;province=&amp;city=&amp;district=&amp;kind=.</summary>
public abstract class FilteredPage : ComponentBase
{
    [SupplyParameterFromQuery(Name = "year")]
    public int? Year { get; set; }

    [SupplyParameterFromQuery(Name = "province")]
    public string? Province { get; set; }

    [SupplyParameterFromQuery(Name = "city")]
    public string? City { get; set; }

    [SupplyParameterFromQuery(Name = "district")]
    public string? District { get; set; }

    [SupplyParameterFromQuery(Name = "kind")]
    public string? Kind { get; set; }

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    protected RegionSelection Region => RegionSelection.From(Province, City, District);

    protected string? KindCode => Formatting.Labels.Kinds.Any(k => k.Code == Kind) ? Kind : null;

    protected ReportFilter FilterFor(int? year) => new(year, Region.Code(), KindCode);

    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? CancellationToken.None;
}
