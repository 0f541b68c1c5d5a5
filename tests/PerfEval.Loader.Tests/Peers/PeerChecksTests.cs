using PerfEval.Warehouse.Peers;

namespace PerfEval.Loader.Tests.Peers;

/// <summary>
/// The cross-report checks against a real warehouse: report texts of street offices of one district loaded through
/// the loader, and the peer flags it leaves in fact_flag after loads, revisions and reloads.
/// </summary>
public sealed class PeerChecksTests : IDisposable
{
    private readonly PeerWarehouse warehouse = new();

    private static readonly PeerReportText Outlier = new("枫溪街道", 2023, 99m, 70);

    [Fact]
    public void AScoreFarAboveTheDistrictsOtherReportsWithExecutionBelowThemIsFlagged()
    {
        warehouse.Load([.. PeerReportText.OrdinaryPeers(2023), Outlier]);

        var flag = Assert.Single(warehouse.PeerFlags());
        Assert.Equal((Outlier.FileName, "score_peer_outlier"), (flag.FileName, flag.Rule));
        Assert.Contains("得分99高于同区同年5份报告", flag.Message, StringComparison.Ordinal);
        Assert.True(flag.NoEvidence);
        Assert.True(flag.FlagNo > PeerFlagWriter.FlagNoOffset, "peer flags are numbered apart from the document's own");
    }

    [Fact]
    public void AHighScoreBackedByHighExecutionOrWithTooFewPeersIsNotFlagged()
    {
        warehouse.Load([.. PeerReportText.OrdinaryPeers(2023), Outlier with { ExecutionRate = 99 }]);
        warehouse.Load([.. PeerReportText.OrdinaryPeers(2022).Take(3), Outlier with { Year = 2022, ServicePoints = 7 }]);

        Assert.Empty(warehouse.PeerFlags());
    }

    [Fact]
    public void PeersLoadedLaterMakeAnEarlierReportAnOutlier()
    {
        warehouse.Load([.. PeerReportText.OrdinaryPeers(2023).Take(3), Outlier]);
        Assert.Empty(warehouse.PeerFlags());

        warehouse.Load([.. PeerReportText.OrdinaryPeers(2023).Skip(3)]);

        Assert.Equal([(Outlier.FileName, "score_peer_outlier")], warehouse.PeerFlags().Select(f => (f.FileName, f.Rule)));
    }

