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

    [Fact]
    public void ANewVersionOfTheSameFileIsARevisionNotADuplicate()
    {
        Assert.Empty(Checker.Check(
        [
            Peer("v1", 97m, 100m, unit: "龙泉", hash: "1", file: "龙泉街道2023自评.docx"),
            Peer("v2", 97m, 100m, unit: "龙泉", hash: "2", file: "龙泉街道2023自评.PDF"),
        ]));
    }

    [Fact]
    public void ADuplicateNamesTheOtherFile()
    {
        var flags = Checker.Check(
        [
            Peer("a", 97m, 100m, unit: "龙泉", hash: "1", file: "龙泉街道2023自评.docx"),
            Peer("b", 97m, 100m, unit: "龙泉", hash: "2", file: "龙泉整体支出.pdf"),
        ]);

        Assert.Contains("龙泉整体支出.pdf", Assert.Single(flags["a"]).Message, StringComparison.Ordinal);
        Assert.Contains("龙泉街道2023自评.docx", Assert.Single(flags["b"]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedTargetsNameTheEarlierReport()
    {
        var flags = Checker.Check(
        [
            Peer("y2022", 97m, 100m, unit: "龙泉", year: 2022, targets: Targets2022, file: "龙泉2022.docx"),
            Peer("y2023", 97m, 100m, unit: "龙泉", year: 2023, targets: Targets2022, file: "龙泉2023.docx"),
        ]);

        var message = Assert.Single(flags["y2023"]).Message;
        Assert.Contains("100%", message, StringComparison.Ordinal);
        Assert.Contains("2022年的报告（龙泉2022.docx）", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOutlierCheckAgreesWithComparingEachReportToItsPeersOneByOne()
    {
        var random = new Random(4);
        var flagged = 0;
        for (var round = 0; round < 200; round++)
        {
            var size = random.Next(5, 14);
            var reports = Enumerable.Range(0, size)
                .Select(i => Peer("r" + i, 80m + random.Next(0, 8) + (random.Next(0, 3) == 0 ? 15m : 0m), 60m + random.Next(0, 40)))
                .ToList();

            var expected = reports.Where(r => IsOutlierByDefinition(r, reports)).Select(r => r.DocumentId).Order().ToList();

            Assert.Equal(expected, Checker.Check(reports).Keys.Order().ToList());
            flagged += expected.Count;
        }
        Assert.True(flagged >= 20, $"only {flagged} outliers in 200 groups: the comparison proves little");
    }

    /// <summary>The rule as documented, computed naively: peers' mean, population spread (floored) and median execution.</summary>
    private static bool IsOutlierByDefinition(PeerReport report, List<PeerReport> all)
    {
        var settings = Checker.Configuration.Peers;
        var peers = all.Where(p => p != report).ToList();
        var scores = peers.Select(p => (double)p.Score!.Value).ToList();
        var mean = scores.Average();
        var spread = Math.Max(Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / scores.Count), (double)settings.MinScoreSpread);
        var executions = peers.Select(p => p.ExecutionRate!.Value).Order().ToList();
        var median = executions.Count % 2 == 1
            ? executions[executions.Count / 2]
            : (executions[(executions.Count / 2) - 1] + executions[executions.Count / 2]) / 2m;
        return ((double)report.Score!.Value - mean) / spread >= (double)settings.ScoreZ - 1e-9
            && report.ExecutionRate!.Value <= median - settings.ExecutionBelowMedianBy;
    }
}
