using System.Globalization;

namespace PerfEval.Loader.Tests.Peers;

/// <summary>
/// A short overall self-evaluation report of a street office of 株洲市芦淞区 (430203), as a pipe table the extractor
/// reads whole: the year, the stated score, the execution rate and the indicator targets are the test's to choose.
/// </summary>
internal sealed record PeerReportText(string Street, int Year, decimal Score, int ExecutionRate)
{
    /// <summary>Eight units of the district, so peers of one district-year are at hand.</summary>
    public static readonly string[] Streets = ["贺家土街道", "建设街道", "建宁街道", "董家塅街道", "庆云街道", "枫溪街道", "龙泉街道", "白关镇"];

    /// <summary>The target of 新建便民服务点: change it to make a year's targets differ from another's.</summary>
    public int ServicePoints { get; init; } = 6;

    /// <summary>The initial budget (万元): change it to make the figures differ and nothing else.</summary>
    public decimal BudgetInitial { get; init; } = 800m;

    public string FileName => $"{Street}{Year}年度整体支出自评报告.txt";

    public string Text
    {
        get
        {
            var c = CultureInfo.InvariantCulture;
            var executed = (ExecutionRate * 10m).ToString("0.00", c);
            var executionPoints = (ExecutionRate / 10m).ToString("0.#", c);
            return $"""
                株洲市芦淞区{Street}办事处{Year}年度部门整体支出绩效自评报告

                单位：万元
                | 项目名称 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
                |---|---|---|---|---|---|---|
                | 年度资金总额 | {BudgetInitial.ToString("0.00", c)} | 1000.00 | {executed} | 10 | {ExecutionRate}% | {executionPoints} |
                | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
                | 产出指标（50分） | 数量指标 | 新建便民服务点 | {ServicePoints}个 | {ServicePoints}个 | 20 | 20 | |
                ||| 培训社区干部人次 | 300人次 | 300人次 | 10 | 10 | |
                || 质量指标 | 验收合格率 | 100% | 100% | 20 | 20 | |
                | 效益指标（30分） | 社会效益指标 | 居民办事时长缩短 | ≥20% | 25% | 30 | 30 | |
                | 满意度指标（10分） | 服务对象满意度指标 | 居民满意度 | ≥90% | 93% | 10 | 10 | |
                | 总分 |||||| 100 | {Score.ToString("0.##", c)} | |

                """;
        }
    }

    public string WriteTo(string folder, string? asName = null)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, asName ?? FileName);
        File.WriteAllText(path, Text);
        return path;
    }

    /// <summary>
    /// Five ordinary reports of one year (scores 84–88, execution 92–98%) from the first five streets, their targets
    /// set anew each year.
    /// </summary>
    public static IEnumerable<PeerReportText> OrdinaryPeers(int year) =>
        Streets.Take(5).Select((street, i) => new PeerReportText(street, year, 84m + i, 92 + (i * 3 % 7)) { ServicePoints = (year % 100) + i });
}
