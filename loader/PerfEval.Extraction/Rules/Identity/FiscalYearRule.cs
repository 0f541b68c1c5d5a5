using System.Text.RegularExpressions;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Rules.Identity;

/// <summary>
/// The fiscal year evaluated: the title's year, else the year written most as "2023年度", else as "2023年".
/// A date (2024年3月15日) is when the report was filed or signed, never the fiscal year.
/// </summary>
public sealed partial class FiscalYearRule : IExtractionRule
{
    private const int EarliestYear = 1990;
    private const int LatestYear = 2100;

    public void Apply(ExtractionContext context)
    {
        var text = IdentityText.AsciiDigits(context.Text.Text);
        var title = ReportTitle.Find(context.Text);
        var found = (title is null ? null : FirstYear(IdentityText.AsciiDigits(title.Text), title.Offset, text))
            ?? MostWritten(YearOfAccounts().Matches(text))
            ?? MostWritten(YearAlone().Matches(text));
        if (found is null)
        {
            context.AddIssue("fiscal_year_unknown", "The report states no fiscal year.");
            return;
        }
        var (year, offset, quote) = found.Value;
        context.Report = context.Report with { FiscalYear = year };
        context.SetEvidence("fiscalYear", offset, quote);
    }

    private static (int Year, int Offset, string Quote)? FirstYear(string title, int titleOffset, string text)
    {
        var match = YearAlone().Match(title);
        if (!match.Success || !IsPlausible(match.Groups["year"].Value, out var year))
        {
            return null;
        }
        var offset = text.IndexOf(match.Value, titleOffset, StringComparison.Ordinal);
        return offset < 0 ? null : (year, offset, match.Value);
    }

    private static (int Year, int Offset, string Quote)? MostWritten(MatchCollection matches)
    {
        var best = matches
            .Where(m => IsPlausible(m.Groups["year"].Value, out _))
            .GroupBy(m => m.Groups["year"].Value, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Index)
            .FirstOrDefault();
        if (best is null)
        {
            return null;
        }
        var first = best.First();
        return (int.Parse(best.Key, System.Globalization.CultureInfo.InvariantCulture), first.Index, first.Value);
    }

    private static bool IsPlausible(string digits, out int year) =>
        int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out year) && year is >= EarliestYear and <= LatestYear;

    [GeneratedRegex(@"(?<!\d)(?<year>\d{4})\s*年度")]
    private static partial Regex YearOfAccounts();

    // Not followed by a month: 2024年3月 dates a signature or a filing.
    [GeneratedRegex(@"(?<!\d)(?<year>\d{4})\s*年(?!\s*\d{1,2}\s*月)(?!\s*[一二三四五六七八九十]{1,2}\s*月)")]
    private static partial Regex YearAlone();
}
