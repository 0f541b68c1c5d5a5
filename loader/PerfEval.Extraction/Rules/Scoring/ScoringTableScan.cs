using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>What the scoring tables of one document state: indicator rows, the total row, and what could not be read.</summary>
internal sealed class ScoringTableScan
{
    public List<IndicatorRow> Rows { get; } = [];

    /// <summary>Points of the 总分 row, when one was read.</summary>
    public decimal? TotalPoints { get; set; }

    /// <summary>Weights of the 总分 row (usually 100), when stated beside the points.</summary>
    public decimal? TotalWeight { get; set; }

    public Evidence? TotalEvidence { get; set; }

    public Evidence? HeaderEvidence { get; set; }

    public List<ExtractionIssue> Issues { get; } = [];
}
