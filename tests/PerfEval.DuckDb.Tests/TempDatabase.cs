namespace PerfEval.DuckDb.Tests;

/// <summary>A real DuckDB file in a fresh temporary folder, removed afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "perfeval-duckdb-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, "test.duckdb");
    }

    public string Folder { get; }

    public string Path { get; }

    public DuckDbConnection Open()
    {
        var connection = new DuckDbConnection("Data Source=" + Path);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A connection a test left open still holds the file; the temp folder is cleaned later.
        }
    }
}
