namespace PerfEval.Loader.Tests.Cli;

/// <summary>`perfeval load` while another real process (the lock holder, standing in for the dashboard) has the warehouse open.</summary>
[Collection(ChildProcess.Collection)]
public sealed class HeldWarehouseTests
{
    [Fact]
    public async Task LoadExitsWithCodeThreeNamingTheProcessThatHoldsTheWarehouse()
    {
        var data = TempData();
        var warehouse = Path.Combine(data, "warehouse.duckdb");
        using var holder = ChildProcess.Start("PerfEval.DuckDb.LockHolder.dll", [warehouse]);
        await holder.WaitForLineAsync("holding", TimeSpan.FromSeconds(60));

        using var load = ChildProcess.Perfeval("load", RepoPaths.SeedFiles[0], "--data", data);
        var code = await load.ExitCodeAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(3, code);
        Assert.Contains($"warehouse is held by process {holder.Id} ({warehouse})", load.Output, StringComparison.Ordinal);
        Assert.Contains("--to-inbox", load.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(data, "inbox")) && Directory.EnumerateFiles(Path.Combine(data, "inbox")).Any());
    }

    [Fact]
    public async Task ToInboxCopiesTheFilesIntoTheInboxWhileTheWarehouseIsHeld()
    {
        var data = TempData();
        using var holder = ChildProcess.Start("PerfEval.DuckDb.LockHolder.dll", [Path.Combine(data, "warehouse.duckdb")]);
        await holder.WaitForLineAsync("holding", TimeSpan.FromSeconds(60));

        using var load = ChildProcess.Perfeval("load", RepoPaths.Seeds, "--data", data, "--to-inbox");
        var code = await load.ExitCodeAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(0, code);
        var offered = Directory.GetFiles(RepoPaths.Seeds);
        var copied = Directory.GetFiles(Path.Combine(data, "inbox"));
        Assert.Equal(offered.Length, copied.Length);
        Assert.Equal(
            offered.Select(f => File.ReadAllText(f)).Order(StringComparer.Ordinal),
            copied.Select(f => File.ReadAllText(f)).Order(StringComparer.Ordinal));
    }

    private static string TempData()
    {
        var data = Path.Combine(Path.GetTempPath(), "perfeval-held-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        return data;
    }
}
