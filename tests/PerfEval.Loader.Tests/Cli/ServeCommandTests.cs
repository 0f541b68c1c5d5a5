using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Loader.Tests.Cluster;

namespace PerfEval.Loader.Tests.Cli;

/// <summary>`perfeval serve` as a real process: its configuration and its /healthz.</summary>
[Collection(ChildProcess.Collection)]
public sealed class ServeCommandTests
{
    private static string DashboardSettings => Path.Combine(RepoPaths.Root, "dashboard", "PerfEval.Dashboard", "appsettings.json");

    [Fact]
    public async Task HealthzReportsTheSchedulerAndTheWarehouseOfASingleNode()
    {
        var data = TempFolder();
        Directory.CreateDirectory(Path.Combine(data, "inbox"));
        File.Copy(RepoPaths.SeedFiles[2], Path.Combine(data, "inbox", "report.txt"));
        var started = DateTime.UtcNow;
        using var node = ServeNode.Start(new Dictionary<string, string>
        {
            ["PERFEVAL_DATA"] = data,
            ["PERFEVAL_SCAN_CRON"] = "* * * * * ?",
            ["PERFEVAL_DEMO"] = "false",
        });

        // The scan counts as completed once its job returns, a moment after its commit shows in the warehouse.
        var health = await node.WaitUntilAsync(h => h.GetProperty("warehouse").GetProperty("documents").ValueKind == JsonValueKind.Number
            && h.GetProperty("warehouse").GetProperty("documents").GetInt64() == 1
            && h.GetProperty("scheduler").GetProperty("completedScans").GetInt32() >= 1, TimeSpan.FromMinutes(2));
        var (status, _) = await node.HealthAsync();

        Assert.Equal(200, status);
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(node.ProcessId, health.GetProperty("processId").GetInt32());
        var scheduler = health.GetProperty("scheduler");
        Assert.True(scheduler.GetProperty("started").GetBoolean());
        Assert.Equal("sqlite", scheduler.GetProperty("jobStore").GetString());
        Assert.False(scheduler.GetProperty("clustered").GetBoolean());
        Assert.True(scheduler.GetProperty("completedScans").GetInt32() >= 1);
        Assert.True(scheduler.GetProperty("nextScanAt").GetDateTime() > started);
        var warehouse = health.GetProperty("warehouse");
        Assert.True(warehouse.GetProperty("held").GetBoolean());
        Assert.Equal(node.ProcessId, warehouse.GetProperty("holderProcessId").GetInt32());
        Assert.Equal(Path.Combine(data, "warehouse.duckdb"), warehouse.GetProperty("path").GetString());
        Assert.True(File.Exists(Path.Combine(data, "quartz.db")));
        Assert.Empty(Directory.GetFiles(Path.Combine(data, "inbox")));
    }

    [Fact]
    public async Task EnvironmentVariablesOverrideTheSettingsFile()
    {
        var settings = JsonNode.Parse(await File.ReadAllTextAsync(DashboardSettings))!;
        settings["Loader"]!["ScanCron"] = "0 0/7 * * * ?";
        settings["Loader"]!["Quarantine"] = "rejected-by-file";
        var file = Path.Combine(TempFolder(), "appsettings.json");
        await File.WriteAllTextAsync(file, settings.ToJsonString());

        var fromFile = await HealthWith(file, new Dictionary<string, string>());
        var fromEnvironment = await HealthWith(file, new Dictionary<string, string>
        {
            ["Loader__ScanCron"] = "0 0/9 * * * ?",
            ["Loader__InboxFolders__0"] = "from-env",
            ["PERFEVAL_QUARANTINE"] = "rejected-by-env",
            ["PERFEVAL_JOB_STORE"] = "sqlite",
        });

        Assert.Equal("0 0/7 * * * ?", fromFile.Health.GetProperty("scheduler").GetProperty("scanCron").GetString());
        Assert.Equal([Path.Combine(fromFile.Data, "inbox")], fromFile.Health.GetProperty("inboxes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(Path.Combine(fromFile.Data, "rejected-by-file"), fromFile.Health.GetProperty("quarantine").GetString());
        Assert.Equal("0 0/9 * * * ?", fromEnvironment.Health.GetProperty("scheduler").GetProperty("scanCron").GetString());
        Assert.Equal([Path.Combine(fromEnvironment.Data, "from-env")], fromEnvironment.Health.GetProperty("inboxes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(Path.Combine(fromEnvironment.Data, "rejected-by-env"), fromEnvironment.Health.GetProperty("quarantine").GetString());
    }

    private static async Task<(string Data, JsonElement Health)> HealthWith(string settingsFile, Dictionary<string, string> environment)
    {
        var data = TempFolder();
        environment["PERFEVAL_DATA"] = data;
        environment["PERFEVAL_DEMO"] = "false";
        using var node = ServeNode.Start(environment, "--config", settingsFile);
        return (data, await node.WaitUntilAsync(h => h.GetProperty("status").GetString() == "ok", TimeSpan.FromMinutes(2)));
    }

    private static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "perfeval-serve-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
