namespace PerfEval.Loader.Tests.Jobs;

public sealed class ScheduledLoadTests
{
    [Fact]
    public async Task SeedsDroppedIntoTheInboxAreLoadedByTheScheduledScan()
    {
        await using var host = await LoaderHost.StartAsync();
        foreach (var seed in RepoPaths.SeedFiles)
        {
            host.Drop(seed);
        }

        var summary = await host.ScanAsync();

        Assert.Equal(5, summary.Count("loaded"));
        Assert.Equal(5L, host.Scalar<long>("SELECT count(*) FROM fact_report"));
        Assert.Equal(2673.41m, host.Scalar<decimal>("SELECT budget_adjusted FROM v_report_source WHERE file_name LIKE '001_%'"));
        Assert.Equal("430203007", host.Scalar<string>("SELECT region_code FROM v_report_source WHERE file_name LIKE '001_%'"));
        Assert.Contains("score_sum_mismatch", host.Query<string>("SELECT rule FROM fact_flag JOIN v_report_source USING (document_id) WHERE file_name LIKE '001_%'"));
        Assert.Empty(Directory.GetFiles(host.Inbox, "*", SearchOption.AllDirectories));
        Assert.Equal(5, Directory.GetFiles(host.Options.OriginalsFolder).Length);
    }

