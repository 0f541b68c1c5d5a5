using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace PerfEval.Extraction.Tests.Documents;

/// <summary>Writes a one-page PDF whose only content is a greyscale image: a scan, with no text layer.</summary>
internal static class ImageOnlyPdf
{
    /// <param name="pgm">A binary PGM (P5, 8-bit), as pdftoppm -gray writes.</param>
    public static void Write(string pgm, string pdfPath)
    {
        var (width, height, pixels) = ReadPgm(File.ReadAllBytes(pgm));
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(pixels);
        }
        var image = compressed.ToArray();
        // Page size in points at the image's 150 dpi.
        var pageWidth = width * 72 / 150;
        var pageHeight = height * 72 / 150;
        var content = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"q {pageWidth} 0 0 {pageHeight} 0 0 cm /Im0 Do Q"));

        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Ascii(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        void Object(string header, byte[]? stream = null)
        {
            offsets.Add(pdf.Position);
            Ascii(string.Create(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{header}\n"));
            if (stream is not null)
            {
                Ascii("stream\n");
                pdf.Write(stream);
                Ascii("\nendstream\n");
            }
            Ascii("endobj\n");
        }
        Ascii("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pageWidth} {pageHeight}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>"));
        Object(string.Create(CultureInfo.InvariantCulture, $"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {image.Length} >>"), image);
        Object(string.Create(CultureInfo.InvariantCulture, $"<< /Length {content.Length} >>"), content);
        var xref = pdf.Position;
        var table = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Ascii(table.ToString());
        File.WriteAllBytes(pdfPath, pdf.ToArray());
    }

    private static (int Width, int Height, byte[] Pixels) ReadPgm(byte[] bytes)
    {
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }
            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }
            return Encoding.ASCII.GetString(bytes, start, position - start);
        }
        if (Token() != "P5")
        {
            throw new InvalidDataException("not a binary PGM");
        }
        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        _ = Token();
        position++;
        return (width, height, bytes[position..(position + (width * height))]);
    }
}
