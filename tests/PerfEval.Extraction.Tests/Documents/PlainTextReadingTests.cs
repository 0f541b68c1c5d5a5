using System.Text;
using PerfEval.Extraction.Documents;

namespace PerfEval.Extraction.Tests.Documents;

public sealed class PlainTextReadingTests
{
    public static TheoryData<string, string> SeedsAndEncodings()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in SeedFiles.All)
        {
            foreach (var encoding in new[] { "gb18030", "utf-16le-bom", "utf-16be-bom", "utf-16le", "utf-8-bom", "utf-8" })
            {
                data.Add(Path.GetFileName(path)[..3], encoding);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndEncodings))]
    public void EachSeedReEncodedReadsBackIdenticalWithItsEncodingNoted(string seed, string encoding)
    {
        var original = DocumentReader.Read(SeedFiles.Path(seed));
        var bytes = Encode(File.ReadAllText(SeedFiles.Path(seed), Encoding.UTF8), encoding);

        var reread = DocumentReader.Read(bytes, seed + ".txt");

        Assert.Equal(original.Text, reread.Text);
        Assert.Equal(original.Lines.Count, reread.Lines.Count);
        Assert.Equal("txt", reread.Format);
        var detected = encoding.StartsWith("utf-16", StringComparison.Ordinal) ? encoding.Replace("-bom", string.Empty, StringComparison.Ordinal) : encoding;
        Assert.Contains(reread.Notes, n => n.StartsWith($"encoding: {detected} (", StringComparison.Ordinal));
    }

    [Fact]
    public void SeedOneStatesTheAdjustedBudgetOnALineWithItsOffset()
    {
        var text = DocumentReader.Read(SeedFiles.Path("001"));

        var offset = text.Text.IndexOf("2673.41", StringComparison.Ordinal);
        Assert.True(offset > 0);
        var line = text.Lines.Single(l => l.Offset <= offset && offset < l.Offset + l.Content.Length + 1);
        Assert.Contains("2673.41", line.Content, StringComparison.Ordinal);
        Assert.Equal(text.Text.Substring(line.Offset, line.Content.Length), line.Content);
    }

    [Fact]
    public void ShortGbkTextThatIsAlsoValidUtf8IsReadAsGbk()
    {
        // In GBK each of these characters (CA B5, CA A9, D1 A7, CF B0) is also a valid two-byte UTF-8 sequence.
        var bytes = TextDecoder.Gb18030.GetBytes("实施学习\n");
        Assert.NotNull(new UTF8Encoding(false, true).GetString(bytes));

        var text = DocumentReader.Read(bytes, "bait.txt");

        Assert.Equal("实施学习\n", text.Text);
        Assert.Contains(text.Notes, n => n.StartsWith("encoding: gb18030", StringComparison.Ordinal));
    }

    [Fact]
    public void WindowsLineBreaksBecomeNewlinesAndNulIsDroppedButNbspAndIdeographicSpaceStay()
    {
        var bytes = Encoding.UTF8.GetBytes("预算\r\n执行率\u00A0100%\r第三行\0\u3000完");

        var text = DocumentReader.Read(bytes, "mixed.txt");

        Assert.Equal("预算\n执行率\u00A0100%\n第三行\u3000完", text.Text);
        Assert.Equal(["预算", "执行率\u00A0100%", "第三行\u3000完"], text.Lines.Select(l => l.Content));
        Assert.Equal([0, 3, 12], text.Lines.Select(l => l.Offset));
    }

    [Fact]
    public void FormFeedStartsANewPage()
    {
        var text = DocumentReader.Read(Encoding.UTF8.GetBytes("第一页\n\f第二页\n续"), "pages.txt");

        Assert.Equal([1, 2, 2], text.Lines.Select(l => l.Page));
    }

    [Fact]
    public void RandomBytesNamedTxtAreRefusedAsBinary()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x01;

        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bytes, "noise.txt"));

        Assert.Equal(DocumentReadReasons.BinaryNotText, error.Reason);
        Assert.Contains("noise.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhitespaceOnlyTextIsAnEmptyFile()
    {
        var error = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(Encoding.UTF8.GetBytes(" \r\n\t\n"), "blank.txt"));

        Assert.Equal(DocumentReadReasons.EmptyFile, error.Reason);
    }

    [Fact]
    public void InvalidUtf8WithMostlyChineseGbkBytesIsReadAsGb18030()
    {
        var gbk = TextDecoder.Gb18030.GetBytes("本年度一般公共预算财政拨款收入1926.41万元，支出1926.41万元。");
        var withStrayByte = gbk.Concat(new byte[] { 0xFF }).ToArray();

        var text = DocumentReader.Read(withStrayByte, "stray.txt");

        Assert.StartsWith("本年度一般公共预算财政拨款收入1926.41万元", text.Text, StringComparison.Ordinal);
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "gb18030" => TextDecoder.Gb18030.GetBytes(text),
        "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-16le" => Encoding.Unicode.GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-8" => Encoding.UTF8.GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };
}
