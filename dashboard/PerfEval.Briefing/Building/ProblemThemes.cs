using System.Text.Json;
using System.Text.RegularExpressions;
using PerfEval.Briefing.Model;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Briefing.Building;

/// <summary>
/// Groups the reports' problems sections by theme (problem_themes.json): each clause joins the first theme whose
/// keyword it contains; a theme counts the reports that name it and quotes a few of them, one clause per unit.
/// Clauses of no theme are kept as 其他问题, after the named themes shown, so no stated problem goes unmentioned.
/// </summary>
public sealed partial class ProblemThemes(IReadOnlyList<ProblemThemes.Theme> themes)
{
    public const int QuotesPerTheme = 3;
    public const string OtherTheme = "其他问题";
    private const int LongestQuote = 90;

    public sealed record Theme(string Name, IReadOnlyList<string> Keywords);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public static ProblemThemes Default { get; } = new(LoadEmbedded());

    public IReadOnlyList<ProblemTheme> Group(IReadOnlyList<ReportProblems> reports, int top)
    {
        var hits = reports
            .SelectMany(r => Clauses(r.Problems).Select(c => (Report: r, Clause: c, Theme: ThemeOf(c))))
            .ToList();
        var order = themes.Select(t => t.Name).ToList();
        var named = hits
            .Where(h => h.Theme is not null)
            .GroupBy(h => h.Theme!.Name)
            .Select(g => Summarise(g.Key, g))
            .OrderByDescending(t => t.Reports)
            .ThenBy(t => order.IndexOf(t.Theme))
            .Take(top);
        var others = hits.Where(h => h.Theme is null).ToList();
        return [.. named, .. others.Count > 0 ? [Summarise(OtherTheme, others)] : Array.Empty<ProblemTheme>()];
    }

    private static ProblemTheme Summarise(string theme, IEnumerable<(ReportProblems Report, string Clause, Theme? Theme)> hits) =>
        new(
            theme,
            hits.Select(h => h.Report.DocumentId).Distinct(StringComparer.Ordinal).Count(),
            [.. hits.DistinctBy(h => h.Report.UnitName, StringComparer.Ordinal)
                .Take(QuotesPerTheme)
                .Select(h => new ProblemQuote(h.Report.UnitName, h.Clause))]);

    private Theme? ThemeOf(string clause) =>
        themes.FirstOrDefault(t => t.Keywords.Any(k => clause.Contains(k, StringComparison.Ordinal)));

    /// <summary>Sentences of a problems section, without list numbering ("一是", "1.", "（二）"), cut to a quotable length.</summary>
    public static IEnumerable<string> Clauses(string text) =>
        SentenceEnd().Split(text)
            .Select(s => Numbering().Replace(s.Trim(), ""))
            .Where(s => s.Length >= 6)
            .Select(s => s.Length <= LongestQuote ? s + "。" : s[..LongestQuote] + "……");

    private static List<Theme> LoadEmbedded()
    {
        using var stream = typeof(ProblemThemes).Assembly.GetManifestResourceStream("problem_themes.json")
            ?? throw new InvalidOperationException("problem_themes.json is not embedded");
        return [.. JsonSerializer.Deserialize<List<ThemeJson>>(stream, JsonOptions)!.Select(t => new Theme(t.Theme, t.Keywords))];
    }

    private sealed record ThemeJson(string Theme, IReadOnlyList<string> Keywords);

    [GeneratedRegex(@"[。；;！!？?\r\n]+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+是|[（(]?[一二三四五六七八九十\d]+[)）、.．]|存在问题[:：])\s*")]
    private static partial Regex Numbering();
}
