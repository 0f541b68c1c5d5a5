namespace PerfEval.Extraction.Rules.Scoring;

/// <summary>
/// First- and second-level names of the rows above: a merged cell states its name once, the rows below
/// leave it empty. A new first-level name ends the second-level name of the previous group.
/// </summary>
internal sealed class LevelCarry
{
    public string? Level1 { get; private set; }
    public string? Level2 { get; private set; }

    public void Next(string? level1, string? level2)
    {
        if (!string.IsNullOrEmpty(level1) && level1 != Level1)
        {
            Level1 = level1;
            Level2 = null;
        }
        if (!string.IsNullOrEmpty(level2))
        {
            Level2 = level2;
        }
    }
}
