namespace PerfEval.Generator.Planning;

/// <summary>
/// What one series is about: its unit, kind, and for project series whether it is the unit's yearly bundle of
/// small projects (ProjectName null) or project number <see cref="ProjectSlot"/> of the unit's portfolio.
/// (unit, kind, project) never repeats within a corpus, so no report supersedes another when loaded.
/// </summary>
public sealed record SeriesSlot(Unit Unit, string Kind, bool Bundle, int ProjectSlot)
{
    /// <summary>The project's name: the portfolio's entry, with a phase mark once the portfolio has been used up.</summary>
    public string? ProjectName(IReadOnlyList<string> portfolio)
    {
        if (Bundle || Kind == ReportKinds.Overall)
        {
            return null;
        }
        var name = portfolio[ProjectSlot % portfolio.Count];
        var phase = ProjectSlot / portfolio.Count;
        return phase == 0 ? name : $"{name}（{ReportKindsText.Phase(phase + 1)}期）";
    }

    public string? ProjectCategory(IReadOnlyList<string> portfolio) =>
        Bundle || Kind == ReportKinds.Overall ? null : ProjectCatalog.CategoryOf(portfolio[ProjectSlot % portfolio.Count]);
}

internal static class ReportKindsText
{
    public static string Phase(int n) => n < 10 ? "零一二三四五六七八九"[n].ToString() : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
