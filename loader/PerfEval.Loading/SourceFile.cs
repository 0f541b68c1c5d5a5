using System.Security.Cryptography;

namespace PerfEval.Loading;

/// <summary>A file offered for loading, identified by the SHA-256 of its bytes.</summary>
public sealed record SourceFile(string Path, string FileName, string Format, long SizeBytes, string DocumentId, bool IsDemo)
{
    public static SourceFile FromBytes(string path, ReadOnlySpan<byte> bytes, bool isDemo = false) => new(
        path,
        System.IO.Path.GetFileName(path),
        System.IO.Path.GetExtension(path).TrimStart('.').ToLowerInvariant(),
        bytes.Length,
        Convert.ToHexStringLower(SHA256.HashData(bytes)),
        isDemo);
}
