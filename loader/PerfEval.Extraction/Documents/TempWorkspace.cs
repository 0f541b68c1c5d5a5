namespace PerfEval.Extraction.Documents;

/// <summary>A private temporary folder for one read (tool inputs, page images, a LibreOffice profile), removed on dispose.</summary>
internal sealed class TempWorkspace : IDisposable
{
    public TempWorkspace(string? root)
    {
        Folder = Path.Combine(root ?? Path.GetTempPath(), "perfeval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>A path inside the workspace; callers pass fixed names, never a name taken from the input.</summary>
    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A tool killed on timeout may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
