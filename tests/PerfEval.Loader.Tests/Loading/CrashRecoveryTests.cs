using System.Diagnostics;
using Dapper;
using PerfEval.Generator;
using PerfEval.Warehouse;
using Xunit.Abstractions;

namespace PerfEval.Loader.Tests.Loading;

/// <summary>
/// Kills the loader with SIGKILL at random points while it loads 2,000 files, ten times, then lets it finish:
/// every file must end loaded exactly once, with no orphan facts and a consistent journal.
/// </summary>
[Collection(ChildProcess.Collection)]
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ALoadKilledTenTimesStillLoadsEveryFileExactlyOnce()
    {
        var root = Path.Combine(Path.GetTempPath(), "perfeval-crash-" + Guid.NewGuid().ToString("N"));
        var inbox = Path.Combine(root, "inbox");
        var data = Path.Combine(root, "data");
        await CorpusGenerator.GenerateAsync(CorpusSpec.Demo with { Count = 2000, Formats = ["txt"], Seed = 7 }, inbox, CancellationToken.None);
        foreach (var side in Directory.EnumerateFiles(inbox, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            File.Delete(side);
        }
        var reports = Directory.GetFiles(inbox, "*.txt", SearchOption.AllDirectories);
        var distinctContents = reports.Select(f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))).Distinct().Count();
        Assert.Equal(2000, reports.Length);

        // Kills are timed by progress, not by the clock: on a busy machine a fixed delay can fall before the first
        // commit every time, and the test would then never interrupt a load.
        var random = new Random(20261126);
        var interrupted = 0;
        for (var run = 1; run <= 10; run++)
        {
            var before = CountReports(inbox);
            using var process = StartLoader(inbox, data);
            var committed = await WaitForACommitAsync(process, inbox, before);
            // The loader commits a batch of 50 every ~50 ms here: each run loads a few hundred files, so 2,000 leave
            // work for every kill (1,000 ran out after five kills once extraction got faster).
            var extraMs = random.Next(0, 300);
            var exited = process.WaitForExit(extraMs);
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            var left = CountReports(inbox);
            if (!exited && committed && left > 0)
            {
                interrupted++;
            }
            output.WriteLine($"run {run}: {before} files before; killed {extraMs} ms after its first commit (committed: {committed}, exited by itself: {exited}); {left} files left");
        }
        Assert.True(interrupted >= 5, $"only {interrupted} of 10 kills interrupted a load that had committed files and had more to do");
        using (var final = StartLoader(inbox, data))
        {
            await final.WaitForExitAsync();
        }

        using var connection = new WarehouseDatabase(Path.Combine(data, "warehouse.duckdb")).Open();
        Assert.Empty(Directory.GetFiles(inbox, "*.txt", SearchOption.AllDirectories));
        Assert.Equal(distinctContents, connection.ExecuteScalar<long>("SELECT count(*) FROM source_document"));
        Assert.Equal(0L, connection.ExecuteScalar<long>(
            "SELECT count(*) FROM (SELECT document_id FROM load_journal WHERE status = 'loaded' GROUP BY document_id HAVING count(*) > 1)"));
        Assert.Equal(distinctContents, connection.ExecuteScalar<long>("SELECT count(DISTINCT document_id) FROM load_journal WHERE status = 'loaded'"));
        Assert.Equal(0L, connection.ExecuteScalar<long>(
            "SELECT count(*) FROM fact_report WHERE document_id NOT IN (SELECT document_id FROM source_document)"));
        Assert.Equal(0L, connection.ExecuteScalar<long>(
            "SELECT count(*) FROM fact_indicator WHERE document_id NOT IN (SELECT document_id FROM fact_report)"));
        Assert.Equal(0L, connection.ExecuteScalar<long>(
            "SELECT count(*) FROM fact_spending WHERE document_id NOT IN (SELECT document_id FROM fact_report)"));
        Assert.Equal(0L, connection.ExecuteScalar<long>(
            "SELECT count(*) FROM fact_flag WHERE document_id NOT IN (SELECT document_id FROM fact_report)"));
        // A superseded document points at one that is superseded in turn or current with its facts: no cycles, no lost report.
        Assert.Equal(0L, connection.ExecuteScalar<long>("""
            SELECT count(*) FROM source_document old JOIN source_document new ON old.superseded_by = new.document_id
            WHERE new.superseded_by = old.document_id
               OR (new.superseded_by IS NULL AND new.document_id NOT IN (SELECT document_id FROM fact_report))
            """));
        var current = connection.ExecuteScalar<long>("SELECT count(*) FROM source_document WHERE superseded_by IS NULL");
        Assert.Equal(current, connection.ExecuteScalar<long>("SELECT count(*) FROM fact_report"));
        output.WriteLine($"final: {distinctContents} distinct files, {current} current reports, journal consistent");
    }

    private static int CountReports(string inbox) => Directory.GetFiles(inbox, "*.txt", SearchOption.AllDirectories).Length;

    /// <summary>Waits until the loader has removed a committed batch from the inbox (or exited); false when it exited without one.</summary>
    private static async Task<bool> WaitForACommitAsync(Process process, string inbox, int before)
    {
        while (!process.HasExited)
        {
            if (CountReports(inbox) < before)
            {
                return true;
            }
            await Task.Delay(20);
        }
        return CountReports(inbox) < before;
    }

    private static Process StartLoader(string inbox, string data)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "perfeval.dll"), "load", inbox, "--data", data, "--move", "--batch", "50" })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
