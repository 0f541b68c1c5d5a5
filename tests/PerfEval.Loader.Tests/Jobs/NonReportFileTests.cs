using System.IO.Compression;

namespace PerfEval.Loader.Tests.Jobs;

public sealed class NonReportFileTests
{
    [Fact]
    public async Task FilesThatAreNotReportsAreQuarantinedWithAReasonNamingTheFile()
    {
        await using var host = await LoaderHost.StartAsync();
        host.Drop(RepoPaths.SeedFiles[0]);
        host.DropText("expected.md", "# Expected\n\n| field | value |\n| --- | --- |\n| unit | 某某街道办事处 |\n| year | 2024 |\n");
        host.DropBytes("chart.png", [0x89, .. "PNG\r\n\u001a\n"u8, .. new byte[64]]);
        host.DropBytes("scores.xlsx", Workbook());

        var summary = await host.ScanAsync();

        Assert.Equal(1, summary.Count("loaded"));
        var quarantined = summary.Outcomes.Where(o => o.Status == "quarantined").OrderBy(o => o.FilePath, StringComparer.Ordinal).ToList();
        Assert.Equal(["chart.png", "expected.md", "scores.xlsx"], quarantined.Select(o => Path.GetFileName(o.FilePath)));
        Assert.All(quarantined, o => Assert.StartsWith(Path.GetFileName(o.FilePath) + ": not a report", o.Reason, StringComparison.Ordinal));
        Assert.Equal(1L, host.Scalar<long>("SELECT count(*) FROM fact_report"));
        Assert.Equal(3L, host.Scalar<long>("SELECT count(*) FROM load_journal WHERE status = 'quarantined' AND reason LIKE '%not a report%'"));
        Assert.Equal(3, Directory.GetFiles(host.Options.QuarantineFolder, "*.reason.txt").Length);
        Assert.Empty(Directory.GetFiles(host.Inbox, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task EachFileIsLoggedWithItsNameHashOutcomeAndTime()
    {
        var logs = new CapturedLogs();
        await using var host = await LoaderHost.StartAsync(logs: logs);
        host.Drop(RepoPaths.SeedFiles[3]);
        host.DropText("notes.md", "not a report");

        var summary = await host.ScanAsync();

        var entries = logs.Entries.Where(e => e.ContainsKey("File") && e.ContainsKey("Sha") && e.ContainsKey("Outcome") && e.ContainsKey("Ms")).ToList();
        var loaded = Assert.Single(entries, e => (string)e["Outcome"]! == "loaded");
        Assert.Equal(Path.Combine(host.Inbox, Path.GetFileName(RepoPaths.SeedFiles[3])), loaded["File"]);
        Assert.Equal(summary.Outcomes.Single(o => o.Status == "loaded").DocumentId, loaded["Sha"]);
        Assert.Equal(64, ((string)loaded["Sha"]!).Length);
        Assert.True((double)loaded["Ms"]! > 0);
        var quarantined = Assert.Single(entries, e => (string)e["Outcome"]! == "quarantined");
        Assert.EndsWith("notes.md", (string)quarantined["File"]!, StringComparison.Ordinal);
        Assert.StartsWith("notes.md: not a report", (string)quarantined["Reason"]!, StringComparison.Ordinal);
    }

    private static byte[] Workbook()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            writer.Write("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
        }
        return buffer.ToArray();
    }
}
