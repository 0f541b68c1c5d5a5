using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Tests.Documents;

[Collection(ConvertedDocumentsCollection.Name)]
public sealed class LegacyWordReadingTests(ConvertedDocumentsFixture converted)
{
    [Fact]
    public void AWord97DocIsConvertedByLibreOfficeAndRead()
    {
        var text = DocumentReader.Read(converted.PathOf("001.doc"));

        Assert.Equal("doc", text.Format);
        Assert.Contains("2673.41", text.Text, StringComparison.Ordinal);
        Assert.Contains(text.Notes, n => n.Contains("LibreOffice", StringComparison.Ordinal));
    }

    [Fact]
    public void AWpsFileIsReadByContentAsAWordDocument()
    {
        var text = DocumentReader.Read(File.ReadAllBytes(converted.PathOf("004.doc")), "报告 (最终版); rm -rf.wps");

        Assert.Equal("wps", text.Format);
        Assert.Contains("青年路街道办事处", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutLibreOfficeADocAsksForLibreofficeWriterNogui()
    {
        var options = new DocumentReaderOptions { Tools = new ExternalToolPaths { Soffice = "/nonexistent/soffice" } };

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(converted.PathOf("000.doc"), options));

        Assert.Equal(DocumentReadReasons.ToolMissing, error.Reason);
        Assert.Contains("install libreoffice-writer-nogui", error.Message, StringComparison.Ordinal);
        Assert.Contains("000.doc", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void AnOleFileOfGarbageIsACorruptDocNotAReportOfNoise(int seed)
    {
        var garbage = new byte[4096];
        new Random(seed).NextBytes(garbage);
        byte[] bytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. garbage];

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bytes, "garbage.doc"));

        Assert.Equal(DocumentReadReasons.CorruptDoc, error.Reason);
        Assert.StartsWith("garbage.doc: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocxRenamedDocIsReadAsDocxWithANote()
    {
        var text = DocumentReader.Read(File.ReadAllBytes(converted.PathOf("000.docx")), "renamed.doc");

        Assert.Equal("docx", text.Format);
        Assert.Contains("547.92", text.Text, StringComparison.Ordinal);
        Assert.Contains(text.Notes, n => n.Contains("extension .doc", StringComparison.Ordinal));
    }
}