    [Fact]
    public void TargetsCopiedFromTheUnitsEarlierYearAreFlaggedOnTheLaterReport()
    {
        var earlier = new PeerReportText("龙泉街道", 2022, 90m, 95);
        var copied = earlier with { Year = 2023, Score = 91m };
        var otherUnit = new PeerReportText("白关镇", 2022, 90m, 95);
        var changed = otherUnit with { Year = 2023, ServicePoints = 8 };

        warehouse.Load(earlier, copied, otherUnit, changed);

        var flag = Assert.Single(warehouse.PeerFlags());
        Assert.Equal((copied.FileName, "repeated_targets"), (flag.FileName, flag.Rule));
        Assert.Contains($"与2022年的报告（{earlier.FileName}）相同", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherFileForTheSameUnitYearAndKindWithOtherFiguresIsADuplicate()
    {
        var first = new PeerReportText("龙泉街道", 2023, 90m, 95);
        warehouse.Load([first.WriteTo(warehouse.Files)]);

        warehouse.Load([(first with { BudgetInitial = 850m }).WriteTo(warehouse.Files, "芦淞区龙泉街道整体支出绩效自评（报送稿）.txt")]);

        var flag = Assert.Single(warehouse.PeerFlags());
        Assert.Equal(("芦淞区龙泉街道整体支出绩效自评（报送稿）.txt", "duplicate_report"), (flag.FileName, flag.Rule));
        Assert.Contains(first.FileName, flag.Message, StringComparison.Ordinal);
        Assert.Equal(1L, warehouse.Scalar<long>("SELECT count(*) FROM fact_report"));
    }

    [Fact]
    public void AnotherFileWithTheSameFiguresOrANewVersionOfTheSameFileIsNoDuplicate()
    {
        var first = new PeerReportText("龙泉街道", 2023, 90m, 95);
        var revised = new PeerReportText("白关镇", 2023, 90m, 95);
        warehouse.Load(first, revised);

        // The same figures under another name (one word more in the text); a revision of a file under its own name.
        File.WriteAllText(Path.Combine(warehouse.Files, "定稿.txt"), first.Text.Replace("绩效自评报告", "绩效自评报告（定稿）", StringComparison.Ordinal));
        warehouse.Load([Path.Combine(warehouse.Files, "定稿.txt"), (revised with { BudgetInitial = 850m }).WriteTo(warehouse.Files, revised.FileName.ToUpperInvariant())]);

        Assert.Equal(2L, warehouse.Scalar<long>("SELECT count(*) FROM source_document WHERE superseded_by IS NOT NULL"));
        Assert.Empty(warehouse.PeerFlags());
    }

    [Fact]
    public void TwoFilesOfOneUnitYearAndKindInOneBatchAreJudgedToo()
    {
        var first = new PeerReportText("龙泉街道", 2023, 90m, 95);

        warehouse.Load([first.WriteTo(warehouse.Files), (first with { BudgetInitial = 850m }).WriteTo(warehouse.Files, "另一份.txt")]);

        Assert.Equal([("另一份.txt", "duplicate_report")], warehouse.PeerFlags().Select(f => (f.FileName, f.Rule)));
    }

    [Fact]
    public void LoadingTheSameFilesAgainOrReloadingLeavesTheSamePeerFlags()
    {
        var earlier = new PeerReportText("龙泉街道", 2022, 90m, 95);
        var reports = PeerReportText.OrdinaryPeers(2023).Append(Outlier).Append(earlier).Append(earlier with { Year = 2023 }).ToList();
        warehouse.Load([.. reports]);
        var before = warehouse.PeerFlags();
        Assert.Equal(["repeated_targets", "score_peer_outlier"], before.Select(f => f.Rule).Order());

        var again = warehouse.Load([.. reports]);
        Assert.All(again.Outcomes, o => Assert.Equal("unchanged", o.Status));
        Assert.Equal(before, warehouse.PeerFlags());

        Assert.Equal(reports.Count, warehouse.Reload(all: true));
        Assert.Equal(before, warehouse.PeerFlags());
    }

    [Fact]
    public void ARevisionTakesTheFlagsItCausedAlong()
    {
        var earlier = new PeerReportText("龙泉街道", 2022, 90m, 95);
        warehouse.Load([.. PeerReportText.OrdinaryPeers(2023), Outlier, earlier, earlier with { Year = 2023 }]);
        Assert.Equal(2, warehouse.PeerFlags().Count);

        // New versions of the same files: the outlier's execution corrected, the earlier year's targets changed.
        warehouse.Load(Outlier with { ExecutionRate = 98 }, earlier with { ServicePoints = 9 });

        Assert.Empty(warehouse.PeerFlags());
        Assert.Equal(0L, warehouse.Scalar<long>(
            "SELECT count(*) FROM fact_flag WHERE document_id IN (SELECT document_id FROM source_document WHERE superseded_by IS NOT NULL)"));
    }

    [Fact]
    public void APassMissedByACrashIsMadeUpByTheNextReload()
    {
        warehouse.Load([.. PeerReportText.OrdinaryPeers(2023), Outlier]);
        var flags = warehouse.PeerFlags();
        // As if the process died after the batch committed and before the peer pass.
        warehouse.Execute("DELETE FROM fact_flag WHERE rule = 'score_peer_outlier'; UPDATE peer_check_state SET last_load_id = 0;");

        Assert.Equal(0, warehouse.Reload(all: false));

        Assert.Equal(flags, warehouse.PeerFlags());
    }

    [Fact]
    public void ARunnerKeptOnOneConnectionSeesWhatWasJournaledSinceItsLastPass()
    {
        warehouse.Load([.. PeerReportText.OrdinaryPeers(2023), Outlier]);
        using var connection = warehouse.Database.Open();
        var runner = PerfEval.Loading.Peers.PeerCheckRunner.CreateDefault();
        Assert.True(runner.Run(connection, all: true).Full);

        for (var i = 0; i < 4; i++)
        {
            Assert.False(runner.Run(connection).Ran);
            var status = i < 3 ? "loaded" : "reloaded";
            Dapper.SqlMapper.Execute(connection, """
                INSERT INTO load_journal (file_path, document_id, status, reason, parser_version, started_at, duration_ms, size_bytes)
                SELECT 'again', min(document_id), $status, NULL, 'test', now()::TIMESTAMP, 0, 0 FROM fact_report
                """, new { status });

            var pass = runner.Run(connection);

            Assert.True(pass.Ran && pass.Full == (status == "reloaded"), $"round {i}: {pass}");
            Assert.Single(warehouse.PeerFlags());
        }
    }

    public void Dispose() => warehouse.Dispose();
}