    [Fact]
    public async Task DroppingTheSameFilesAgainChangesNothing()
    {
        await using var host = await LoaderHost.StartAsync();
        foreach (var seed in RepoPaths.SeedFiles)
        {
            host.Drop(seed);
        }
        await host.ScanAsync();
        var before = Fingerprint(host);

        foreach (var seed in RepoPaths.SeedFiles)
        {
            host.Drop(seed, "again-" + Path.GetFileName(seed));
        }
        var summary = await host.ScanAsync();

        Assert.Equal(5, summary.Count("unchanged"));
        Assert.Equal(before, Fingerprint(host));
        Assert.Empty(Directory.GetFiles(host.Inbox, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task ARevisedReportSupersedesTheOldOneWhichStaysInHistory()
    {
        await using var host = await LoaderHost.StartAsync();
        var seed = RepoPaths.SeedFiles.Single(f => Path.GetFileName(f).StartsWith("002_", StringComparison.Ordinal));
        host.Drop(seed);
        await host.ScanAsync();
        var oldId = host.Scalar<string>("SELECT document_id FROM source_document");

        var revised = File.ReadAllText(seed).Replace("13006.70", "13106.70", StringComparison.Ordinal);
        Assert.NotEqual(File.ReadAllText(seed), revised);
        host.DropText("002_revised.txt", revised);
        var summary = await host.ScanAsync();

        var newId = host.Scalar<string>("SELECT document_id FROM source_document WHERE document_id <> $oldId", new { oldId });
        Assert.Single(summary.Outcomes, o => o.Status == "loaded" && o.Superseded.Contains(oldId));
        Assert.Equal(newId, host.Scalar<string>("SELECT superseded_by FROM source_document WHERE document_id = $oldId", new { oldId }));
        Assert.Equal(1L, host.Scalar<long>("SELECT count(*) FROM fact_report"));
        Assert.Equal(13106.70m, host.Scalar<decimal>("SELECT executed FROM v_report"));
        Assert.Equal(0L, host.Scalar<long>("SELECT count(*) FROM fact_indicator WHERE document_id = $oldId", new { oldId }));
    }

    [Fact]
    public async Task AReportAndItsRevisionArrivingInOneScanLeaveTheLaterOneCurrent()
    {
        await using var host = await LoaderHost.StartAsync();
        var seed = RepoPaths.SeedFiles.Single(f => Path.GetFileName(f).StartsWith("002_", StringComparison.Ordinal));
        host.Drop(seed, "002_a_original.txt");
        host.DropText("002_b_revised.txt", File.ReadAllText(seed).Replace("13006.70", "13106.70", StringComparison.Ordinal));

        var summary = await host.ScanAsync();

        Assert.Equal(2, summary.Count("loaded"));
        Assert.Equal(1L, host.Scalar<long>("SELECT count(*) FROM fact_report"));
        Assert.Equal(13106.70m, host.Scalar<decimal>("SELECT executed FROM v_report"));
        Assert.Equal(1L, host.Scalar<long>("SELECT count(*) FROM source_document WHERE superseded_by IS NULL"));
        Assert.Equal("002_a_original.txt", host.Scalar<string>("""
            SELECT old.file_name FROM source_document old JOIN source_document new ON old.superseded_by = new.document_id
            WHERE new.superseded_by IS NULL AND new.file_name = '002_b_revised.txt'
            """));
    }

    [Fact]
    public async Task CorruptFilesAreQuarantinedWithReasonsWhileTheOthersLoad()
    {
        await using var host = await LoaderHost.StartAsync();
        host.Drop(RepoPaths.SeedFiles[1]);
        host.DropBytes("empty.txt", []);
        host.DropBytes("random.pdf", RandomBytes(4096, 1));
        host.DropBytes("random.docx", RandomBytes(4096, 2));
        host.DropBytes("truncated.docx", [.. "PK\u0003\u0004"u8, .. RandomBytes(300, 3)]);

        var summary = await host.ScanAsync();

        Assert.Equal(1, summary.Count("loaded"));
        var quarantined = summary.Outcomes.Where(o => o.Status == "quarantined").ToList();
        Assert.Equal(["empty.txt", "random.docx", "random.pdf", "truncated.docx"], quarantined.Select(o => Path.GetFileName(o.FilePath)).Order(StringComparer.Ordinal));
        Assert.All(quarantined, o => Assert.Contains(Path.GetFileName(o.FilePath), o.Reason, StringComparison.Ordinal));
        Assert.Equal(4L, host.Scalar<long>("SELECT count(*) FROM load_journal WHERE status = 'quarantined' AND reason IS NOT NULL"));
        Assert.Equal(4, Directory.GetFiles(host.Options.QuarantineFolder, "*.reason.txt").Length);
        Assert.Empty(Directory.GetFiles(host.Inbox, "*", SearchOption.AllDirectories));
        Assert.Equal(1L, host.Scalar<long>("SELECT count(*) FROM fact_report"));
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string Fingerprint(LoaderHost host) => string.Join(
        "|",
        host.Query<string>("""
            SELECT 'source_document:' || count(*) FROM source_document
            UNION ALL SELECT 'fact_report:' || count(*) || ':' || coalesce(sum(executed), 0) FROM fact_report
            UNION ALL SELECT 'fact_indicator:' || count(*) FROM fact_indicator
            UNION ALL SELECT 'fact_spending:' || count(*) FROM fact_spending
            UNION ALL SELECT 'fact_flag:' || count(*) FROM fact_flag
            UNION ALL SELECT 'fact_evidence:' || count(*) FROM fact_evidence
            """).Order(StringComparer.Ordinal));
}

public sealed class RenderedSeedLoadTests
{
    [Fact]
    public async Task TheSeedsRenderedAsDocxAndPdfLoadEndToEndThroughTheScheduledJob()
    {
        var renderings = Directory.CreateTempSubdirectory("perfeval-renderings-").FullName;
        foreach (var format in new[] { "docx", "pdf" })
        {
            var start = new System.Diagnostics.ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "-env:UserInstallation=file://" + Path.Combine(renderings, "profile"), "--headless", "--convert-to", format, "--outdir", renderings })
            {
                start.ArgumentList.Add(arg);
            }
            foreach (var seed in RepoPaths.SeedFiles)
            {
                start.ArgumentList.Add(seed);
            }
            using var process = System.Diagnostics.Process.Start(start)!;
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
        }
        await using var host = await LoaderHost.StartAsync();
        var rendered = Directory.GetFiles(renderings).Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, rendered.Count);
        foreach (var file in rendered)
        {
            host.Drop(file);
        }

        var summary = await host.ScanAsync();

        Assert.Equal(10, summary.Count("loaded"));
        Assert.Equal(10L, host.Scalar<long>("SELECT count(*) FROM source_document"));
        // Each seed's two renderings are the same unit, year and kind: the later one supersedes the earlier.
        Assert.Equal(5L, host.Scalar<long>("SELECT count(*) FROM fact_report"));
        Assert.Equal(5L, host.Scalar<long>("SELECT count(*) FROM source_document WHERE superseded_by IS NOT NULL"));
        Assert.Equal(1L, host.Scalar<long>("SELECT count(*) FROM v_report WHERE region_code = '430203007'"));
        Assert.Equal(13006.70m, host.Scalar<decimal>("SELECT executed FROM v_report WHERE region_code = '500120002'"));
    }
}
