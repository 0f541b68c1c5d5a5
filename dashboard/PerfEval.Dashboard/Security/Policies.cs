namespace PerfEval.Dashboard.Security;

/// <summary>Authorization policy names beyond "signed in" (the fallback policy of every endpoint).</summary>
public static class Policies
{
    /// <summary>Uploads, inbox scans, reloads and the audit log.</summary>
    public const string Administrator = "administrator";
}
