using System.Text;
using PerfEval.Generator.Truth;

namespace PerfEval.Generator.Tests;

public sealed class TxtEncodingTests
{
    [Fact]
    public async Task TxtReportsComeInEveryRequestedEncodingAndDecodeToTheSameText()
    {
        using var plain = new TempFolder();
        using var mixed = new TempFolder();
        var spec = CorpusSpec.Demo with { Count = 40, Formats = [ReportFormats.Txt] };
        await CorpusGenerator.GenerateAsync(spec, plain.Path, CancellationToken.None);
        var result = await CorpusGenerator.GenerateAsync(spec with { TxtEncodings = TextEncodings.All }, mixed.Path, CancellationToken.None);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var seen = new HashSet<string>();
        foreach (var row in result.Rows)
        {
            var truth = TruthJson.Read(TxtCorpusFixture.TruthPath(mixed.Path, row));
            var bytes = File.ReadAllBytes(Path.Combine(mixed.Path, row.File));
            var text = truth.Encoding switch
            {
                "utf-8-bom" => Decode(bytes, [0xEF, 0xBB, 0xBF], new UTF8Encoding(false, true)),
                "utf-16" => Decode(bytes, [0xFF, 0xFE], new UnicodeEncoding(false, false, true)),
                "gb18030" => Encoding.GetEncoding("GB18030").GetString(bytes),
                _ => new UTF8Encoding(false, true).GetString(bytes),
            };
            seen.Add(truth.Encoding!);
            Assert.Equal(File.ReadAllText(Path.Combine(plain.Path, row.File)), text);
            if (truth.Encoding == "gb18030")
            {
                Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
            }
            var unit = truth.Report.Evidence["unitName"];
            Assert.Equal(unit.Quote, text.Substring(unit.Offset, unit.Quote.Length));
        }
        Assert.Equal(TextEncodings.All.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    private static string Decode(byte[] bytes, byte[] bom, Encoding encoding)
    {
        Assert.True(bytes.AsSpan().StartsWith(bom), "the byte-order mark is missing");
        return encoding.GetString(bytes, bom.Length, bytes.Length - bom.Length);
    }
}
