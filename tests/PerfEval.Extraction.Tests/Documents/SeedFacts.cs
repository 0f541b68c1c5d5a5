namespace PerfEval.Extraction.Tests.Documents;

/// <summary>A fact each seed states (from expected.md) that must survive any conversion.</summary>
internal static class SeedFacts
{
    public static TheoryData<string, string> KeyFacts() => new()
    {
        { "000", "547.92" },
        { "001", "2673.41" },
        { "001", "年初预算数" },
        { "002", "13006.70" },
        { "003", "3,902,733.78" },
        { "004", "青年路街道办事处" },
    };
}
