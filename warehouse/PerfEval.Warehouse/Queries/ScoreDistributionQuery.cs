namespace PerfEval.Warehouse.Queries;

public sealed record ScoreBand
{
    public string Band { get; init; } = "";
    public int Reports { get; init; }
}

/// <summary>Reported scores of one year counted by grade band, in the order 优 良 中 差 未评分 (every band present).</summary>
public sealed class ScoreDistributionQuery(WarehouseDatabase database, RegionScope scope)
{
    public static readonly IReadOnlyList<string> Bands = ["优", "良", "中", "差", "未评分"];

    public async Task<IReadOnlyList<ScoreBand>> RunAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = await database.ListAsync<ScoreBand>(scope, "score_distribution", filter.Parameters, cancellationToken).ConfigureAwait(false);
        return [.. Bands.Select(b => rows.FirstOrDefault(r => r.Band == b) ?? new ScoreBand { Band = b })];
    }
}
