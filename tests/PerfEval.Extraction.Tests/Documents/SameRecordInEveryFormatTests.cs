using PerfEval.Extraction.Checks;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Tests.Documents;

/// <summary>
/// Issue 3's acceptance: each seed converted by LibreOffice to .docx and .pdf, and re-encoded as GB18030, gives the
/// record its UTF-8 .txt gives, field by field.
/// </summary>
[Collection(ConvertedDocumentsCollection.Name)]
public sealed class SameRecordInEveryFormatTests(ConvertedDocumentsFixture converted)
{
    private static readonly ReportExtractor Extractor = ReportExtractor.CreateDefault();
    private static readonly ReportChecker Checker = ReportChecker.CreateDefault();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            foreach (var format in new[] { "gb18030.txt", "docx", "pdf" })
            {
                data.Add(seed, format);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void AConvertedSeedGivesTheRecordOfItsText(string seed, string format)
    {
        var expected = RecordFields.Of(Extract(seed + ".txt"));
        var actual = RecordFields.Of(Extract(seed + "." + format));

        var differing = expected.Keys.Where(k => expected[k] != actual[k]).ToList();

        Assert.True(
            differing.Count == 0,
            $"{seed}.{format}: fields differing from the .txt record [{string.Join(", ", differing)}]\n"
            + string.Join("\n", differing.Select(k => $"{k}:\n  txt: {expected[k]}\n  {format}: {actual[k]}")));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void TheTextRecordBeingComparedStatesItsUnitYearAndKind(string seed)
    {
        var record = Extract(seed + ".txt");

        Assert.NotNull(record.UnitName);
        Assert.Equal(2023, record.FiscalYear);
        Assert.NotNull(record.Kind);
    }

    private ExtractedReport Extract(string name) => Checker.Check(Extractor.Extract(DocumentReader.Read(converted.PathOf(name))));
}
