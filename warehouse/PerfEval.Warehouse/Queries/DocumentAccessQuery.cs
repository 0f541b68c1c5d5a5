namespace PerfEval.Warehouse.Queries;

/// <summary>Whether a document exists and its region lies in the scope (the original-file download asks first).</summary>
public sealed class DocumentAccessQuery(WarehouseDatabase database, RegionScope scope)
{
    public async Task<bool> CanSeeAsync(string documentId, CancellationToken cancellationToken = default) =>
        await database.SingleOrDefaultAsync<bool>(scope, "document_access", new { documentId }, cancellationToken).ConfigureAwait(false);
}
