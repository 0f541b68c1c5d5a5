using System.Collections.Concurrent;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// LibreOffice user profiles, one per concurrent conversion: two soffice processes sharing a profile block each
/// other, and a fresh profile costs seconds to create, so profiles are reused for the life of the process.
/// </summary>
internal static class LibreOfficeProfiles
{
    private static readonly ConcurrentBag<string> Idle = [];
    private static readonly ConcurrentBag<string> All = [];
    private static int _created;

    static LibreOfficeProfiles()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll();
    }

    /// <summary>Borrows an idle profile folder (or names a new one); return it with <see cref="Return"/>.</summary>
    public static string Rent(string? tempRoot)
    {
        if (Idle.TryTake(out var folder))
        {
            return folder;
        }
        var number = Interlocked.Increment(ref _created);
        folder = Path.Combine(tempRoot ?? Path.GetTempPath(), $"perfeval-lo-profile-{Environment.ProcessId}-{number}");
        All.Add(folder);
        return folder;
    }

    /// <summary>A profile whose conversion timed out may be half-written: it is dropped rather than reused.</summary>
    public static void Return(string folder, bool healthy)
    {
        if (healthy)
        {
            Idle.Add(folder);
            return;
        }
        Delete(folder);
    }

    private static void DeleteAll()
    {
        foreach (var folder in All)
        {
            Delete(folder);
        }
    }

    private static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
