using PerfEval.Dashboard.Components.Pages.Reports;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Dashboard.Tests.Components;

public sealed class EvidenceHighlighterTests
{
    private const string Text = "年初预算数\t573.38\n全年预算数\t2673.41\n总分\t97";

    private static EvidenceHighlight At(string quote, int offset, string source = "field") => new() { Source = source, Label = quote, Offset = offset, Quote = quote };

    [Fact]
    public void EvidenceSplitsTheTextIntoPlainAndMarkedRunsThatRejoinToTheText()
    {
        var (segments, unplaced) = EvidenceHighlighter.Split(Text, [At("2673.41", Text.IndexOf("2673.41", StringComparison.Ordinal)), At("573.38", 6)]);

        Assert.Empty(unplaced);
        Assert.Equal(Text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(["573.38", "2673.41"], segments.Where(s => s.Marks.Count > 0).Select(s => s.Text));
    }

    [Fact]
    public void EvidenceWhoseQuoteIsNotAtItsOffsetIsNotPlaced()
    {
        var (segments, unplaced) = EvidenceHighlighter.Split(Text, [At("573.38", 7), At("97", 999), At("", 3)]);

        Assert.Equal(3, unplaced.Count);
        Assert.Equal(Text, Assert.Single(segments).Text);
    }

    [Fact]
    public void OverlappingEvidenceSharesOneMark()
    {
        var line = "全年预算数\t2673.41";
        var (segments, _) = EvidenceHighlighter.Split(Text, [At(line, 13), At("2673.41", 19, "indicator")]);

        var mark = Assert.Single(segments, s => s.Marks.Count > 0);
        Assert.Equal(line, mark.Text);
        Assert.Equal(["field", "indicator"], mark.Marks.Select(m => m.Source));
    }
}
