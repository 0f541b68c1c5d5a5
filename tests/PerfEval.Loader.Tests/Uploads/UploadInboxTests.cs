using System.IO.Compression;
using System.Text;
using PerfEval.Loading;
using PerfEval.Loading.Uploads;

namespace PerfEval.Loader.Tests.Uploads;

public sealed class UploadInboxTests : IDisposable
{
    private static readonly byte[] Report = Encoding.UTF8.GetBytes("2023年度龙泉街道办事处部门整体支出绩效自评报告\n年初预算数573.38万元");

    private readonly LoaderOptions options = new() { DataFolder = Path.Combine(Path.GetTempPath(), "perfeval-upload-" + Guid.NewGuid().ToString("N")) };

    private string Inbox => Path.GetFullPath(Path.Combine(options.EffectiveInboxes[0], "uploads"));

    private UploadInbox Uploads(long maxBytes = 50L * 1024 * 1024) => new(options, new UploadPolicy { MaxBytes = maxBytes });

    private Task<UploadResult> Accept(string name, byte[] bytes, long? statedLength = null, UploadInbox? inbox = null) =>
        (inbox ?? Uploads()).AcceptAsync(name, new MemoryStream(bytes), statedLength ?? bytes.Length, CancellationToken.None);

    [Fact]
    public void TheDefaultSizeLimitIsFiftyMegabytes() => Assert.Equal(50L * 1024 * 1024, new UploadPolicy().MaxBytes);

    [Fact]
    public async Task AFileOverTheLimitIsRejectedEvenWhenItsStatedLengthLies()
    {
        var result = await Accept("big.txt", new byte[4096], statedLength: 10, inbox: Uploads(maxBytes: 1024));

        Assert.False(result.IsAccepted);
        Assert.Contains("文件过大", result.Reason, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Inbox) && Directory.EnumerateFileSystemEntries(Inbox).Any());
    }

    [Fact]
    public async Task AReportIsAcceptedIntoTheUploadsFolder()
    {
        var result = await Accept("报告.txt", Report);

        Assert.True(result.IsAccepted, result.Reason);
        Assert.Equal(Report, await File.ReadAllBytesAsync(result.StoredPath!));
        Assert.Empty(Directory.GetFiles(Inbox, "*.part"));
    }

    [Theory]
    [InlineData("program.txt", new byte[] { (byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0 })]
    [InlineData("image.pdf", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A })]
    [InlineData("elf.html", new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0 })]
    public async Task ContentDecidesTheTypeNotTheExtension(string name, byte[] bytes)
    {
        var result = await Accept(name, [.. bytes, .. new byte[256]]);

        Assert.False(result.IsAccepted);
    }

    [Fact]
    public async Task AZipThatIsNotAWordDocumentIsRejectedAsDocx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            await writer.WriteAsync("<workbook/>");
        }

        var result = await Accept("sheet.docx", stream.ToArray());

        Assert.False(result.IsAccepted);
        Assert.Contains("Word", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd.txt")]
    [InlineData("..\\..\\windows\\win.ini.txt")]
    [InlineData("/var/lib/perfeval/warehouse.txt")]
    [InlineData("C:\\reports\\..\\报告.txt")]
    [InlineData("....//....//x.txt")]
    public async Task APathInTheClientNameNeverLeavesTheUploadsFolder(string name)
    {
        var result = await Accept(name, Report);

        Assert.True(result.IsAccepted, result.Reason);
        Assert.Equal(Inbox, Path.GetDirectoryName(Path.GetFullPath(result.StoredPath!)));
        Assert.DoesNotContain("..", Path.GetFileName(result.StoredPath!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameNameTwiceKeepsBothFiles()
    {
        var first = await Accept("报告.txt", Report);
        var second = await Accept("报告.txt", [.. Report, .. "。"u8]);

        Assert.NotEqual(first.StoredPath, second.StoredPath);
        Assert.Equal(Report, await File.ReadAllBytesAsync(first.StoredPath!));
    }

    [Fact]
    public async Task AVeryLongChineseNameIsShortenedToFitTheFileSystem()
    {
        var result = await Accept(new string('报', 200) + ".txt", Report);

        Assert.True(result.IsAccepted, result.Reason);
        var stored = Path.GetFileName(result.StoredPath!);
        Assert.True(Encoding.UTF8.GetByteCount(stored) <= 255, stored);
        Assert.EndsWith(".txt", stored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("报告\u202Etxt.exe.txt")]
    [InlineData("报\u200B告\u0000.txt")]
    [InlineData("报\uD800告.txt")]
    public async Task InvisibleAndControlCharactersAreRemovedFromNames(string name)
    {
        var result = await Accept(name, Report);

        var safe = UploadInbox.SafeFileName(name);
        Assert.DoesNotContain(safe, c => char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
        Assert.True(result.IsAccepted, result.Reason);
    }

    [Fact]
    public async Task AnEmptyFileIsRejected() => Assert.False((await Accept("empty.txt", [])).IsAccepted);

    public void Dispose()
    {
        if (Directory.Exists(options.DataFolder))
        {
            Directory.Delete(options.DataFolder, recursive: true);
        }
    }
}
