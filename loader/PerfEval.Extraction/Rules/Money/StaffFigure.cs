using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Rules.Money;

internal enum StaffMeasure
{
    Posts,
    Serving,
    Funded,
    Retired,
}

/// <summary>One staffing count as stated; <see cref="Group"/> is the staff category it belongs to (civil, institution, worker) when named.</summary>
internal sealed record StaffFigure(StaffMeasure Measure, int Count, string? Group, Evidence Evidence);
