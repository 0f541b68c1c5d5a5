using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Checks.Rules;

public sealed class YearUnknownCheck : ICheck
{
    public string Id => "year_unknown";
    public FlagSeverity Severity => FlagSeverity.Warning;

    public IEnumerable<Flag> Evaluate(ExtractedReport report, CheckConfiguration config)
    {
        if (report.FiscalYear is null)
        {
            yield return new Flag(Id, Severity, "无法识别评价年度 (fiscal year unknown)", []);
        }
    }
}
