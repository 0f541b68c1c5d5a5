using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Tests.Documents;

[Collection(ConvertedDocumentsCollection.Name)]
public sealed class PdfReadingTests(ConvertedDocumentsFixture converted)
{
    [Theory]
    [MemberData(nameof(SeedFacts.KeyFacts), MemberType = typeof(SeedFacts))]
    public void SeedsConvertedToPdfKeepTheirFactsFromTheTextLayer(string seed, string fact)
    {
        var text = DocumentReader.Read(converted.PathOf(seed + ".pdf"));

        Assert.Equal("pdf", text.Format);
        Assert.False(text.IsOcr);
        Assert.Contains(fact, text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PageBreaksFromPdftotextNumberTheLines()
    {
        var text = DocumentReader.Read(converted.PathOf("001.pdf"));

        Assert.Equal(1, text.Lines[0].Page);
        Assert.True(text.Lines[^1].Page >= 3, $"seed 001 spans several pages, last line on page {text.Lines[^1].Page}");
        var budget = text.Text.IndexOf("2673.41", StringComparison.Ordinal);
        Assert.True(text.Lines.Single(l => l.Offset <= budget && budget <= l.Offset + l.Content.Length).Page > 1);
    }

    [Fact]
    public void AScannedPageWithoutATextLayerIsReadByOcrAndMarked()
    {
        var text = DocumentReader.Read(converted.PathOf("scan.pdf"));

        Assert.True(text.IsOcr);
        Assert.Contains(text.Notes, n => n.Contains("OCR", StringComparison.Ordinal));
        Assert.Contains("2023", text.Text, StringComparison.Ordinal);
        Assert.Contains("绩效自评报告", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AScannedPdfWithOcrDisabledIsRefused()
    {
        var error = Assert.Throws<DocumentReadException>(() =>
            DocumentReader.Read(converted.PathOf("scan.pdf"), new DocumentReaderOptions { EnableOcr = false }));

        Assert.Equal(DocumentReadReasons.NoTextLayerNoOcr, error.Reason);
        Assert.Contains("scan.pdf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AScannedPdfWithoutTesseractInstalledIsRefusedAsNoTextLayerNoOcr()
    {
        var options = new DocumentReaderOptions { Tools = new ExternalToolPaths { Tesseract = "/nonexistent/tesseract" } };

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(converted.PathOf("scan.pdf"), options));

        Assert.Equal(DocumentReadReasons.NoTextLayerNoOcr, error.Reason);
        Assert.Contains("tesseract", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutPdftotextAPdfFailsAsToolMissing()
    {
        var options = new DocumentReaderOptions { Tools = new ExternalToolPaths { PdfToText = "/nonexistent/pdftotext" } };

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(converted.PathOf("001.pdf"), options));

        Assert.Equal(DocumentReadReasons.ToolMissing, error.Reason);
        Assert.Contains("poppler-utils", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APasswordProtectedPdfIsRefusedAsEncrypted()
    {
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(converted.PathOf(Path.Combine("locked", "000.pdf"))));

        Assert.Equal(DocumentReadReasons.EncryptedPdf, error.Reason);
        Assert.Contains("000.pdf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AScannedPdfBeyondTheOcrPageLimitIsRefusedNamingTheLimit()
    {
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(converted.PathOf("scan.pdf"), new DocumentReaderOptions { MaxOcrPages = 0 }));

        Assert.Equal(DocumentReadReasons.NoTextLayerNoOcr, error.Reason);
        Assert.Contains("OCR limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APdfPassedAsBytesReadsTheSameAsFromDisk()
    {
        var fromDisk = DocumentReader.Read(converted.PathOf("002.pdf"));

        var fromBytes = DocumentReader.Read(File.ReadAllBytes(converted.PathOf("002.pdf")), "-layout.pdf");

        Assert.Equal(fromDisk.Text, fromBytes.Text);
        Assert.Equal("-layout.pdf", fromBytes.SourceName);
    }

    [Fact]
    public void AWebPageConvertedToPdfKeepsItsTableFigures()
    {
        var text = DocumentReader.Read(converted.PathOf("page.pdf"));

        Assert.Contains("年初预算数", text.Text, StringComparison.Ordinal);
        Assert.Contains("2673.41", text.Text, StringComparison.Ordinal);
    }
}
