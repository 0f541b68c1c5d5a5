using System.IO.Compression;
using System.Text;
using PerfEval.Extraction.Documents;
using static PerfEval.Extraction.Tests.Documents.WordDocumentBuilder;

namespace PerfEval.Extraction.Tests.Documents;

[Collection(ConvertedDocumentsCollection.Name)]
public sealed class HostileInputTests(ConvertedDocumentsFixture converted)
{
    private static byte[] SmallDocx() => Build(Paragraph("年初预算数573.38万元"), Table(Row(Cell("分值"), Cell("得分")), Row(Cell("10"), Cell("7"))));

    [Theory]
    [InlineData("empty.txt")]
    [InlineData("empty.docx")]
    [InlineData("empty.pdf")]
    public void AnEmptyFileIsRefusedAsEmpty(string name)
    {
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read([], name));

        Assert.Equal(DocumentReadReasons.EmptyFile, error.Reason);
        Assert.StartsWith(name + ":", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyFileOnDiskIsRefusedWithItsName()
    {
        var path = Path.Combine(converted.Folder, "nothing.docx");
        File.WriteAllBytes(path, []);

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(path));

        Assert.Equal(DocumentReadReasons.EmptyFile, error.Reason);
        Assert.Equal("nothing.docx", error.FileName);
    }

