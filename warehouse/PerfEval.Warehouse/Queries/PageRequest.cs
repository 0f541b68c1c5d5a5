namespace PerfEval.Warehouse.Queries;

/// <summary>A page of a table (1-based) and its sort key; unknown sort keys fall back to the default order.</summary>
public sealed record PageRequest(int Page = 1, int PageSize = 50, string? Sort = null)
{
    public int Offset => (Math.Max(Page, 1) - 1) * PageSize;
}

/// <summary>One page of rows and the total count under the same filter.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Rows, int Total, PageRequest Request)
{
    public int PageCount => Math.Max(1, (Total + Request.PageSize - 1) / Request.PageSize);
}
