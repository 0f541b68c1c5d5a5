using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Tests.Checks;

/// <summary>
/// The five seed reports as the extractor should produce them, built by hand from expected.md and the seed texts
/// (evidence quotes at their real offsets). To be replaced by real extraction; the assertions on them must hold.
/// Amounts in 万元; statements name their quantity and context ("narrative" or "table"); a part stated under
/// "一般公共预算财政拨款支出…其中" is named general_budget_spending.&lt;part&gt;.
/// </summary>
public static class SeedReports
{
    public const string Narrative = "narrative";
    public const string Table = "table";

    public static IReadOnlyList<ExtractedReport> All() => [Seed000(), Seed001(), Seed002(), Seed003(), Seed004()];

    public static ExtractedReport Seed000()
    {
        const string Name = "000_515cbb9b3b72f0d9.txt";
        var s = new SeedEvidence(SeedText.Read(Name));
        return new ExtractedReport
        {
            SourceName = Name,
            UnitName = "青山街道办事处",
            UnitType = "街道",
            Region = new RegionMatch { Province = "湖南省", City = "衡阳市", District = "石鼓区", Street = "青山街道", Code = "430407002" },
            FiscalYear = 2023,
            Kind = "project",
            BudgetInitial = 466.72m,
            BudgetAdjusted = 547.92m,
            Executed = 547.92m,
            ExecutionRateComputed = 100m,
            Spending =
            [
                Line("村社区工作经费", 12m), Line("村社区信息经费", 0.72m), Line("社区惠民资金", 60m),
                Line("社区网格化管经费", 19m), Line("社区运转经费", 375m), Line("协税护税工作经费", 5m),
                Line("城市标准化基础设施维修经费", 60m), Line("镇街社区武装经费", 6.2m), Line("环保及安全生产经费", 10m),
            ],
            Staff = new StaffFigures(Posts: null, Serving: 39, Funded: 73, Retired: 34),
            Statements =
            [
                s.Amount("executed", 547.92m, Narrative, "项目支出执行数为547.92万元"),
                s.Amount("budget_initial", 466.72m, Narrative, "项目支出年初预算466.72万元"),
                s.Amount("budget_adjusted", 547.92m, Narrative, "项目支出全年预算547.92万元"),
                s.Amount("executed", 547.92m, Narrative, "实际项目支出数为547.92万元"),
            ],
            Evidence = new Dictionary<string, Evidence>
            {
                ["unitName"] = s.Quote("青山街道办事处"),
                ["region"] = s.Quote("石鼓区青山街道办事处"),
                ["fiscalYear"] = s.Quote("2023年度青山街道项目支出绩效自评报告"),
                ["budgetInitial"] = s.Quote("年初预算466.72万元"),
                ["budgetAdjusted"] = s.Quote("全年预算547.92万元"),
                ["executed"] = s.Quote("实际项目支出数为547.92万元"),
            },
        };
    }

