namespace PerfEval.Loading;

/// <summary>
/// Lists the report files under the inbox folders. Identity is by content (SHA-256, computed by the loader),
/// so the scanner only filters out what can never be a report: hidden, temporary and partial files. Anything
/// else is offered to the loader, so an unsupported file is quarantined with a reason rather than ignored.
/// </summary>
public static class InboxScanner
{
    public static IReadOnlyList<string> Scan(IEnumerable<string> folders)
    {
        var files = new List<string>();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
            files.AddRange(Directory.EnumerateFiles(folder, "*", options).Where(IsCandidate));
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public static bool IsCandidate(string path)
    {
        var name = Path.GetFileName(path);
        // Office lock files (~$x.docx), editor swaps and files still being uploaded (.part) are not reports.
        return !(name.StartsWith("~$", StringComparison.Ordinal)
            || name.StartsWith('.')
            || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase));
    }
}