    [Theory]
    [InlineData("noise.docx", DocumentReadReasons.CorruptDocx)]
    [InlineData("noise.pdf", DocumentReadReasons.CorruptPdf)]
    [InlineData("noise.doc", DocumentReadReasons.CorruptDoc)]
    [InlineData("noise.bin", DocumentReadReasons.BinaryNotText)]
    public void RandomBytesAreRefusedAsADamagedFileOfTheNamedFormat(string name, string reason)
    {
        var bytes = new byte[8192];
        new Random(42).NextBytes(bytes);
        bytes[0] = 0x02;

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bytes, name));

        Assert.Equal(reason, error.Reason);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.6)]
    [InlineData(0.9)]
    public void ATruncatedDocxIsCorrupt(double keep)
    {
        var bytes = File.ReadAllBytes(converted.PathOf("001.docx"));

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bytes[..(int)(bytes.Length * keep)], "cut.docx"));

        Assert.Equal(DocumentReadReasons.CorruptDocx, error.Reason);
        Assert.Contains("cut.docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocxWithAHighlyCompressedEntryIsRefusedAsAZipBomb()
    {
        var bytes = AddEntry(SmallDocx(), "word/media/image1.bin", 64 * 1024 * 1024);

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bytes, "bomb.docx"));

        Assert.Equal(DocumentReadReasons.ZipBomb, error.Reason);
        Assert.Contains("bomb.docx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocxExpandingBeyondTheSizeLimitIsRefusedAsAZipBomb()
    {
        var bytes = AddEntry(SmallDocx(), "word/media/image1.bin", 3 * 1024 * 1024);
        var options = new DocumentReaderOptions { Docx = new DocxLimits { MaxUncompressedBytes = 2 * 1024 * 1024, MaxCompressionRatio = 1e9 } };

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bytes, "big.docx", options));

        Assert.Equal(DocumentReadReasons.ZipBomb, error.Reason);
    }

    [Fact]
    public void ADocxWithThousandsOfEntriesIsRefusedAsAZipBomb()
    {
        using var stream = new MemoryStream();
        stream.Write(SmallDocx());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < 2100; i++)
            {
                zip.CreateEntry($"customXml/item{i}.xml");
            }
        }

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(stream.ToArray(), "many.docx"));

        Assert.Equal(DocumentReadReasons.ZipBomb, error.Reason);
    }

    [Fact]
    public void ADocxWhoseXmlDeclaresEntitiesIsRefusedAsCorruptWithoutExpandingThem()
    {
        using var stream = new MemoryStream();
        stream.Write(SmallDocx());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("""
                <?xml version="1.0"?>
                <!DOCTYPE w:document [<!ENTITY a "预算预算预算预算预算"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>
                """);
        }

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(stream.ToArray(), "laughs.docx"));

        Assert.Equal(DocumentReadReasons.CorruptDocx, error.Reason);
    }

    [Fact]
    public void AZipThatIsNotAWordDocumentIsUnsupported()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            writer.Write("<workbook/>");
        }

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(stream.ToArray(), "sheet.docx"));

        Assert.Equal(DocumentReadReasons.UnsupportedFormat, error.Reason);
    }

    [Fact]
    public void APasswordProtectedOfficeFileIsRefusedAsEncrypted()
    {
        byte[] bytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("EncryptedPackage"), .. new byte[512]];

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bytes, "locked.docx"));

        Assert.Equal(DocumentReadReasons.EncryptedDocument, error.Reason);
    }

    [Fact]
    public void AFileOverTheSizeLimitIsRefusedBeforeItIsRead()
    {
        var error = Assert.Throws<DocumentReadException>(() =>
            DocumentReader.Read(new MemoryStream(new byte[5000]), "huge.txt", new DocumentReaderOptions { MaxFileBytes = 4096 }));

        Assert.Equal(DocumentReadReasons.TooLarge, error.Reason);
    }

    [Fact]
    public void AnImageNamedPdfIsUnsupported()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[100]];

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(png, "scan.pdf"));

        Assert.Equal(DocumentReadReasons.UnsupportedFormat, error.Reason);
    }

    [Fact]
    public void APdfHeaderFollowedByGarbageIsCorrupt()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage garbage\n%%EOF");

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bytes, "broken.pdf"));

        Assert.Equal(DocumentReadReasons.CorruptPdf, error.Reason);
        Assert.Contains("broken.pdf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATenMegabyteSingleLineTextIsReadAsOneLine()
    {
        var line = string.Concat(Enumerable.Repeat("预算执行率100%，", 10 * 1024 * 1024 / 30));

        var text = DocumentReader.Read(Encoding.UTF8.GetBytes(line), "long.txt");

        Assert.Single(text.Lines);
        Assert.Equal(line.Length, text.Text.Length);
    }

    [Fact]
    public void TablesNestedThousandsDeepInHtmlDoNotExhaustTheStack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td>层", 5000)) + "底" + "</body></html>";

        var text = DocumentReader.Read(Encoding.UTF8.GetBytes(html), "deep.html");

        Assert.Contains("底", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TablesNestedFortyDeepInDocxAreReadWithTheDeepestAsText()
    {
        DocumentFormat.OpenXml.Wordprocessing.Table table = Table(Row(Cell("最内层")));
        for (var i = 0; i < 40; i++)
        {
            table = Table(Row(Cell("第" + i + "层", extra: table)));
        }

        var text = DocumentReader.Read(Build(table), "deep.docx");

        Assert.Contains("最内层", text.Text, StringComparison.Ordinal);
        Assert.Single(text.Lines, l => l.Content.Length > 0);
    }

    [Fact]
    public void MutatedDocxPdfAndHtmlFilesEitherReadOrFailWithAReason()
    {
        var random = new Random(20240601);
        var sources = new (string Name, byte[] Bytes)[]
        {
            ("m.docx", File.ReadAllBytes(converted.PathOf("002.docx"))),
            ("m.pdf", File.ReadAllBytes(converted.PathOf("004.pdf"))),
            ("m.html", TextDecoder.Gb18030.GetBytes(GovernmentPage.Html)),
        };
        var outcomes = new Dictionary<string, int>();
        foreach (var (name, original) in sources)
        {
            for (var i = 0; i < (name.EndsWith(".pdf", StringComparison.Ordinal) ? 30 : 80); i++)
            {
                var bytes = Mutate(original, random);
                string outcome;
                try
                {
                    var text = DocumentReader.Read(bytes, name, new DocumentReaderOptions { EnableOcr = false });
                    Assert.Equal(text.Lines.Sum(l => l.Content.Length + 1) - 1, text.Text.Length);
                    outcome = "read";
                }
                catch (DocumentReadException e)
                {
                    Assert.Contains(name, e.Message, StringComparison.Ordinal);
                    outcome = e.Reason;
                }
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
        }
        Assert.True(outcomes.GetValueOrDefault("read") > 0);
        Assert.True(outcomes.Keys.Count > 1, string.Join(", ", outcomes));
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(3))
        {
            case 0:
                return bytes[..random.Next(1, bytes.Length)];
            case 1:
                for (var i = 0; i < 1 + random.Next(20); i++)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }
                return bytes;
            default:
                var start = random.Next(bytes.Length);
                var length = Math.Min(bytes.Length - start, random.Next(1, 512));
                random.NextBytes(bytes.AsSpan(start, length));
                return bytes;
        }
    }

    private static byte[] AddEntry(byte[] docx, string name, int zeroBytes)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var written = 0; written < zeroBytes; written += zeros.Length)
            {
                entry.Write(zeros, 0, Math.Min(zeros.Length, zeroBytes - written));
            }
        }
        return stream.ToArray();
    }
}
