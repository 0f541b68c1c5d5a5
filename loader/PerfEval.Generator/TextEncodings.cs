using System.Text;

namespace PerfEval.Generator;

/// <summary>The encodings a .txt report may arrive in; readers must detect them, not assume UTF-8.</summary>
public static class TextEncodings
{
    public const string Utf8 = "utf-8";
    public const string Utf8Bom = "utf-8-bom";
    public const string Gb18030 = "gb18030";
    public const string Utf16 = "utf-16";

    public static IReadOnlyList<string> All { get; } = [Utf8, Utf8Bom, Gb18030, Utf16];

    /// <summary>The text's bytes, with a byte-order mark where the encoding has one.</summary>
    public static byte[] Encode(string text, string encoding)
    {
        var target = encoding switch
        {
            Utf8Bom => new UTF8Encoding(true),
            Gb18030 => Gb18030Encoding.Value,
            Utf16 => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UTF8Encoding(false),
        };
        var preamble = target.GetPreamble();
        var bytes = new byte[preamble.Length + target.GetByteCount(text)];
        preamble.CopyTo(bytes, 0);
        target.GetBytes(text, 0, text.Length, bytes, preamble.Length);
        return bytes;
    }

    private static readonly Lazy<Encoding> Gb18030Encoding = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });
}
