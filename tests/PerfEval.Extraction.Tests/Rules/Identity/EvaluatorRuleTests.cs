namespace PerfEval.Extraction.Tests.Rules.Identity;

public sealed class EvaluatorRuleTests
{
    [Fact]
    public void AUnitSpeakingOfItselfHasNoEvaluator()
    {
        var report = RepoFiles.ExtractString("株洲市芦淞区财政局\n2023年度部门整体支出绩效自评报告\n我局成立绩效评价工作小组，区财政局全体股室参与。");

        Assert.Equal("株洲市芦淞区财政局", report.UnitName);
        Assert.Null(report.Evaluator);
    }

    [Fact]
    public void AThirdPartyCommissionedToEvaluateIsTheEvaluator()
    {
        var report = RepoFiles.ExtractString("2023年度龙城街道办事处项目支出绩效评价报告\n龙城街道委托云南中审会计师事务所对该项目开展绩效评价。");

        Assert.Equal("云南中审会计师事务所", report.Evaluator);
    }

    [Fact]
    public void AFirmCommissionedToRunAServiceIsNotTheEvaluator()
    {
        var report = RepoFiles.ExtractString("2023年度龙城街道办事处项目支出绩效自评报告\n文昌社区委托云南琴鑫企业管理有限公司对养老服务进行运营。");

        Assert.Null(report.Evaluator);
    }

    [Fact]
    public void AnEvaluatorFieldIsTakenAsWritten()
    {
        var report = RepoFiles.ExtractString("2023年度青山街道项目支出绩效评价报告\n评价机构：湖南天职咨询有限公司\n");

        Assert.Equal("湖南天职咨询有限公司", report.Evaluator);
    }

    [Fact]
    public void AnUnnamedSpeakerIsKeptAsTheTextSaysIt()
    {
        var report = RepoFiles.ExtractString("为做好2023年度重点评价工作，我部成立评价小组，对城市社区工作经费项目进行了重点评价。资金拨付到青年路街道办事处。");

        Assert.Equal("我部", report.Evaluator);
        Assert.Equal("青年路街道办事处", report.UnitName);
    }
}
