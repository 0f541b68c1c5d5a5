namespace PerfEval.Dashboard.Security;

/// <summary>Authorization policy names beyond "signed in" (the fallback policy of every endpoint).</summary>
public static class Policies
{
    /// <summary>Uploads, inbox scans, reloads and the audit log.</summary>
    public const string Administrator = "administrator";

    /// <summary>Whole-warehouse exports: everyone who may read every region (管理员, 分析员), never a 单位用户.</summary>
    public const string ReadEverything = "read-everything";
}
