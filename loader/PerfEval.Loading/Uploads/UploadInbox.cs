using PerfEval.Extraction.Documents;

namespace PerfEval.Loading.Uploads;

/// <summary>
/// Accepts uploaded files into the inbox: checks size, extension and content (magic bytes), gives each a safe
/// unique name (no path from the client survives) and writes it under a .part name before renaming, so the scan
/// never reads half a file and nothing existing is overwritten.
/// </summary>
public sealed class UploadInbox(LoaderOptions options, UploadPolicy policy)
{
    public async Task<UploadResult> AcceptAsync(string clientFileName, Stream content, long length, CancellationToken cancellationToken)
    {
        var name = SafeFileName(clientFileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!policy.AllowedExtensions.Contains(extension))
        {
            return UploadResult.Rejected(name, $"不支持的文件类型 {extension}（允许：{string.Join(' ', policy.AllowedExtensions)}）");
        }
        if (length > policy.MaxBytes)
        {
            return UploadResult.Rejected(name, $"文件过大：{length / 1048576.0:F1} MB，上限 {policy.MaxBytes / 1048576.0:F0} MB");
        }
        if (length == 0)
        {
            return UploadResult.Rejected(name, "空文件");
        }
        // The stated length comes from the client: read at most one byte past the limit, whatever it claims.
        var bytes = await ReadAtMostAsync(content, policy.MaxBytes + 1, cancellationToken);
        if (bytes.Length > policy.MaxBytes)
        {
            return UploadResult.Rejected(name, $"文件过大：超过上限 {policy.MaxBytes / 1048576.0:F0} MB");
        }
        if (bytes.Length == 0)
        {
            return UploadResult.Rejected(name, "空文件");
        }
        if (ContentMismatch(extension, bytes) is { } problem)
        {
            return UploadResult.Rejected(name, problem);
        }
        var inbox = Path.Combine(options.EffectiveInboxes[0], "uploads");
        Directory.CreateDirectory(inbox);
        var target = Path.Combine(inbox, DateTime.UtcNow.ToString(StampFormat, System.Globalization.CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..8] + "_" + name);
        await using (var part = new FileStream(target + ".part", FileMode.CreateNew, FileAccess.Write))
        {
            await part.WriteAsync(bytes, cancellationToken);
        }
        File.Move(target + ".part", target, overwrite: false);
        return UploadResult.Accepted(name, target);
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private const string StampFormat = "yyyyMMddHHmmss";
    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");

    /// <summary>
    /// The name the client gave an uploaded file, without the "yyyyMMddHHmmss_xxxxxxxx_" stamp that keeps uploads
    /// apart in the inbox; any other name as it is.
    /// </summary>
    public static string OriginalName(string storedName)
    {
        const int StampLength = 14 + 1 + 8 + 1;
        var stamped = storedName.Length > StampLength
            && !storedName.AsSpan(0, 14).ContainsAnyExceptInRange('0', '9')
            && storedName[14] == '_'
            && !storedName.AsSpan(15, 8).ContainsAnyExcept(HexDigits)
            && storedName[23] == '_';
        return stamped ? storedName[StampLength..] : storedName;
    }

    /// <summary>The file name without any directory part or characters that could escape or confuse a path.</summary>
    public static string SafeFileName(string clientFileName) => SafeFileNames.Clean(clientFileName);

    /// <summary>Null when the bytes fit the extension; otherwise why they don't.</summary>
    public static string? ContentMismatch(string extension, ReadOnlySpan<byte> bytes)
    {
        var kind = DocumentSniffer.Sniff(bytes, extension);
        if (kind == DocumentKind.OtherBinary)
        {
            return "内容是图片、压缩包或程序，不是报告文档";
        }
        if (kind == DocumentKind.OtherZip)
        {
            return "内容是 ZIP 压缩包，但不是 Word 文档";
        }
        var isZip = bytes.StartsWith("PK\u0003\u0004"u8);
        var isPdf = bytes.StartsWith("%PDF-"u8);
        var isOle = bytes.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 });
        return extension switch
        {
            ".docx" when !isZip => "内容不是 .docx（缺少 ZIP 文件头）",
            ".pdf" when !isPdf => "内容不是 PDF（缺少 %PDF 文件头）",
            ".doc" or ".wps" when !isOle && !isZip => "内容不是 Word/WPS 文档（缺少 OLE 文件头）",
            ".txt" or ".html" or ".htm" when isZip || isPdf || isOle => "文本文件中含有二进制文档内容",
            _ => null,
        };
    }
}
