using Microsoft.AspNetCore.StaticFiles;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Hosting;

/// <summary>
/// Serves a report's original file, stored by the loader as &lt;data&gt;/originals/&lt;document_id&gt;&lt;ext&gt;; a document
/// outside the user's region scope is "not found", like one that does not exist.
/// </summary>
internal static class OriginalFileEndpoint
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static async Task<IResult> HandleAsync(string documentId, DashboardDataFolder data, DocumentAccessQuery access, CancellationToken cancellationToken)
    {
        var path = Find(data, documentId);
        if (path is not null && !await access.CanSeeAsync(documentId, cancellationToken))
        {
            path = null;
        }
        if (path is null)
        {
            return Results.NotFound("原始文件不存在");
        }
        if (!ContentTypes.TryGetContentType(path, out var contentType))
        {
            contentType = "application/octet-stream";
        }
        return Results.File(path, contentType, Path.GetFileName(path));
    }

    /// <summary>The stored original of a document, or null; ids other than letters, digits, '-' and '_' never touch the disk.</summary>
    public static string? Find(DashboardDataFolder data, string documentId)
    {
        if (documentId.Length is 0 or > 128 || !documentId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            || !Directory.Exists(data.OriginalsFolder))
        {
            return null;
        }
        // The loader stores <id>.<format>, or <id> alone when the format is unknown.
        var bare = Path.Combine(data.OriginalsFolder, documentId);
        return File.Exists(bare) ? bare : Directory.EnumerateFiles(data.OriginalsFolder, documentId + ".*")
            .FirstOrDefault(f => Path.GetFileNameWithoutExtension(f) == documentId);
    }
}
