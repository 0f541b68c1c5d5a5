using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace PerfEval.Briefing.Tests.Fixtures;

/// <summary>What a test reads back from a briefing .docx through OpenXml: paragraphs, tables as text, charts by title.</summary>
public sealed class BriefingDocx : IDisposable
{
    private readonly WordprocessingDocument document;

    public BriefingDocx(byte[] bytes)
    {
        Bytes = bytes;
        document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart!.Document.Body!;
        Paragraphs = [.. body.Elements<Paragraph>().Select(p => p.InnerText)];
        Tables = [.. body.Elements<Table>().Select(t => (IReadOnlyList<IReadOnlyList<string>>)[.. t.Elements<TableRow>()
            .Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => c.InnerText)])])];
        Charts = document.MainDocumentPart.ChartParts.ToDictionary(c => c.ChartSpace.Descendants<C.Title>().Single().InnerText);
    }

    public byte[] Bytes { get; }

    public WordprocessingDocument Document => document;

    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>Each table's rows (the header first) as cell texts.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables { get; }

    public IReadOnlyDictionary<string, ChartPart> Charts { get; }

    /// <summary>The table whose header row starts with these cells.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Table(params string[] header) =>
        Tables.Single(t => t[0].Take(header.Length).SequenceEqual(header));

    public static IReadOnlyList<string> SeriesNames(ChartPart chart) =>
        [.. chart.ChartSpace.Descendants<C.SeriesText>().Select(t => t.Descendants<C.NumericValue>().Single().Text)];

    public static IReadOnlyList<string> Categories(ChartPart chart) =>
        [.. chart.ChartSpace.Descendants<C.CategoryAxisData>().First().Descendants<C.NumericValue>().Select(v => v.Text)];

    /// <summary>The cached values of the chart's series, in series order.</summary>
    public static IReadOnlyList<IReadOnlyList<decimal>> Values(ChartPart chart) =>
        [.. chart.ChartSpace.Descendants<C.Values>().Select(v => (IReadOnlyList<decimal>)[.. v.Descendants<C.NumericValue>()
            .Select(n => decimal.Parse(n.Text, System.Globalization.CultureInfo.InvariantCulture))])];

    public IReadOnlyList<string> ValidationErrors() =>
        [.. new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016)
            .Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").Distinct()];

    public void Dispose() => document.Dispose();
}
