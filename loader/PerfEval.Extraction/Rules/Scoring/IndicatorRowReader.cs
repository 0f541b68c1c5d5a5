using System.Text.RegularExpressions;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>
/// Reads one indicator row against its header. The weight and points cells anchor the row: when the row
/// has as many cells as the header (or more, from merged leading cells) they are read by position from
/// the right; when cells vanished they are found as the rightmost pair of numbers that can be a weight
/// and its points. The cells before the anchor are aligned right onto the header's columns.
/// </summary>
internal static partial class IndicatorRowReader
{
    private const decimal MaxWeight = 100m;

    public static IndicatorRow? Read(string text, TableRow row, ScoringColumns header, LevelCarry carry, List<ExtractionIssue> issues)
    {
        var cells = row.Cells.Select(c => c.Text).ToList();
        var evidence = EvidenceSpans.OfRow(text, row);
        if (GroupHeading(cells) is { } heading)
        {
            carry.Next(heading, null);
            return null;
        }
        var anchor = FindWeightAndPoints(cells, header);
        if (anchor is null)
        {
            if (LooksLikeIndicator(cells))
            {
                issues.Add(new ExtractionIssue("scoring_row_unreadable", "An indicator row's weight and points could not be read; the row is left out.", evidence));
            }
            return null;
        }
        var (weightAt, pointsAt, weight, points) = anchor.Value;
        var headerLeft = Math.Min(header.Weight, header.Points);
        var headerRight = Math.Max(header.Weight, header.Points);
        var rowLeft = Math.Min(weightAt, pointsAt);
        var rowRight = Math.Max(weightAt, pointsAt);
        // A header whose target/actual titles were lost (wrapped onto other lines in PDF text) while the row
        // still carries two figures before the weight: read those as target and actual, align the rest.
        string? impliedTarget = null;
        string? impliedActual = null;
        if (header.Target is null && header.Actual is null && rowLeft >= 3 && LooksLikeFigure(cells[rowLeft - 1]) && LooksLikeFigure(cells[rowLeft - 2]))
        {
            (impliedTarget, impliedActual) = (cells[rowLeft - 2], cells[rowLeft - 1]);
            rowLeft -= 2;
        }

        string? At(int? column)
        {
            if (column is not int c)
            {
                return null;
            }
            var index = c < headerLeft ? c + (rowLeft - headerLeft) : c + (rowRight - headerRight);
            var inRange = c < headerLeft ? index >= 0 && index < rowLeft : index > rowRight && index < cells.Count;
            return inRange && cells[index].Length > 0 ? cells[index] : null;
        }

        var level1 = At(header.Level1) is { } l1 ? IndicatorNames.Clean(l1) : null;
        var level2 = At(header.Level2) is { } l2 ? IndicatorNames.Clean(l2) : null;
        carry.Next(level1, level2);
        var name = At(header.Name) is { } n ? ScoringColumns.Squeeze(n) : null;
        if (string.IsNullOrEmpty(name))
        {
            issues.Add(new ExtractionIssue("scoring_row_unnamed", "An indicator row with a weight and points has no indicator name; the row is left out.", evidence));
            return null;
        }
        return new IndicatorRow
        {
            Level1 = carry.Level1,
            Level2 = carry.Level2,
            Name = name,
            Target = At(header.Target) ?? impliedTarget,
            Actual = At(header.Actual) ?? impliedActual,
            Weight = weight,
            Points = points,
            Deviation = At(header.Deviation),
            IsExecutionRate = IndicatorNames.IsExecutionRate(name),
            Evidence = evidence,
        };
    }

    private static (int WeightAt, int PointsAt, decimal Weight, decimal Points)? FindWeightAndPoints(List<string> cells, ScoringColumns header)
    {
        if (cells.Count >= header.Count)
        {
            var shift = cells.Count - header.Count;
            var w = ScoreNumber.Parse(cells[header.Weight + shift]);
            var p = ScoreNumber.Parse(cells[header.Points + shift]);
            if (w is not null && p is not null)
            {
                return (header.Weight + shift, header.Points + shift, w.Value, p.Value);
            }
        }
        var distance = header.Points - header.Weight;
        for (var i = cells.Count - 1; i >= 0; i--)
        {
            var j = i + distance;
            if (j < 0 || j >= cells.Count)
            {
                continue;
            }
            var w = ScoreNumber.Parse(cells[i]);
            var p = ScoreNumber.Parse(cells[j]);
            if (w is > 0 and <= MaxWeight && p is not null && p >= 0 && p <= w)
            {
                return (i, j, w.Value, p.Value);
            }
        }
        return null;
    }

    /// <summary>A first-level name alone on its row ("效益指标（20分）" across the table): the rows below belong to it.</summary>
    private static string? GroupHeading(List<string> cells)
    {
        var filled = cells.Where(c => c.Length > 0).ToList();
        return filled.Count == 1 && IndicatorNames.Clean(filled[0]) is var name && IndicatorNames.IsLevel1Category(name) ? name : null;
    }

    private static bool LooksLikeFigure(string text) => FigureStart().IsMatch(text);

    [GeneratedRegex(@"^[=≥≤<>＝＜＞]?\s*\d")]
    private static partial Regex FigureStart();

    private static bool LooksLikeIndicator(List<string> cells) =>
        cells.Count(c => c.Length > 0) >= 2 && cells.Exists(c => c.Any(char.IsAsciiDigit));
}
