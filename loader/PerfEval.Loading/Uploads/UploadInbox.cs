using System.Text;

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
        var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > policy.MaxBytes)
        {
            return UploadResult.Rejected(name, "文件过大");
        }
        var bytes = buffer.ToArray();
        if (ContentMismatch(extension, bytes) is { } problem)
        {
            return UploadResult.Rejected(name, problem);
        }
        var inbox = Path.Combine(options.EffectiveInboxes[0], "uploads");
        Directory.CreateDirectory(inbox);
        var target = Path.Combine(inbox, DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..8] + "_" + name);
        await File.WriteAllBytesAsync(target + ".part", bytes, cancellationToken);
        File.Move(target + ".part", target, overwrite: false);
        return UploadResult.Accepted(name, target);
    }

    /// <summary>The file name without any directory part or characters that could escape or confuse a path.</summary>
    public static string SafeFileName(string clientFileName)
    {
        var name = clientFileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var safe = new StringBuilder();
        foreach (var c in name)
        {
            safe.Append(char.IsControl(c) || Path.GetInvalidFileNameChars().Contains(c) || c is ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }
        var result = safe.ToString().Trim().TrimStart('.');
        if (result.Length > 120)
        {
            result = result[..100] + Path.GetExtension(result);
        }
        return result.Length == 0 ? "upload" : result;
    }

    /// <summary>Null when the bytes fit the extension; otherwise why they don't.</summary>
    public static string? ContentMismatch(string extension, ReadOnlySpan<byte> bytes)
    {
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
