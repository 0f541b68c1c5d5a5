using System.Globalization;
using System.Text;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// Decodes text bytes whose encoding is not declared: a byte-order mark decides; otherwise UTF-8 (strictly
/// valid), GB18030 and UTF-16 are each tried and the most plausible Chinese text wins.
/// </summary>
public static class TextDecoder
{
    private const double ConfidentScore = 0.9;
    private const int SampleBytes = 64 * 1024;

    public static Encoding Gb18030 { get; } = CreateGb18030();

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes[3..]), "utf-8-bom", "byte-order mark");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", "byte-order mark");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", "byte-order mark");
        }

        var utf16 = GuessUtf16ByZeroBytes(bytes);
        if (utf16 is not null)
        {
            return new DecodedText(utf16.GetString(bytes), utf16.WebName, "zero bytes at alternate positions");
        }

        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        var utf8 = TryStrictUtf8(bytes);
        if (utf8 is not null)
        {
            var utf8Score = ChineseTextPlausibility.Score(utf8.AsSpan(0, Math.Min(utf8.Length, SampleBytes / 3)));
            if (utf8Score >= ConfidentScore)
            {
                return new DecodedText(utf8, "utf-8", "strictly valid UTF-8");
            }
            var gbScore = ChineseTextPlausibility.Score(Gb18030.GetString(sample));
            // Valid UTF-8 that reads as Chinese only in GB18030 is GB18030 text that happens to be valid UTF-8.
            return gbScore > utf8Score + 0.2
                ? new DecodedText(Gb18030.GetString(bytes), "gb18030", string.Create(CultureInfo.InvariantCulture, $"valid UTF-8 but implausible (score {utf8Score:0.00} vs {gbScore:0.00})"))
                : new DecodedText(utf8, "utf-8", string.Create(CultureInfo.InvariantCulture, $"strictly valid UTF-8 (plausibility {utf8Score:0.00})"));
        }

        var candidates = new List<(Encoding Encoding, double Score)> { (Gb18030, ChineseTextPlausibility.Score(Gb18030.GetString(sample))) };
        if (bytes.Length % 2 == 0)
        {
            candidates.Add((Encoding.Unicode, ChineseTextPlausibility.Score(Encoding.Unicode.GetString(sample))));
            candidates.Add((Encoding.BigEndianUnicode, ChineseTextPlausibility.Score(Encoding.BigEndianUnicode.GetString(sample))));
        }
        var best = candidates.MaxBy(c => c.Score);
        var name = best.Encoding == Gb18030 ? "gb18030" : best.Encoding.WebName;
        return new DecodedText(best.Encoding.GetString(bytes), name, string.Create(CultureInfo.InvariantCulture, $"not valid UTF-8; most plausible (score {best.Score:0.00})"));
    }

    /// <summary>Decodes with a charset name from a declaration (HTML meta); GB2312 and GBK are read as their superset GB18030.</summary>
    public static Encoding? EncodingForCharset(string charset)
    {
        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "euc-cn" or "hz-gb-2312" or "windows-936")
        {
            return Gb18030;
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? TryStrictUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>ASCII characters (digits, line breaks) in UTF-16 leave a zero byte on one side of each pair.</summary>
    private static Encoding? GuessUtf16ByZeroBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenZeros++;
                }
                else
                {
                    oddZeros++;
                }
            }
        }
        var pairs = sample.Length / 2;
        if (oddZeros > pairs / 10 && evenZeros < oddZeros / 10)
        {
            return Encoding.Unicode;
        }
        if (evenZeros > pairs / 10 && oddZeros < evenZeros / 10)
        {
            return Encoding.BigEndianUnicode;
        }
        return null;
    }

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("gb18030");
    }
}

/// <param name="Encoding">utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, or a declared charset.</param>
/// <param name="Evidence">Why that encoding was chosen.</param>
public sealed record DecodedText(string Text, string Encoding, string Evidence);