    public static ExtractedReport Seed001()
    {
        const string Name = "001_c2a721f8483027a9.txt";
        var s = new SeedEvidence(SeedText.Read(Name));
        const string ScoreTable = "2023年度部门（单位）整体支出绩效自评表";
        const string DataTable = "2023年度部门（单位）整体支出绩效评价基础数据表";
        IndicatorRow Row(string level1, string level2, string name, string target, string actual, decimal weight, decimal points) =>
            new()
            {
                Level1 = level1, Level2 = level2, Name = name, Target = target, Actual = actual,
                Weight = weight, Points = points, Evidence = s.Quote(name, after: ScoreTable),
            };
        return new ExtractedReport
        {
            SourceName = Name,
            UnitName = "株洲市芦淞区龙泉街道办事处",
            UnitType = "街道",
            Region = new RegionMatch { Province = "湖南省", City = "株洲市", District = "芦淞区", Street = "龙泉街道", Code = "430203007" },
            FiscalYear = 2023,
            Kind = "overall",
            BudgetInitial = 573.38m,
            BudgetAdjusted = 2673.41m,
            Executed = 2673.41m,
            ExecutionRate = 100m,
            ExecutionRateComputed = 100m,
            BasicSpending = 1507.84m,
            ProjectSpending = 1165.56m,
            ScoreReported = 97m,
            Indicators =
            [
                new IndicatorRow
                {
                    Name = "年度资金总额", Actual = "100%", Weight = 10m, Points = 10m, IsExecutionRate = true,
                    Evidence = s.Quote("年度资金总额", after: ScoreTable),
                },
                Row("产出指标", "数量指标", "解决群众问题数量", "400个", "400个", 15m, 15m),
                Row("产出指标", "质量指标", "解决问题到位率", "=100%", "=97%", 15m, 15m),
                Row("产出指标", "时效指标", "解决问题及时性", "是否及时", "及时", 10m, 10m),
                Row("效益指标", "经济效益指标", "辖区营商环境", "是否优化", "优化", 10m, 10m),
                Row("效益指标", "社会效益指标", "整治经营性自建房安全隐患", "隐患是否消除", "消除", 10m, 10m),
                Row("满意度指标", "服务对象满意度指标", "群众满意度", "≥98%", "≥98%", 10m, 8m),
                Row("成本指标", "经济成本指标", "成本控制率", "≥98%", "≥96%", 10m, 1m),
                Row("成本指标", "社会成本指标", "带来的社会影响力", "定性", "良好", 10m, 10m),
            ],
            Spending =
            [
                Line("补助社区工作经费", 414.38m), Line("城管环卫及自建房整治经费", 324.82m),
                Line("就业补助及优抚对象补助经费", 293.90m), Line("其他项目支出", 77.15m),
            ],
            Staff = new StaffFigures(Posts: 40, Serving: 37),
            Statements =
            [
                s.Amount("budget_initial", 573.38m, Narrative, "2023年预算资金573.38万元"),
                s.Amount("general_budget_income", 1926.41m, Narrative, "一般公共预算财政拨款收入1926.41万元"),
                s.Amount("general_budget_spending", 1926.41m, Narrative, "一般公共预算财政拨款支出1926.41万元"),
                s.Amount("general_budget_spending.project_spending", 1110.25m, Narrative, "其中：项目支出1110.25万元"),
                s.Amount("general_budget_spending.basic_spending", 816.16m, Narrative, "基本支出816.16万元"),
                s.Amount("staff_spending", 729.58m, Narrative, "人员经费729.58万元"),
                s.Amount("public_spending", 86.58m, Narrative, "公用经费86.58万元"),
                s.Amount("general_budget_spending.project_spending", 1110.25m, Narrative, "一般公共预算安排项目支出1110.25万元"),
                s.Amount("project_spending", 1110.25m, Narrative, "2023年度，项目支出1110.25万元"),
                s.Amount("project_spending", 1165.56m, Table, "1165.56", after: DataTable),
                s.Amount("public_spending", 86.58m, Table, "86.58", after: DataTable),
                s.Amount("budget_initial", 573.38m, Table, "573.38", after: ScoreTable),
                s.Amount("budget_adjusted", 2673.41m, Table, "2673.41", after: ScoreTable),
                s.Amount("executed", 2673.41m, Table, "2673.41\n\t10", after: ScoreTable),
                s.Amount("general_budget_income", 2673.41m, Table, "一般公共预算：2673.41", after: ScoreTable),
                s.Amount("basic_spending", 1507.84m, Table, "基本支出：1507.84", after: ScoreTable),
                s.Amount("project_spending", 1165.56m, Table, "项目支出：1165.56", after: ScoreTable),
            ],
            Evidence = new Dictionary<string, Evidence>
            {
                ["unitName"] = s.Quote("株洲市芦淞区龙泉街道办事处"),
                ["region"] = s.Quote("株洲市芦淞区龙泉街道办事处"),
                ["fiscalYear"] = s.Quote("2023年度株洲市芦淞区龙泉街道办事处整体支出"),
                ["budgetInitial"] = s.Quote("573.38", after: ScoreTable),
                ["budgetAdjusted"] = s.Quote("2673.41", after: ScoreTable),
                ["executed"] = s.Quote("2673.41\n\t10", after: ScoreTable),
                ["executionRate"] = s.Quote("100%", after: ScoreTable),
                ["scoreReported"] = s.Quote("总分\n\t100\n\t97"),
            },
        };
    }

