namespace PerfEval.Loading.Uploads;

/// <summary>Limits on uploaded files. Bound from "Loader:Uploads".</summary>
public sealed class UploadPolicy
{
    public long MaxBytes { get; set; } = 50L * 1024 * 1024;

    public int MaxFiles { get; set; } = 200;

    public IReadOnlyList<string> AllowedExtensions { get; set; } = [".txt", ".docx", ".pdf", ".doc", ".wps", ".html", ".htm"];
}
