using PerfEval.Generator.Documents;
using PerfEval.Generator.Planning;

namespace PerfEval.Generator.Layouts;

/// <summary>
/// A report copied from a district government's site: navigation, the title, a short introduction and the
/// funds table, then the copy stops (the rest was an attachment) and the page footer follows.
/// </summary>
public sealed class WebCopyLayout : IReportLayout
{
    public void Write(ReportWriter w)
    {
        var f = w.Facts;
        var site = w.CityDistrict + "人民政府";
        w.Doc.Line(site);
        w.Doc.Line(w.Rng.Chance(0.5) ? "首页 > 政务公开 > 财政信息 > 预决算公开" : "当前位置：首页 » 信息公开 » 财政资金 » 绩效评价");
        var name = w.WrittenUnitName();
        var overall = f.Kind == ReportKinds.Overall;
        w.Doc.Add(name, "unitName").Add(w.Year + "年度", "fiscalYear");
        if (overall)
        {
            w.Doc.Add(w.Rng.Pick(Phrases.OverallTitles)).End();
        }
        else
        {
            w.Doc.Add(f.ProjectName!, "projectName").Add("项目支出绩效自评报告").End();
            w.StateProject("projectName");
        }
        w.StateIdentity(name, regionClued: true);
        w.Doc.Line($"发布时间：{Money.Int(f.Year + 1)}-0{Money.Int(w.Rng.Between(3, 9))}-{Money.Int(w.Rng.Between(10, 28))}  来源：{f.Unit.District.Name}财政局  浏览次数：{Money.Int(w.Rng.Between(40, 3000))}");
        w.Doc.Line("【字体：大 中 小】 【打印本页】 【关闭窗口】");
        w.Doc.Line($"根据预算绩效管理的有关要求，现将{w.Self}{w.Year}年度{(overall ? "整体支出" : "项目支出")}绩效自评情况公开如下：");
        w.Doc.Line("一、资金执行情况");
        w.Doc.Line("单位：万元");
        var money = w.Money with { InYuan = false };
        var rate = Money.Rate(f.ExecutionRate);
        w.Doc.Table(
        [
            [new DocCell("项目"), new DocCell("年初预算数"), new DocCell("全年预算数"), new DocCell("全年执行数"), new DocCell("执行率"), new DocCell("分值"), new DocCell("得分")],
            [
                new DocCell("年度资金总额", Mark: "indicator:0"),
                w.AmountCell("budgetInitial", f.BudgetInitial, true, money),
                w.AmountCell("budgetAdjusted", f.BudgetAdjusted, true, money),
                w.AmountCell("executed", f.Executed, true, money),
                new DocCell(rate, Mark: "executionRate"),
                new DocCell(Money.Score(f.ExecutionWeight)),
                new DocCell(Money.Score(f.ExecutionPoints)),
            ],
        ]);
        w.Truth.ExecutionRate = f.ExecutionRate;
        w.Truth.Cite("executionRate", "executionRate");
        w.Truth.Indicators.Add((new Extraction.Model.IndicatorRow { Name = "年度资金总额", Actual = rate, Weight = f.ExecutionWeight, Points = f.ExecutionPoints, IsExecutionRate = true }, "indicator:0"));
        w.Doc.Line("二、绩效目标完成情况");
        w.Doc.Line(w.Rng.Pick(Phrases.DoneTexts)[..8] + "……");
        w.Doc.Line(w.Rng.Chance(0.5) ? "（全文详见附件）" : "附件下载：绩效自评报告.docx");
        w.Doc.Line("上一篇：关于公开" + w.Year + "年度部门决算的说明    下一篇：" + f.Unit.District.Name + "财政局政府信息公开年度报告");
        w.Doc.Line($"主办单位：{site}办公室  网站标识码：{f.Unit.District.Code}0001  ICP备案号：{(w.Regions.Province.StartsWith("湖南", StringComparison.Ordinal) ? "湘" : "")}ICP备{Money.Int(w.Rng.Between(10000000, 19999999))}号");

        switch (f.Anomaly)
        {
            case Anomaly.LargeBudgetAdjustment:
                w.PlantFlag(f.Anomaly);
                break;
            case Anomaly.LowExecution:
                w.PlantExecutionFlags();
                break;
        }
    }
}
