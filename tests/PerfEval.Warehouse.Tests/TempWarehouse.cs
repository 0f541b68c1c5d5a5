namespace PerfEval.Warehouse.Tests;

/// <summary>A real warehouse file in a fresh temporary folder, deleted afterwards.</summary>
public sealed class TempWarehouse : IDisposable
{
    public TempWarehouse()
    {
        Folder = Path.Combine(Path.GetTempPath(), "perfeval-wh-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Database = new WarehouseDatabase(Path.Combine(Folder, "warehouse.duckdb"));
    }

    public string Folder { get; }
    public WarehouseDatabase Database { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // The instance cache may still hold the file open until the process ends; temp is cleaned later.
        }
    }
}
