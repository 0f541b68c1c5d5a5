using System.Text;
using System.Text.RegularExpressions;

namespace PerfEval.Extraction.Documents;

/// <summary>Reads a page saved from a government site: charset from BOM or meta (GB2312/GBK common), then text and tables.</summary>
internal static partial class HtmlReader
{
    public static ReportText Read(byte[] bytes, string fileName, IReadOnlyList<string> extraNotes)
    {
        var (html, encodingNote) = Decode(bytes);
        var root = HtmlTreeBuilder.Build(HtmlTokenizer.Tokenize(html));
        var blocks = HtmlLayoutBuilder.Build(root);
        var text = LayoutRenderer.Render(fileName, "html", blocks, [encodingNote, .. extraNotes]);
        if (text.Text.AsSpan().Trim().IsEmpty)
        {
            throw new DocumentReadException(fileName, DocumentReadReasons.EmptyFile, "the page holds no text");
        }
        return text;
    }

    private static (string Html, string Note) Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var bom = TextDecoder.Decode(bytes);
            return (bom.Text, $"encoding: {bom.Encoding} (byte-order mark)");
        }
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var declared = CharsetPattern().Match(head);
        if (declared.Success && TextDecoder.EncodingForCharset(declared.Groups[1].Value) is { } encoding)
        {
            var text = encoding.GetString(bytes);
            // Pages are often mislabelled (declared gb2312, saved as UTF-8): trust the declaration only if it reads as text.
            var auto = TextDecoder.Decode(bytes);
            if (auto.Encoding != NameOf(encoding) && ChineseTextPlausibility.Score(auto.Text) > ChineseTextPlausibility.Score(text) + 0.2)
            {
                return (auto.Text, $"encoding: {auto.Encoding} (declared {declared.Groups[1].Value} does not fit the bytes)");
            }
            return (text, $"encoding: {NameOf(encoding)} (declared charset {declared.Groups[1].Value})");
        }
        var detected = TextDecoder.Decode(bytes);
        return (detected.Text, $"encoding: {detected.Encoding} ({detected.Evidence}; no charset declared)");
    }

    private static string NameOf(Encoding encoding) => encoding == TextDecoder.Gb18030 ? "gb18030" : encoding.WebName;

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
