using PerfEval.Extraction.Checks;

namespace PerfEval.Extraction.Tests.Checks;

public sealed class CrossReportCheckerTests
{
    private static readonly CrossReportChecker Checker = CrossReportChecker.CreateDefault();

    private static PeerReport Peer(string id, decimal score, decimal execution, string district = "430203", int year = 2023,
        string? unit = null, string kind = "overall", IReadOnlyList<string>? targets = null, string hash = "h",
        string? project = null, string? file = null) =>
        new(id, unit ?? id, district, year, kind, score, execution, targets ?? [], hash, project, file);

    private static List<PeerReport> District(params PeerReport[] extra) =>
    [
        Peer("a", 85m, 95m), Peer("b", 86m, 97m), Peer("c", 84m, 92m), Peer("d", 85m, 96m), Peer("e", 87m, 98m), .. extra,
    ];

    [Fact]
    public void AScoreFarAbovePeersWithExecutionBelowThemIsAnOutlier()
    {
        var flags = Checker.Check(District(Peer("x", 99m, 70m)));

        var flag = Assert.Single(Assert.Single(flags).Value);
        Assert.Equal("score_peer_outlier", flag.Rule);
        Assert.True(flags.ContainsKey("x"));
    }

    [Fact]
    public void AHighScoreBackedByHighExecutionIsNotAnOutlier()
    {
        Assert.Empty(Checker.Check(District(Peer("x", 99m, 99m))));
    }

    [Fact]
    public void PeersFromAnotherDistrictOrYearDoNotCount()
    {
        Assert.Empty(Checker.Check([Peer("a", 85m, 95m), Peer("b", 86m, 97m), Peer("c", 84m, 92m, year: 2022),
            Peer("d", 85m, 96m, district: "430202"), Peer("e", 87m, 98m), Peer("x", 99m, 70m)]));
    }

    [Fact]
    public void EqualPeerScoresDoNotDivideByZero()
    {
        var flags = Checker.Check([Peer("a", 90m, 95m), Peer("b", 90m, 97m), Peer("c", 90m, 92m), Peer("d", 90m, 96m), Peer("x", 92m, 80m)]);

        Assert.Equal("score_peer_outlier", Assert.Single(flags["x"]).Rule);
    }

    private static readonly string[] Targets2022 = ["解决群众问题数量=400个", "解决问题到位率=100%", "群众满意度=≥98%"];

    [Fact]
    public void TargetsCopiedFromTheUnitsEarlierYearAreRepeated()
    {
        var flags = Checker.Check(
        [
            Peer("y2022", 97m, 100m, unit: "龙泉", year: 2022, targets: Targets2022),
            Peer("y2023", 97m, 100m, unit: "龙泉", year: 2023, targets: [.. Targets2022]),
        ]);

        Assert.Equal("repeated_targets", Assert.Single(Assert.Single(flags, pair => pair.Key == "y2023").Value).Rule);
        Assert.False(flags.ContainsKey("y2022"));
    }

    [Fact]
    public void ChangedTargetsOrAnotherUnitAreNotRepeated()
    {
        Assert.Empty(Checker.Check(
        [
            Peer("y2022", 97m, 100m, unit: "龙泉", year: 2022, targets: Targets2022),
            Peer("y2023", 97m, 100m, unit: "龙泉", year: 2023, targets: ["解决群众问题数量=450个", "解决问题到位率=100%", "群众满意度=≥98%"]),
            Peer("other", 97m, 100m, unit: "青山", year: 2023, targets: Targets2022),
        ]));
    }

    [Fact]
    public void FewerTargetsThanTheMinimumAreNotJudged()
    {
        Assert.Empty(Checker.Check(
        [
            Peer("y2022", 97m, 100m, unit: "龙泉", year: 2022, targets: ["群众满意度=≥98%"]),
            Peer("y2023", 97m, 100m, unit: "龙泉", year: 2023, targets: ["群众满意度=≥98%"]),
        ]));
    }

    [Fact]
    public void TheSameUnitYearAndKindFromTwoFilesWithDifferentFiguresAreBothDuplicates()
    {
        var flags = Checker.Check([Peer("f1", 97m, 100m, unit: "龙泉", hash: "1"), Peer("f2", 97m, 100m, unit: "龙泉", hash: "2")]);

        Assert.Equal(["f1", "f2"], flags.Keys.Order());
        Assert.All(flags.Values, list => Assert.Equal("duplicate_report", Assert.Single(list).Rule));
    }

    [Fact]
    public void IdenticalFiguresOrAnotherYearOrKindAreNotDuplicates()
    {
        Assert.Empty(Checker.Check([Peer("f1", 97m, 100m, unit: "龙泉", hash: "1"), Peer("f2", 97m, 100m, unit: "龙泉", hash: "1")]));
        Assert.Empty(Checker.Check([Peer("f1", 97m, 100m, unit: "龙泉", hash: "1"), Peer("f2", 97m, 100m, unit: "龙泉", year: 2022, hash: "2")]));
        Assert.Empty(Checker.Check([Peer("f1", 97m, 100m, unit: "龙泉", hash: "1"), Peer("f2", 97m, 100m, unit: "龙泉", kind: "project", hash: "2")]));
    }

    [Fact]
    public void ProjectReportsOfOneUnitForDifferentProjectsAreNotDuplicates()
    {
        Assert.Empty(Checker.Check(
        [
            Peer("p1", 97m, 100m, unit: "龙泉", kind: "project", project: "社区工作经费", hash: "1"),
            Peer("p2", 97m, 100m, unit: "龙泉", kind: "project", project: "城管环卫经费", hash: "2"),
        ]));
    }

    [Fact]
    public void TwoFilesForTheSameProjectWithDifferentFiguresAreDuplicates()
    {
        var flags = Checker.Check(
        [
            Peer("p1", 97m, 100m, unit: "龙泉", kind: "project", project: "社区工作经费", hash: "1"),
            Peer("p2", 97m, 100m, unit: "龙泉", kind: "project", project: "社区工作经费", hash: "2"),
        ]);

        Assert.Equal(["p1", "p2"], flags.Keys.Order());
    }
}
