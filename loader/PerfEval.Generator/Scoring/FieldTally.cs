namespace PerfEval.Generator.Scoring;

/// <summary>
/// Counts for one field over a corpus. A value the extractor gives that matches the truth is a true positive; one
/// that is wrong or invented is a false positive; a stated value it missed or got wrong is a false negative.
/// </summary>
public sealed class FieldTally(string field, int maxExamples = 3)
{
    public string Field { get; } = field;
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Up to <c>maxExamples</c> mismatches, for the benchmark's printout.</summary>
    public List<string> Examples { get; } = [];

    public void Add(bool truthStated, bool extractedStated, bool equal, string example)
    {
        if (extractedStated && truthStated && equal)
        {
            TruePositives++;
            return;
        }
        if (extractedStated)
        {
            FalsePositives++;
        }
        if (truthStated)
        {
            FalseNegatives++;
        }
        if ((extractedStated || truthStated) && Examples.Count < maxExamples)
        {
            Examples.Add(example);
        }
    }

    public void AddCounts(int truePositives, int falsePositives, int falseNegatives, string? example = null)
    {
        TruePositives += truePositives;
        FalsePositives += falsePositives;
        FalseNegatives += falseNegatives;
        if (example is not null && (falsePositives > 0 || falseNegatives > 0) && Examples.Count < maxExamples)
        {
            Examples.Add(example);
        }
    }
}
