using PerfEval.DuckDb;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Warehouse;

/// <summary>
/// The warehouse file. Connections share one DuckDB instance per file (the provider's instance cache);
/// the schema is brought up to date once, on first use.
/// </summary>
public sealed class WarehouseDatabase
{
    private readonly Lock migrationGate = new();
    private IReadOnlyList<string>? appliedScripts;

    public WarehouseDatabase(string databasePath)
    {
        DateOnlyTypeHandler.Register();
        DatabasePath = Path.GetFullPath(databasePath);
    }

    public string DatabasePath { get; }

    /// <summary>
    /// Schema scripts applied by this process's first connection. A failed attempt (e.g. another process held the
    /// file) is not remembered, so the next Open tries again.
    /// </summary>
    public IReadOnlyList<string> AppliedScripts
    {
        get
        {
            lock (migrationGate)
            {
                return appliedScripts ??= Migrate();
            }
        }
    }

    public DuckDbConnection Open()
    {
        _ = AppliedScripts;
        return OpenRaw();
    }

    private DuckDbConnection OpenRaw()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        var connection = new DuckDbConnection("Data Source=" + DatabasePath);
        try
        {
            connection.Open();
        }
        catch (DuckDbException e) when (e.LockHolderProcessId is { } pid)
        {
            connection.Dispose();
            throw new DuckDbException($"The warehouse is in use by process {pid} / path {DatabasePath}; stop that process first.", e)
            {
                LockHolderProcessId = pid,
                LockedPath = DatabasePath,
            };
        }
        return connection;
    }

    private IReadOnlyList<string> Migrate()
    {
        using var connection = OpenRaw();
        return SchemaMigrator.Migrate(connection);
    }
}
