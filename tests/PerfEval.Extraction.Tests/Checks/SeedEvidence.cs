using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Tests.Checks;

/// <summary>Evidence quoted from a seed's text at its real offset; a quote missing from the text fails the test.</summary>
internal sealed class SeedEvidence(string text)
{
    public string Text { get; } = text;

    /// <summary>The first occurrence of <paramref name="quote"/> after <paramref name="after"/> (if given).</summary>
    public Evidence Quote(string quote, string? after = null)
    {
        var start = after is null ? 0 : Find(after, 0);
        return new Evidence(Find(quote, start), quote);
    }

    private int Find(string quote, int start)
    {
        var offset = Text.IndexOf(quote, start, StringComparison.Ordinal);
        return offset >= 0 ? offset : throw new InvalidOperationException($"“{quote}” is not in the seed text.");
    }

    public StatedAmount Amount(string quantity, decimal rawNumber, string context, string quote, string rawUnit = "万元", string? after = null) =>
        new(quantity, rawUnit == "元" ? rawNumber / 10_000m : rawNumber, rawNumber, rawUnit, context, Quote(quote, after));
}