    public static ExtractedReport Seed002()
    {
        const string Name = "002_26e5f321c83e3e3d.txt";
        var s = new SeedEvidence(SeedText.Read(Name));
        const string Scoring = "（一）绩效评价情况";
        IndicatorRow Row(string name, string? actual, decimal weight, decimal points) =>
            new() { Name = name, Actual = actual, Weight = weight, Points = points, Evidence = s.Quote(name, after: Scoring) };
        return new ExtractedReport
        {
            SourceName = Name,
            UnitName = "重庆市璧山区人民政府璧泉街道办事处",
            UnitType = "街道",
            Region = new RegionMatch { Province = "重庆市", City = "重庆市", District = "璧山区", Street = "璧泉街道", Code = "500120002" },
            FiscalYear = 2023,
            Kind = "overall",
            BudgetInitial = 13245.05m,
            BudgetAdjusted = 18580.25m,
            Executed = 13006.70m,
            ExecutionRate = 70.00m,
            ExecutionRateComputed = 70.00m,
            BasicSpending = 2778.36m,
            ProjectSpending = 10228.34m,
            ScoreReported = 97.00m,
            Grade = "优",
            Indicators =
            [
                new IndicatorRow
                {
                    Name = "预算执行率", Actual = "70.00%", Weight = 10m, Points = 7m, IsExecutionRate = true,
                    Evidence = s.Quote("预算执行率（10分）"),
                },
                Row("生态修复有效性", "90%", 10m, 10m),
                Row("辖区保洁覆盖率", "100%", 10m, 10m),
                Row("市政设施完好率", "100%", 10m, 10m),
                Row("一般公共预算收入完成率", "100%", 5m, 5m),
                Row("政务信息公开率", "100%", 5m, 5m),
                Row("补贴资金发放及时率", null, 5m, 5m),
                Row("市政设施维护及时率", "100%", 10m, 10m),
                Row("扶贫有效性和补助对象覆盖率", "100%", 10m, 10m),
                Row("森林火灾发生次数", null, 10m, 10m),
                Row("政策知晓率", "95%", 5m, 5m),
                Row("群众满意度", "90%", 10m, 10m),
            ],
            Statements =
            [
                s.Amount("general_budget_income", 13006.70m, Narrative, "一般公共预算财政拨款收入13006.70万元"),
                s.Amount("general_budget_spending", 11236.83m, Narrative, "一般公共预算财政拨款支出11236.83万元"),
                s.Amount("general_budget_spending.basic_spending", 2778.36m, Narrative, "其中：基本支出2778.36万元"),
                s.Amount("general_budget_spending.project_spending", 8458.47m, Narrative, "项目支出8458.47万元"),
                s.Amount("government_fund_income", 1769.87m, Narrative, "政府性基金预算收入1769.87元", rawUnit: "元"),
                s.Amount("government_fund_spending", 1769.87m, Narrative, "政府性基金预算支出1769.87元", rawUnit: "元"),
                s.Amount("spending_total", 13006.70m, Narrative, "共计支出13006.70万元"),
                s.Amount("basic_spending", 2778.36m, Narrative, "基本支出2778.36万元，项目支出10228.34万元"),
                s.Amount("project_spending", 10228.34m, Narrative, "项目支出10228.34万元"),
                s.Amount("budget_initial", 13245.05m, Narrative, "年初预算13,245.05万元"),
                s.Amount("budget_adjusted", 18580.25m, Narrative, "全年（调整）预算18,580.25万元"),
                s.Amount("executed", 13006.70m, Narrative, "全年执行13,006.70万元"),
            ],
            Evidence = new Dictionary<string, Evidence>
            {
                ["unitName"] = s.Quote("重庆市璧山区人民政府璧泉街道办事处"),
                ["region"] = s.Quote("重庆市璧山区人民政府璧泉街道办事处"),
                ["fiscalYear"] = s.Quote("2023年度整体支出绩效自评报告"),
                ["budgetInitial"] = s.Quote("年初预算13,245.05万元"),
                ["budgetAdjusted"] = s.Quote("全年（调整）预算18,580.25万元"),
                ["executed"] = s.Quote("全年执行13,006.70万元"),
                ["executionRate"] = s.Quote("预算执行率70.00%"),
                ["scoreReported"] = s.Quote("综合得分97.00分"),
                ["grade"] = s.Quote("绩效评价等级为“优”"),
            },
        };
    }

