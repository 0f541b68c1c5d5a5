using System.Net;
using System.Text;
using PerfEval.Briefing.Model;
using PerfEval.Briefing.Wording;

namespace PerfEval.Briefing.Html;

/// <summary>
/// The briefing as a printable HTML fragment (the dashboard wraps it in its print page). Every piece of text,
/// including quotes from reports, is HTML-encoded. Charts appear as their data tables, which also print well.
/// </summary>
public static class BriefingHtml
{
    public static string Render(BriefingData data)
    {
        var html = new StringBuilder();
        html.Append("<article class=\"briefing\">");
        html.Append("<h1>").Append(Encode(BriefingSentences.Title(data))).Append("</h1>");
        html.Append("<p class=\"subtitle\">").Append(Encode(BriefingSentences.Subtitle(data, data.GeneratedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))).Append("</p>");
        html.Append("<h2>一、总体情况</h2>");
        foreach (var sentence in BriefingSentences.Overview(data))
        {
            Paragraph(html, sentence);
        }
        Table(html, BriefingSentences.ExecutionChartCaption(data), ["单位", "执行率"], data.ExecutionByUnit.OrderBy(u => u.Rate).Select(u => new[] { u.UnitName, Figures.Percent(u.Rate) }), [false, true]);
        Table(html, "自评得分等级分布", ["等级", $"{data.PreviousYear}年", $"{data.Year}年"], data.Grades.Select(g => new[] { g.Grade, g.Previous.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Current.ToString(System.Globalization.CultureInfo.InvariantCulture) }), [false, true, true]);
        html.Append("<h2>二、执行率偏低的单位和自评分可能虚高的单位</h2>");
        Paragraph(html, "（一）" + BriefingSentences.LowExecution(data));
        Table(html, "执行率偏低的单位", ["单位", "全年预算（万元）", "执行数（万元）", "执行率", "自评分", "依据（原文）"],
            data.LowExecution.Select(u => new[] { u.UnitName, Figures.Money(u.Budget), Figures.Money(u.Executed), Figures.Percent(u.Rate), Figures.Score(u.ScoreReported), u.Evidence ?? "" }),
            [false, true, true, true, true, false]);
        Paragraph(html, "（二）" + BriefingSentences.InflatedScores(data));
        Table(html, "自评分可能虚高的单位", ["单位", "自评分", "重算得分", "执行率", "问题", "依据（原文）"],
            data.InflatedScores.Select(u => new[] { u.UnitName, Figures.Score(u.ScoreReported), Figures.Score(u.ScoreRecomputed), Figures.Percent(u.ExecutionRate), u.Reasons, u.Evidence ?? "" }),
            [false, true, true, true, false, false]);
        html.Append("<h2>三、支出结构变化</h2>");
        Paragraph(html, BriefingSentences.Categories(data));
        var total = data.Categories.Sum(c => c.Current);
        var previousTotal = data.Categories.Sum(c => c.Previous);
        Table(html, "支出类别", ["支出类别", $"{data.PreviousYear}年（万元）", "占比", $"{data.Year}年（万元）", "占比"],
            data.Categories.Select(c => new[] { c.Category, Figures.Money(c.Previous), Figures.Percent(c.SharePrevious(previousTotal)), Figures.Money(c.Current), Figures.Percent(c.ShareCurrent(total)) }),
            [false, true, true, true, true]);
        html.Append("<h2>四、存在的主要问题</h2>");
        if (data.Problems.Count == 0)
        {
            Paragraph(html, BriefingSentences.NoProblems);
        }
        var number = 1;
        foreach (var theme in data.Problems)
        {
            Paragraph(html, $"{number++}. {theme.Theme}：{theme.Reports}个单位提及。");
            html.Append("<ul>");
            foreach (var quote in theme.Quotes)
            {
                html.Append("<li>").Append(Encode($"{quote.UnitName}：“{quote.Quote}”")).Append("</li>");
            }
            html.Append("</ul>");
        }
        html.Append("<h2>五、附表</h2>");
        Table(html, $"各单位{data.PreviousYear}—{data.Year}年度主要指标",
            ["单位", $"{data.PreviousYear}预算", $"{data.Year}预算", $"{data.PreviousYear}执行", $"{data.Year}执行", $"{data.PreviousYear}执行率", $"{data.Year}执行率", $"{data.PreviousYear}自评分", $"{data.Year}自评分"],
            data.Appendix.Select(r => new[] { r.UnitName, Figures.Money(r.BudgetPrevious), Figures.Money(r.BudgetCurrent), Figures.Money(r.ExecutedPrevious), Figures.Money(r.ExecutedCurrent), Figures.Percent(r.RatePrevious), Figures.Percent(r.RateCurrent), Figures.Score(r.ScorePrevious), Figures.Score(r.ScoreCurrent) }),
            [false, true, true, true, true, true, true, true, true]);
        html.Append("</article>");
        return html.ToString();
    }

    private static void Paragraph(StringBuilder html, string text) => html.Append("<p>").Append(Encode(text)).Append("</p>");

    private static void Table(StringBuilder html, string caption, IReadOnlyList<string> headers, IEnumerable<string[]> rows, IReadOnlyList<bool> numeric)
    {
        html.Append("<table><caption>").Append(Encode(caption)).Append("</caption><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\">").Append(Encode(header)).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                html.Append(numeric[i] ? "<td class=\"num\">" : "<td>").Append(Encode(row[i])).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
