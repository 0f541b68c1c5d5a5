using System.Collections.Concurrent;
using System.Reflection;

namespace PerfEval.Warehouse.Schema;

/// <summary>The SQL files of <c>sql/</c>, embedded in this assembly and fetched by name ("queries/x.sql").</summary>
public static class SqlScripts
{
    private const string Prefix = "sql/";
    private static readonly Assembly Assembly = typeof(SqlScripts).Assembly;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Get(string name) => Cache.GetOrAdd(name, Load);

    /// <summary>Names under a folder ("schema/"), sorted ordinally so numbered scripts run in order.</summary>
    public static IReadOnlyList<string> List(string folder) =>
        [.. Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + folder, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal)];

    /// <summary>A script's statements, for scripts whose statements each take parameters (split at ";" ending a line).</summary>
    public static IReadOnlyList<string> Statements(string name) =>
        [.. Get(name).Split(";\n", StringSplitOptions.TrimEntries)
            .Select(StripCommentLines)
            .Where(s => s.Length > 0)];

    private static string StripCommentLines(string sql) =>
        string.Join('\n', sql.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim().TrimEnd(';');

    private static string Load(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"SQL script '{name}' is not embedded (expected sql/{name}).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
