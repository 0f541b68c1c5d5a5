namespace PerfEval.Loading.Uploads;

/// <summary>One uploaded file: accepted into the inbox at <see cref="StoredPath"/>, or rejected with a reason.</summary>
public sealed record UploadResult(string FileName, bool IsAccepted, string? StoredPath, string? Reason)
{
    public static UploadResult Accepted(string fileName, string path) => new(fileName, true, path, null);

    public static UploadResult Rejected(string fileName, string reason) => new(fileName, false, null, reason);
}
