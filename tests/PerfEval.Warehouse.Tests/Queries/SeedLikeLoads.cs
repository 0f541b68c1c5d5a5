using PerfEval.Warehouse.Loading;

namespace PerfEval.Warehouse.Tests.Queries;

/// <summary>
/// Loads shaped like the five seed reports (figures from shared/seeds/expected.md, evidence at real offsets in a
/// shortened text) plus synthetic demo units over 2021–2023 so multi-year questions have content, and one hostile
/// document whose text and unit name carry HTML.
/// </summary>
public static class SeedLikeLoads
{
    public const string LongquanKey = "u-longquan";
    public const string BiquanKey = "u-biquan";
    public const string HostileDocumentId = "doc-hostile";
    public const string HostileScript = "<script>alert(1)</script>";
    public const string HostileImage = "<img src=x onerror=alert(1)>";

    private static readonly DateTime LoadedAt = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);

    public static IReadOnlyList<ReportLoad> All() => [.. Seeds(), .. Synthetic(), Hostile()];

    public static IReadOnlyList<ReportLoad> Seeds() => [Qingshan(), Longquan(), Biquan(), Longcheng(), Qingnianlu()];

    public static void WriteAll(WarehouseDatabase database)
    {
        using var connection = database.Open();
        var writer = new ReportWriter(connection);
        writer.Write(All(), [.. All().Select(l => new LoadJournalEntry(
            "/inbox/" + l.Document.FileName, l.Document.DocumentId, "loaded", null, "test-1", LoadedAt, 12.5, l.Document.SizeBytes))]);
        LoadJournal.Append(connection, [
            new LoadJournalEntry("/inbox/损坏的报告.docx", null, "quarantined", "不是有效的 Word 文件（zip 结构损坏）", "test-1", LoadedAt.AddMinutes(5), 3, 2048),
        ]);
    }

    private static RegionRow Street(string code, string province, string city, string district, string street) =>
        new(code, "street", province, code[..2], city, code[..4], district, code[..6], street, code);

    private static ReportLoad Qingshan()
    {
        var text = new SourceText("青山街道办事处2023年度项目支出绩效自评报告\n湖南省衡阳市石鼓区\n年初预算数466.72万元，年中追加81.2万元，调整后预算547.92万元，全年执行547.92万元，执行率100%。\n");
        string[] names = ["村社区工作经费", "村社区信息经费", "社区惠民资金", "社区网格化管经费", "社区运转经费", "协税护税工作经费", "城市标准化基础设施维修经费", "镇街社区武装经费", "环保及安全生产经费"];
        decimal[] amounts = [12m, 0.72m, 60m, 19m, 375m, 5m, 60m, 6.2m, 10m];
        string[] categories = ["社区运转", "社区运转", "民生保障", "社区运转", "社区运转", "综合治理", "城市管理", "综合治理", "城市管理"];
        var spending = names.Select((n, i) => text.Spending(n, categories[i], amounts[i])).ToList();
        return new ReportLoad
        {
            Document = Doc("515cbb9b3b72f0d9", "000_515cbb9b3b72f0d9.txt", text, false),
            Unit = new UnitRow("u-qingshan", "青山街道办事处", "街道", "430407002"),
            Region = Street("430407002", "湖南省", "衡阳市", "石鼓区", "青山街道"),
            Report = new ReportRow
            {
                FiscalYear = 2023, Kind = "project", RegionCode = "430407002",
                BudgetInitial = 466.72m, BudgetAdjusted = 547.92m, Executed = 547.92m, ExecutionRate = 100m, ExecutionRateComputed = 100m,
                StaffPosts = 73, StaffServing = 39,
            },
            Spending = spending,
            Flags = [new FlagFact("missing_score", "warning", "报告未给出自评得分", null, null)],
            Evidence = [text.Field("budgetInitial", "466.72"), text.Field("budgetAdjusted", "547.92"), text.Field("executed", "全年执行547.92")],
        };
    }

    public static ReportLoad Longquan()
    {
        var text = new SourceText(
            "株洲市芦淞区龙泉街道办事处2023年度部门整体支出绩效自评报告\n" +
            "一般公共预算拨款收入1926.41万元，项目支出1110.25万元。\n" +
            "补助社区工作经费414.38万元；城管环卫及自建房整治经费324.82万元；就业补助及优抚对象补助经费293.90万元；其他项目支出77.15万元。\n" +
            "年初预算数\t573.38\n全年预算数\t2673.41\n全年执行数\t2673.41\n分值\t10\n执行率\t100%\n得分\t10\n" +
            "解决群众问题数量\t400个\t400个\t15\t15\n解决问题到位率\t=100%\t=97%\t15\t15\n解决问题及时性\t及时\t及时\t10\t10\n" +
            "辖区营商环境\t优化\t优化\t10\t10\n整治经营性自建房安全隐患\t完成\t完成\t10\t10\n群众满意度\t≥98%\t≥98%\t10\t8\n" +
            "成本控制率\t≥98%\t≥96%\t10\t1\n带来的社会影响力\t显著\t显著\t10\t10\n总分\t97\n");
        (string Name, string L1, string L2, string Target, string Actual, decimal Weight, decimal Points)[] rows =
        [
            ("解决群众问题数量", "产出指标", "数量指标", "400个", "400个", 15, 15),
            ("解决问题到位率", "产出指标", "质量指标", "=100%", "=97%", 15, 15),
            ("解决问题及时性", "产出指标", "时效指标", "及时", "及时", 10, 10),
            ("辖区营商环境", "效益指标", "经济效益指标", "优化", "优化", 10, 10),
            ("整治经营性自建房安全隐患", "效益指标", "社会效益指标", "完成", "完成", 10, 10),
            ("群众满意度", "满意度指标", "服务对象满意度指标", "≥98%", "≥98%", 10, 8),
            ("成本控制率", "产出指标", "成本指标", "≥98%", "≥96%", 10, 1),
            ("带来的社会影响力", "效益指标", "可持续影响指标", "显著", "显著", 10, 10),
        ];
        return new ReportLoad
        {
            Document = Doc("c2a721f8483027a9", "001_c2a721f8483027a9.txt", text, false),
            Unit = new UnitRow(LongquanKey, "株洲市芦淞区龙泉街道办事处", "街道", "430203007"),
            Region = Street("430203007", "湖南省", "株洲市", "芦淞区", "龙泉街道"),
            Report = new ReportRow
            {
                FiscalYear = 2023, Kind = "overall", RegionCode = "430203007",
                BudgetInitial = 573.38m, BudgetAdjusted = 2673.41m, Executed = 2673.41m, ExecutionRate = 100m, ExecutionRateComputed = 100m,
                BasicSpending = 1507.84m, ProjectSpending = 1165.56m, ScoreReported = 97m, ScoreRecomputed = 89m, StaffPosts = 40, StaffServing = 37,
            },
            Indicators =
            [
                text.Indicator("ind-exec", "年度资金总额", null, null, "100%", "100%", 10, 10, isExecutionRate: true, quote: "执行率\t100%"),
                .. rows.Select(r => text.Indicator("ind-" + r.Name, r.Name, r.L1, r.L2, r.Target, r.Actual, r.Weight, r.Points)),
            ],
            Spending =
            [
                text.Spending("补助社区工作经费", "社区运转", 414.38m),
                text.Spending("城管环卫及自建房整治经费", "城市管理", 324.82m),
                text.Spending("就业补助及优抚对象补助经费", "民生保障", 293.90m),
                text.Spending("其他项目支出", "其他", 77.15m),
            ],
            Flags =
            [
                text.Flag("score_sum_mismatch", "warning", "总分97与各行得分之和89不符", "总分\t97"),
                text.Flag("full_marks_unmet", "warning", "解决问题到位率未达目标（97% < 100%）却得满分", "=97%"),
                text.Flag("totals_disagree", "warning", "正文支出1926.41与表格2673.41不一致", "1926.41"),
                text.Flag("large_budget_adjustment", "info", "全年预算数是年初预算数的4.7倍", "全年预算数\t2673.41"),
            ],
            Evidence =
            [
                text.Field("budgetInitial", "573.38"), text.Field("budgetAdjusted", "全年预算数\t2673.41"),
                text.Field("executed", "全年执行数\t2673.41"), text.Field("scoreReported", "总分\t97"),
            ],
        };
    }

    private static ReportLoad Biquan()
    {
        var text = new SourceText(
            "重庆市璧山区人民政府璧泉街道办事处2023年度部门整体支出绩效自评报告\n" +
            "年初预算数13245.05万元，全年预算数18580.25万元，全年执行数13006.70万元，预算执行率70.00%。\n" +
            "基本支出2778.36万元，项目支出10228.34万元，其中一般公共预算8458.47万元，政府性基金1769.87元。\n" +
            "自评得分97.00分，评价等级为优。\n");
        var indicators = new List<IndicatorFact> { text.Indicator("ind-b-exec", "预算执行率", null, null, "100%", "70.00%", 10, 7, isExecutionRate: true, quote: "预算执行率70.00%") };
        string[] names = ["辖区道路清扫面积", "垃圾清运及时率", "社区服务站点覆盖率", "民生实事完成率", "安全生产检查次数", "城市管理案件办结率",
            "就业困难人员帮扶数", "经济发展指标完成率", "社会治理成效", "生态环境改善", "群众满意度"];
        decimal[] weights = [10, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8];
        indicators.AddRange(names.Select((n, i) => text.Indicator("ind-b-" + i, n, i < 6 ? "产出指标" : i < 10 ? "效益指标" : "满意度指标", null, "完成", "完成", weights[i], weights[i], quote: null)));
        return new ReportLoad
        {
            Document = Doc("26e5f321c83e3e3d", "002_26e5f321c83e3e3d.txt", text, false),
            Unit = new UnitRow(BiquanKey, "重庆市璧山区人民政府璧泉街道办事处", "街道", "500120002"),
            Region = Street("500120002", "重庆市", "市辖区", "璧山区", "璧泉街道"),
            Report = new ReportRow
            {
                FiscalYear = 2023, Kind = "overall", RegionCode = "500120002",
                BudgetInitial = 13245.05m, BudgetAdjusted = 18580.25m, Executed = 13006.70m, ExecutionRate = 70.00m, ExecutionRateComputed = 70.0032m,
                BasicSpending = 2778.36m, ProjectSpending = 10228.34m, ScoreReported = 97m, ScoreRecomputed = 97m, Grade = "优",
            },
            Indicators = indicators,
            Spending =
            [
                text.Spending("基本支出", "基本支出", 2778.36m),
                text.Spending("一般公共预算", "项目支出", 8458.47m),
                text.Spending("政府性基金", "政府性基金", 1769.87m),
            ],
            Flags =
            [
                text.Flag("score_outruns_spending", "critical", "执行率70.00%却得97分：得分率超出执行率28.6%", "预算执行率70.00%"),
                text.Flag("unit_mislabel", "warning", "政府性基金1769.87元实为万元", "1769.87元"),
            ],
            Evidence = [text.Field("budgetInitial", "13245.05"), text.Field("budgetAdjusted", "18580.25"), text.Field("executed", "13006.70"), text.Field("scoreReported", "97.00")],
        };
    }

    private static ReportLoad Longcheng()
    {
        var text = new SourceText("龙城街道办事处2023年度200万元以下项目支出绩效自评报告\n云南省昆明市呈贡区\n社区建设经费1,500,000.00元\n综合治理经费1,402,733.78元\n环境卫生经费1,000,000.00元\n合计3,902,733.78元\n项目自评评分100分。\n");
        return new ReportLoad
        {
            Document = Doc("aa81b5e9f9b03117", "003_aa81b5e9f9b03117.txt", text, false),
            Unit = new UnitRow("u-longcheng", "龙城街道办事处", "街道", "530114001"),
            Region = Street("530114001", "云南省", "昆明市", "呈贡区", "龙城街道"),
            Report = new ReportRow { FiscalYear = 2023, Kind = "project", RegionCode = "530114001", ScoreReported = 100m },
            Spending =
            [
                text.Spending("社区建设经费", "社区运转", 150m, "元", "1,500,000.00元"),
                text.Spending("综合治理经费", "综合治理", 140.273378m, "元", "1,402,733.78元"),
                text.Spending("环境卫生经费", "城市管理", 100m, "元", "1,000,000.00元"),
            ],
            Flags = [text.Flag("unsupported_score", "warning", "自评100分但没有指标支撑", "项目自评评分100分")],
            Evidence = [text.Field("scoreReported", "项目自评评分100分")],
        };
    }

    private static ReportLoad Qingnianlu()
    {
        var text = new SourceText("城市社区工作经费重点评价报告\n我部对青年路街道办事处城市社区工作经费开展评价。\n预算280万元，每季度70万元，全年执行280万元，执行率100%。\n评价结果为“优”，评分100分。\n");
        return new ReportLoad
        {
            Document = Doc("977be8de7962d918", "004_977be8de7962d918.txt", text, false),
            Unit = new UnitRow("u-qingnianlu", "青年路街道办事处", "街道", null),
            Report = new ReportRow
            {
                FiscalYear = 2023, Kind = "key_evaluation", ProjectName = "城市社区工作经费", Evaluator = "我部",
                RegionCandidates = "130207001,220106005,370306003,371581001,410122001",
                BudgetAdjusted = 280m, Executed = 280m, ExecutionRate = 100m, ExecutionRateComputed = 100m, ScoreReported = 100m, Grade = "优",
            },
            Flags =
            [
                text.Flag("unsupported_score", "warning", "评分100分但没有指标支撑", "评分100分"),
                text.Flag("region_ambiguous", "info", "青年路街道在全国有5处，地区待定", "青年路街道办事处"),
            ],
            Evidence = [text.Field("budgetAdjusted", "预算280万元"), text.Field("executed", "全年执行280万元"), text.Field("scoreReported", "评分100分")],
        };
    }

    /// <summary>Twelve demo units in three districts over 2021–2023 with deterministic figures.</summary>
    public static IReadOnlyList<ReportLoad> Synthetic()
    {
        (string Code, string Province, string City, string District)[] districts =
        [
            ("430407", "湖南省", "衡阳市", "石鼓区"), ("430203", "湖南省", "株洲市", "芦淞区"), ("530114", "云南省", "昆明市", "呈贡区"),
        ];
        string[] streets = ["东风", "建设", "红旗", "人民"];
        string[] categories = ["社区运转", "城市管理", "民生保障", "综合治理"];
        var loads = new List<ReportLoad>();
        for (var d = 0; d < districts.Length; d++)
        {
            for (var s = 0; s < streets.Length; s++)
            {
                var n = (d * streets.Length) + s;
                var district = districts[d];
                var code = district.Code + (900 + s).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var name = streets[s] + "街道办事处（" + district.District + "）";
                for (var year = 2021; year <= 2023; year++)
                {
                    if ((n == 11 && year == 2023) || (n == 10 && year == 2021))
                    {
                        continue; // units that appear in only one of two compared years
                    }
                    var budget = 800m + (n * 137.5m) + ((year - 2021) * 55.25m);
                    var rate = 62m + ((n * 7 + year * 3) % 40);
                    var executed = Math.Round(budget * rate / 100m, 2);
                    var score = 78m + ((n * 5 + year) % 22);
                    var recomputed = score - ((n + year) % 4 * 2.5m);
                    var text = new SourceText($"{name}{year}年度部门整体支出绩效自评报告（演示数据）\n全年预算数{budget:0.00}万元，全年执行数{executed:0.00}万元。\n自评得分{score:0.##}分。\n");
                    var indicators = new List<IndicatorFact>
                    {
                        text.Indicator("ind-s-exec", "预算执行率", null, null, "100%", rate + "%", 10, Math.Round(rate / 10m, 2), isExecutionRate: true, quote: null),
                        text.Indicator("ind-s-out", "产出数量", "产出指标", "数量指标", "100%", "100%", 50, Math.Min(50, score - 10 - 20), quote: null),
                        text.Indicator("ind-s-eff", "社会效益", "效益指标", "社会效益指标", "显著", "显著", 30, 20, quote: null),
                        text.Indicator("ind-s-sat", "群众满意度", "满意度指标", "服务对象满意度指标", "≥90%", "95%", 10, 10, quote: null),
                    };
                    var spending = categories.Select((c, i) => new SpendingFact(c + "经费", c, Math.Round(executed * (i + 1 + ((n + year) % 3)) / (10 + (3 * ((n + year) % 3))), 2), "万元", null, null)).ToList();
                    var flags = new List<FlagFact>();
                    if (rate < 80)
                    {
                        flags.Add(new FlagFact("low_execution", rate < 70 ? "critical" : "warning", $"预算执行率{rate}%低于80%", text.Find($"全年执行数{executed:0.00}万元"), $"全年执行数{executed:0.00}万元"));
                    }
                    loads.Add(new ReportLoad
                    {
                        Document = Doc($"demo-{n:00}-{year}", $"demo_{n:00}_{year}.txt", text, true),
                        Unit = new UnitRow($"u-demo-{n:00}", name, "街道", code),
                        Region = Street(code, district.Province, district.City, district.District, streets[s] + "街道"),
                        Report = new ReportRow
                        {
                            FiscalYear = year, Kind = "overall", RegionCode = code, BudgetInitial = budget * 0.8m, BudgetAdjusted = budget, Executed = executed,
                            ExecutionRate = rate, ExecutionRateComputed = Math.Round(100m * executed / budget, 4), ScoreReported = score, ScoreRecomputed = recomputed,
                            Grade = score >= 90 ? "优" : score >= 80 ? "良" : "中",
                        },
                        Indicators = indicators,
                        Spending = spending,
                        Flags = flags,
                        Evidence = [text.Field("budgetAdjusted", $"全年预算数{budget:0.00}万元")],
                    });
                }
            }
        }
        return loads;
    }

    /// <summary>A report whose text and unit name carry HTML: pages must show it as text.</summary>
    public static ReportLoad Hostile()
    {
        var text = new SourceText($"测试单位绩效自评报告\n{HostileScript}\n{HostileImage}\n全年预算数100.00万元，全年执行数90.00万元。\n");
        return new ReportLoad
        {
            Document = Doc(HostileDocumentId, "hostile<b>.txt", text, true),
            Unit = new UnitRow("u-hostile", "<b>恶意</b>单位" + HostileImage, "其他", null),
            Report = new ReportRow { FiscalYear = 2022, Kind = "other", BudgetAdjusted = 100m, Executed = 90m, ExecutionRateComputed = 90m, ScoreReported = 95m },
            Flags = [text.Flag("unit_mislabel", "warning", "说明含 " + HostileScript, HostileScript)],
            Evidence = [text.Field("budgetAdjusted", "全年预算数100.00万元"), text.Field("scoreReported", HostileImage)],
        };
    }

    private static SourceDocumentRow Doc(string id, string fileName, SourceText text, bool demo) =>
        new(id, fileName, "txt", System.Text.Encoding.UTF8.GetByteCount(text.Text), "test-1", text.Text, false, demo, LoadedAt);

    /// <summary>A report text and evidence taken from it at real offsets (the first occurrence of each quote).</summary>
    private sealed class SourceText(string text)
    {
        public string Text { get; } = text;

        public int Find(string quote)
        {
            var at = Text.IndexOf(quote, StringComparison.Ordinal);
            return at >= 0 ? at : throw new ArgumentException("quote not in text: " + quote);
        }

        public FieldEvidence Field(string field, string quote) => new(field, Find(quote), quote);

        public FlagFact Flag(string rule, string severity, string message, string quote) => new(rule, severity, message, Find(quote), quote);

        public SpendingFact Spending(string name, string category, decimal amount, string unit = "万元", string? quote = null)
        {
            quote ??= name;
            var at = Text.IndexOf(quote, StringComparison.Ordinal);
            return new SpendingFact(name, category, amount, unit, at >= 0 ? at : null, at >= 0 ? quote : null);
        }

        public IndicatorFact Indicator(string key, string name, string? level1, string? level2, string target, string actual,
            decimal weight, decimal points, bool isExecutionRate = false, string? quote = "")
        {
            quote = quote == "" ? name : quote;
            var at = quote is null ? -1 : Text.IndexOf(quote, StringComparison.Ordinal);
            return new IndicatorFact(key, level1, level2, name, level2 ?? "执行", target, actual, weight, points, null, isExecutionRate,
                at >= 0 ? at : null, at >= 0 ? quote : null);
        }
    }
}
