namespace PerfEval.Loading;

/// <summary>
/// The data folder's file areas: originals (by document id, for download and re-extraction) and quarantine
/// (a rejected file beside a note of why). Writes go through a temp name and a rename so a crash leaves no partial file.
/// </summary>
public sealed class FileStore(LoaderOptions options)
{
    public string OriginalPath(string documentId, string format) =>
        Path.Combine(options.OriginalsFolder, documentId + (format.Length > 0 ? "." + format : ""));

    public void KeepOriginal(string documentId, string format, byte[] content)
    {
        var path = OriginalPath(documentId, format);
        if (!File.Exists(path))
        {
            WriteAtomically(path, content);
        }
    }

    /// <summary>Puts a rejected file into quarantine under a name that cannot collide, with its reason beside it.</summary>
    public string Quarantine(string sourcePath, byte[]? content, string reason, bool removeSource)
    {
        Directory.CreateDirectory(options.QuarantineFolder);
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        var target = Path.Combine(options.QuarantineFolder, stamp + "_" + Guid.NewGuid().ToString("N")[..8] + "_" + SafeFileNames.Clean(Path.GetFileName(sourcePath)));
        if (content is not null)
        {
            WriteAtomically(target, content);
        }
        File.WriteAllText(target + ".reason.txt", sourcePath + Environment.NewLine + reason + Environment.NewLine);
        if (removeSource)
        {
            TryDelete(sourcePath);
        }
        return target;
    }

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Still open elsewhere: the next scan sees it again and, knowing its content, removes it then.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void WriteAtomically(string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".part";
        File.WriteAllBytes(temp, content);
        File.Move(temp, path, overwrite: true);
    }
}
