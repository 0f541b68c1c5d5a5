using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Briefing.Model;
using PerfEval.Briefing.Wording;
using static PerfEval.Briefing.Docx.WordBody;

namespace PerfEval.Briefing.Docx;

/// <summary>
/// Writes the 年度绩效自评情况分析简报 as a .docx: title and date, five numbered sections, tables and native
/// charts (execution rate by unit, score distribution, category shares) with their data embedded.
/// </summary>
public static class BriefingDocument
{
    public static void Write(BriefingData data, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = OfficialStyles.Build();
        var body = new Body();
        main.Document = new Document(body);
        uint drawingId = 1;

        body.Append(Styled(OfficialStyles.Title, BriefingSentences.Title(data)));
        body.Append(Styled(OfficialStyles.Subtitle, BriefingSentences.Subtitle(data, data.GeneratedOn.ToString("yyyy年M月d日", CultureInfo.InvariantCulture))));

        body.Append(Styled(OfficialStyles.Heading, "一、总体情况"));
        foreach (var sentence in BriefingSentences.Overview(data))
        {
            body.Append(Styled(OfficialStyles.Body, sentence));
        }
        body.Append(Styled(OfficialStyles.Caption, "图1 " + BriefingSentences.ExecutionChartCaption(data)));
        body.Append(NativeChart.Add(main, BriefingCharts.ExecutionByUnit(data), drawingId++));
        body.Append(Styled(OfficialStyles.Caption, "图2 自评得分等级分布（个）"));
        body.Append(NativeChart.Add(main, BriefingCharts.ScoreDistribution(data), drawingId++));

        body.Append(Styled(OfficialStyles.Heading, "二、执行率偏低的单位和自评分可能虚高的单位"));
        body.Append(Styled(OfficialStyles.Body, "（一）" + BriefingSentences.LowExecution(data)));
        if (data.LowExecution.Count > 0)
        {
            body.Append(Table(
                ["单位", "全年预算（万元）", "执行数（万元）", "执行率", "自评分", "依据（原文）"],
                data.LowExecution.Select(u => (IReadOnlyList<string>)[u.UnitName, Figures.Money(u.Budget), Figures.Money(u.Executed), Figures.Percent(u.Rate), Figures.Score(u.ScoreReported), u.Evidence ?? ""]),
                [false, true, true, true, true, false]));
        }
        body.Append(Styled(OfficialStyles.Body, "（二）" + BriefingSentences.InflatedScores(data)));
        if (data.InflatedScores.Count > 0)
        {
            body.Append(Table(
                ["单位", "自评分", "重算得分", "执行率", "问题", "依据（原文）"],
                data.InflatedScores.Select(u => (IReadOnlyList<string>)[u.UnitName, Figures.Score(u.ScoreReported), Figures.Score(u.ScoreRecomputed), Figures.Percent(u.ExecutionRate), u.Reasons, u.Evidence ?? ""]),
                [false, true, true, true, false, false]));
        }

        body.Append(Styled(OfficialStyles.Heading, "三、支出结构变化"));
        body.Append(Styled(OfficialStyles.Body, BriefingSentences.Categories(data)));
        var total = data.Categories.Sum(c => c.Current);
        var previousTotal = data.Categories.Sum(c => c.Previous);
        if (data.Categories.Count > 0)
        {
            body.Append(Table(
                ["支出类别", $"{data.PreviousYear}年（万元）", "占比", $"{data.Year}年（万元）", "占比"],
                data.Categories.Select(c => (IReadOnlyList<string>)[c.Category, Figures.Money(c.Previous), Figures.Percent(c.SharePrevious(previousTotal)), Figures.Money(c.Current), Figures.Percent(c.ShareCurrent(total))]),
                [false, true, true, true, true]));
            body.Append(Styled(OfficialStyles.Caption, $"图3 {data.Year}年支出类别占比"));
            body.Append(NativeChart.Add(main, BriefingCharts.CategoryShares(data), drawingId++));
        }

        body.Append(Styled(OfficialStyles.Heading, "四、存在的主要问题"));
        if (data.Problems.Count == 0)
        {
            body.Append(Styled(OfficialStyles.Body, BriefingSentences.NoProblems));
        }
        var number = 1;
        foreach (var theme in data.Problems)
        {
            body.Append(Styled(OfficialStyles.Body, $"{number++}. {theme.Theme}：{theme.Reports}个单位提及。"));
            foreach (var quote in theme.Quotes)
            {
                body.Append(Styled(OfficialStyles.Body, $"{quote.UnitName}：“{quote.Quote}”"));
            }
        }

        body.Append(Styled(OfficialStyles.Heading, "五、附表"));
        body.Append(Styled(OfficialStyles.Caption, $"附表 各单位{data.PreviousYear}—{data.Year}年度主要指标"));
        body.Append(Table(
            ["单位", $"{data.PreviousYear}预算", $"{data.Year}预算", $"{data.PreviousYear}执行", $"{data.Year}执行", $"{data.PreviousYear}执行率", $"{data.Year}执行率", $"{data.PreviousYear}自评分", $"{data.Year}自评分"],
            data.Appendix.Select(r => (IReadOnlyList<string>)[r.UnitName, Figures.Money(r.BudgetPrevious), Figures.Money(r.BudgetCurrent), Figures.Money(r.ExecutedPrevious), Figures.Money(r.ExecutedCurrent), Figures.Percent(r.RatePrevious), Figures.Percent(r.RateCurrent), Figures.Score(r.ScorePrevious), Figures.Score(r.ScoreCurrent)]),
            [false, true, true, true, true, true, true, true, true]));

        body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992, Gutter = 0 }));
        main.Document.Save();
    }

    public static byte[] ToBytes(BriefingData data)
    {
        using var stream = new MemoryStream();
        Write(data, stream);
        return stream.ToArray();
    }
}