    public static ExtractedReport Seed003()
    {
        const string Name = "003_aa81b5e9f9b03117.txt";
        var s = new SeedEvidence(SeedText.Read(Name));
        (string Name, decimal Yuan)[] lines =
        [
            ("乡镇财政公共服务能力提升建设专项资金", 325_067.00m), ("基层党建管理经费", 462_880.00m),
            ("2023年度国有企业退休人员社会化管理财政补助资金", 277_500.00m), ("呈贡区第五次全国经济普查经费", 233_162.00m),
            ("2023年呈贡区国家卫生城市复审达标工作经费", 430_000.00m), ("智慧安防小区网络费和服务经费", 150_000.00m),
            ("人大代表履职经费人大代表活动经费", 78_200.00m), ("入滇沟渠保洁及绿化管理经费全面深化河长制工作经费", 110_000.00m),
            ("龙岭社区升级改造兴锦嘉园小区垃圾分类回收处理系统专项资金", 42_000.00m), ("2023年公共图书馆美术馆文化馆免费开放补助", 43_600.00m),
            ("呈贡区三轮摩托车（电动车）专项治理经费", 30_000.00m), ("2023年度离退休干部党组织工作经费及先进创建专项补助资金", 32_600.00m),
            ("综合养老服务中心建设补助经费", 15_000.00m), ("2023年残疾人春雨助学补助资金", 11_400.00m),
            ("进京劝返及专项稳控工作经费", 832_841.00m), ("职工食堂补助经费", 828_483.78m),
        ];
        return new ExtractedReport
        {
            SourceName = Name,
            UnitName = "龙城街道办事处",
            UnitType = "街道",
            Region = new RegionMatch { Province = "云南省", City = "昆明市", District = "呈贡区", Street = "龙城街道", Code = "530114001" },
            FiscalYear = 2023,
            Kind = "project",
            ScoreReported = 100m,
            Spending = [.. lines.Select(line => new SpendingLine { Name = line.Name, Amount = line.Yuan / 10_000m, SourceUnit = "元" })],
            Statements = [s.Amount("spending_total", 3_902_733.78m, Table, "3,902,733.78", rawUnit: "元")],
            Evidence = new Dictionary<string, Evidence>
            {
                ["unitName"] = s.Quote("龙城街道办事处"),
                ["region"] = s.Quote("呈贡区第五次全国经济普查经费"),
                ["fiscalYear"] = s.Quote("龙城街道办事处2023年200万元以下项目支出绩效报告"),
                ["scoreReported"] = s.Quote("项目自评评分100分"),
            },
        };
    }

    public static ExtractedReport Seed004()
    {
        const string Name = "004_977be8de7962d918.txt";
        var s = new SeedEvidence(SeedText.Read(Name));
        return new ExtractedReport
        {
            SourceName = Name,
            UnitName = "青年路街道办事处",
            UnitType = "街道",
            Region = new RegionMatch
            {
                Street = "青年路街道",
                Candidates =
                [
                    new RegionCandidate("130207001", "河北省", "唐山市", "丰南区", "青年路街道"),
                    new RegionCandidate("220106005", "吉林省", "长春市", "绿园区", "青年路街道"),
                    new RegionCandidate("370306003", "山东省", "淄博市", "周村区", "青年路街道"),
                    new RegionCandidate("371581001", "山东省", "聊城市", "临清市", "青年路街道"),
                    new RegionCandidate("410122001", "河南省", "郑州市", "中牟县", "青年路街道"),
                ],
            },
            FiscalYear = 2023,
            Kind = "key_evaluation",
            ProjectName = "城市社区工作经费",
            BudgetInitial = 280m,
            Executed = 280m,
            ExecutionRateComputed = 100m,
            ScoreReported = 100m,
            Grade = "优",
            Statements =
            [
                s.Amount("budget_initial", 280m, Narrative, "预算安排城市社区工作经费区级资金280万元"),
                s.Amount("budget_initial", 280m, Narrative, "批复预算资金280万元"),
                s.Amount("executed", 280m, Narrative, "实际支出280万元"),
            ],
            Evidence = new Dictionary<string, Evidence>
            {
                ["unitName"] = s.Quote("青年路街道办事处"),
                ["region"] = s.Quote("青年路街道办事处"),
                ["fiscalYear"] = s.Quote("2023年度财政支出绩效重点评价工作"),
                ["budgetInitial"] = s.Quote("批复预算资金280万元"),
                ["executed"] = s.Quote("实际支出280万元"),
                ["scoreReported"] = s.Quote("评价结果100分"),
                ["grade"] = s.Quote("评定等次为优秀"),
            },
        };
    }

    private static SpendingLine Line(string name, decimal amount) => new() { Name = name, Amount = amount, SourceUnit = "万元" };
}
