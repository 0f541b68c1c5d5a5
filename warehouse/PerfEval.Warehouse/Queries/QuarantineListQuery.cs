namespace PerfEval.Warehouse.Queries;

public sealed record QuarantinedFile
{
    public long LoadId { get; init; }
    public string FilePath { get; init; } = "";
    public string? DocumentId { get; init; }
    public string? Reason { get; init; }
    public string ParserVersion { get; init; } = "";
    public DateTime StartedAt { get; init; }
    public long? SizeBytes { get; init; }
}

/// <summary>Files whose latest attempt ended in quarantine, with the reason, newest first.</summary>
public sealed class QuarantineListQuery(WarehouseDatabase database, RegionScope scope)
{
    public Task<IReadOnlyList<QuarantinedFile>> RunAsync(int limit = 100, CancellationToken cancellationToken = default) =>
        database.ListAsync<QuarantinedFile>(scope, "quarantine_list", new { limit }, cancellationToken);
}
