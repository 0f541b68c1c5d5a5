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

    [Theory]
    [InlineData("我部", "中共芦淞区委组织部")]
    [InlineData("我局", "株洲市荷塘区文化旅游广电体育局")]
    public void TheSpeakersSignatureAboveTheDateNamesTheEvaluatorAsWritten(string speaker, string signature)
    {
        var report = RepoFiles.ExtractString($"2022年度党员教育培训经费财政支出重点评价报告\n为做好重点评价工作，{speaker}成立了评价工作小组。\n该项目由董家塅街道办事处组织实施。\n{signature}\n2023年6月5日\n");

        Assert.Equal(signature, report.Evaluator);
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
