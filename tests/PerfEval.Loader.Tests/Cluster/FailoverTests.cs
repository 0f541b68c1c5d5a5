using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using Xunit.Abstractions;

namespace PerfEval.Loader.Tests.Cluster;

/// <summary>
/// Two `perfeval serve` nodes on one real PostgreSQL job store and one data folder: the active node is killed with
/// SIGKILL, the standby takes the warehouse lease and the scan trigger, and loads what arrives next.
/// </summary>
[Collection(ChildProcess.Collection)]
public sealed class FailoverTests(ITestOutputHelper output)
{
    [Fact]
    public async Task WhenTheActiveNodeIsKilledTheStandbyTakesOverTheScanWithinSeconds()
    {
        using var postgres = TempPostgres.Start();
        var data = Path.Combine(Path.GetTempPath(), "perfeval-cluster-" + Guid.NewGuid().ToString("N"));
        var inbox = Path.Combine(data, "inbox");
        var environment = new Dictionary<string, string>
        {
            ["PERFEVAL_DATA"] = data,
            ["PERFEVAL_JOB_STORE"] = "postgres",
            ["PERFEVAL_SCHEDULER_POSTGRES"] = postgres.ConnectionString,
            ["PERFEVAL_SCAN_CRON"] = "* * * * * ?",
            ["PERFEVAL_DEMO"] = "false",
            ["PERFEVAL_CLUSTER_CHECKIN"] = "00:00:01",
            ["Loader__ClusterCheckinMisfireThreshold"] = "00:00:01",
            ["Loader__LeaseRetryInterval"] = "00:00:00.200",
        };

        using var a = ServeNode.Start(environment);
        var activeA = await a.WaitUntilAsync(h => Status(h) == "ok" && Scans(h) > 0, TimeSpan.FromMinutes(2));
        File.Copy(RepoPaths.SeedFiles[0], Path.Combine(inbox, "first.txt"));
        await a.WaitUntilAsync(h => Documents(h) == 1, TimeSpan.FromMinutes(1));

        using var b = ServeNode.Start(environment);
        var standbyB = await b.WaitUntilAsync(h => Status(h) == "standby", TimeSpan.FromMinutes(2));
        Assert.Equal(a.ProcessId, standbyB.GetProperty("warehouse").GetProperty("holderProcessId").GetInt32());
        Assert.False(standbyB.GetProperty("warehouse").GetProperty("held").GetBoolean());
        Assert.NotEqual(activeA.GetProperty("node").GetString(), standbyB.GetProperty("node").GetString());

        var sinceKill = Stopwatch.StartNew();
        a.Kill();
        File.Copy(RepoPaths.SeedFiles[1], Path.Combine(inbox, "second.txt"));
        var activeB = await b.WaitUntilAsync(h => Status(h) == "ok", TimeSpan.FromMinutes(1));
        var leaseSeconds = sinceKill.Elapsed.TotalSeconds;
        await b.WaitUntilAsync(h => Scans(h) > 0, TimeSpan.FromMinutes(1));
        var scanSeconds = sinceKill.Elapsed.TotalSeconds;
        var loaded = await b.WaitUntilAsync(h => Documents(h) == 2, TimeSpan.FromMinutes(1));
        var loadSeconds = sinceKill.Elapsed.TotalSeconds;
        output.WriteLine($"fail-over: lease taken {leaseSeconds:F1} s, first scan {scanSeconds:F1} s, new file loaded {loadSeconds:F1} s after SIGKILL of the active node");

        Assert.Equal(b.ProcessId, loaded.GetProperty("warehouse").GetProperty("holderProcessId").GetInt32());
        // A bound for a loaded CI machine, not the measurement (printed above).
        Assert.True(scanSeconds < 45, $"took over the scan after {scanSeconds:F1} s");
        Assert.Empty(Directory.GetFiles(inbox));
        await WaitForLiveInstances(postgres, [activeB.GetProperty("node").GetString()!]);
    }

    private static string? Status(JsonElement health) => health.GetProperty("status").GetString();

    private static int Scans(JsonElement health) => health.GetProperty("scheduler").GetProperty("completedScans").GetInt32();

    private static long? Documents(JsonElement health) =>
        health.GetProperty("warehouse").GetProperty("documents") is { ValueKind: JsonValueKind.Number } n ? n.GetInt64() : null;

    /// <summary>Quartz's check-in table: the dead node's row is removed by the survivor's recovery.</summary>
    private static async Task WaitForLiveInstances(TempPostgres postgres, List<string> expected)
    {
        var names = new List<string>();
        for (var attempt = 0; attempt < 300 && !names.SequenceEqual(expected); attempt++)
        {
            await Task.Delay(100);
            names = await LiveSchedulerInstances(postgres);
        }
        Assert.Equal(expected, names);
    }

    private static async Task<List<string>> LiveSchedulerInstances(TempPostgres postgres)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT instance_name FROM qrtz_scheduler_state ORDER BY instance_name", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }
}
