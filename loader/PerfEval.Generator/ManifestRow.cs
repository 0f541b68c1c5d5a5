using System.Globalization;
using System.Text;

namespace PerfEval.Generator;

/// <summary>One line of manifest.csv: a generated file and what it is.</summary>
public sealed record ManifestRow(string File, string Unit, string RegionCode, int Year, string Kind, string Layout, string Format, IReadOnlyList<string> Anomalies)
{
    public const string Header = "file,unit,region_code,year,kind,layout,format,anomalies";

    public string ToCsv() => string.Join(',',
        Escape(File), Escape(Unit), RegionCode, Year.ToString(CultureInfo.InvariantCulture), Kind, Layout, Format, Escape(string.Join(';', Anomalies)));

    public static void WriteAll(string path, IEnumerable<ManifestRow> rows)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var row in rows)
        {
            text.Append(row.ToCsv()).Append('\n');
        }
        System.IO.File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    private static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
