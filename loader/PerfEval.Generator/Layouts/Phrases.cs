namespace PerfEval.Generator.Layouts;

/// <summary>Our own wording, several ways of saying each thing, picked per report.</summary>
public static class Phrases
{
    /// <summary>What follows "2023年度" in an overall report's title.</summary>
    public static readonly string[] OverallTitles = ["部门（单位）整体支出绩效自评报告", "整体支出绩效自评报告", "部门整体支出绩效自评价报告"];

    /// <summary>What follows "2023年度" in a bundle of projects' title.</summary>
    public static readonly string[] BundleTitles = ["部分项目支出绩效自评报告", "200万元以下项目支出绩效报告（自评）", "项目支出绩效自评报告（合并评价）"];

    public static readonly string[] StreetDuties =
    [
        "是区委、区政府的派出机构，负责辖区内党的建设、经济发展、社会治理、公共服务和平安建设等工作，承担区委、区政府交办的其他事项。",
        "主要职能是加强基层党组织建设，统筹辖区经济社会发展，做好民生保障、城市管理、综合治理和安全生产等工作。",
        "承担辖区党建、民生服务、环境卫生、市容管理、社会救助、信访维稳等职责，指导社区居民委员会开展工作。",
    ];

    public static readonly string[] DepartmentDuties =
    [
        "是区人民政府工作部门，贯彻执行国家和省、市有关方针政策，负责本行业领域的规划、管理和公共服务工作。",
        "主要负责本系统政策的组织实施、行业监督管理和专项资金的分配使用，承担区委、区政府交办的其他事项。",
    ];

    public static readonly string[] GoalTexts =
    [
        "保障单位正常运转，完成年度各项重点工作任务，提升基层治理和公共服务水平。",
        "保工资、保运转、保基本民生，推动辖区各项事业协调发展。",
        "按期完成年度工作计划，确保资金安全规范使用，群众满意度稳步提高。",
    ];

    public static readonly string[] DoneTexts =
    [
        "年度各项工作任务基本完成，单位运转正常，民生保障有力。",
        "完成了年度目标任务，重点工作推进有序，辖区环境明显改善。",
        "各项目按计划实施，资金拨付及时，服务对象反映良好。",
    ];

    public static readonly string[] ProcessTexts =
    [
        "成立了以主要负责同志为组长的绩效自评工作小组，对照年初绩效目标逐项核查完成情况，收集整理相关资料，形成自评结论。",
        "按照区财政局的统一部署，我单位组织财务和业务人员对资金使用和目标完成情况进行了全面梳理，对照指标逐项打分。",
        "自评工作分为前期准备、资料收集、分析评价和报告撰写四个阶段，评价过程坚持客观、公正、规范的原则。",
    ];

    public static readonly string[] Problems =
    [
        "绩效目标设置不够细化，部分指标以定性描述为主，难以准确衡量资金使用效果。",
        "预算编制的精准度有待提高，年中追加调整较多，预算执行进度前慢后快。",
        "绩效监控工作相对滞后，对项目实施过程的跟踪问效不够及时。",
        "部分项目资金拨付进度偏慢，资金使用效益没有得到充分发挥。",
        "业务部门与财务部门沟通不够，绩效管理的主体责任落实不到位。",
    ];

    public static readonly string[] Improvements =
    [
        "进一步科学设置绩效目标，增加可量化的指标，提高目标与预算的匹配度。",
        "加强预算执行管理，定期通报资金使用进度，确保资金及时拨付到位。",
        "强化绩效运行监控，建立问题台账，发现偏差及时纠正。",
        "加强财务人员业务培训，提升绩效管理工作能力和水平。",
        "将自评结果与下年度预算安排挂钩，切实提高财政资金使用效益。",
    ];

    /// <summary>
    /// Work details with their own figures (counts, small sums in 元, dates): text a reader skims past and an
    /// extractor must not take for a budget figure. {a} is a count, {m} a sum in 元, {n} the next year.
    /// </summary>
    public static readonly string[] Details =
    [
        "春节期间走访慰问困难群众{a}户，发放慰问金共计{m}元。",
        "全年开展安全生产检查{a}次，整改隐患{a}处，至{n}年3月已全部销号。",
        "为辖区{a}名高龄老人按季度发放高龄生活补贴，累计{m}元。",
        "组织志愿服务活动{a}场，参与群众约{a}人次。",
        "办理群众来信来访{a}件，按期办结率100%。",
    ];

    public static readonly string[] ProblemHeadings = ["存在的问题", "存在的问题及原因分析", "主要问题"];

    public static readonly string[] ImprovementHeadings = ["改进措施", "下一步改进措施", "有关建议及改进措施"];

    public static readonly string[] ExecutionRowNames = ["年度资金总额", "预算执行率"];
}
