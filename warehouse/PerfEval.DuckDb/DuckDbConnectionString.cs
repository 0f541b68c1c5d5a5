using System.Data.Common;

namespace PerfEval.DuckDb;

/// <summary>"Data Source=&lt;path&gt;" or "Data Source=:memory:" (a private in-memory database per connection).</summary>
internal static class DuckDbConnectionString
{
    public const string InMemory = ":memory:";

    public static string DataSource(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        foreach (var key in new[] { "Data Source", "DataSource" })
        {
            if (builder.TryGetValue(key, out var value) && value is string source && source.Length > 0)
            {
                return source;
            }
        }
        throw new ArgumentException($"The connection string '{connectionString}' names no Data Source.", nameof(connectionString));
    }

    /// <summary>Files by their absolute path, so one file is one cache entry whatever the working folder.</summary>
    public static string NormalisePath(string dataSource) =>
        dataSource.StartsWith(InMemory, StringComparison.Ordinal) ? dataSource : Path.GetFullPath(dataSource);
}
