using Dapper;
using PerfEval.Generator;
using PerfEval.Loading;
using PerfEval.Warehouse;

namespace PerfEval.Loader.Tests.Loading;

/// <summary>A process that only loads (`perfeval load`, the load bench) caps DuckDB's memory, threads and allocator cache.</summary>
public sealed class OneShotWarehouseSettingsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "perfeval-oneshot-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AOneShotLoadRunsDuckDbOnOneThreadWithItsMemoryCappedAndFreedPagesReturned()
    {
        var corpus = Path.Combine(root, "corpus");
        await CorpusGenerator.GenerateAsync(CorpusSpec.Demo with { Count = 2, Formats = ["txt"], Seed = 11 }, corpus, CancellationToken.None);
        var options = new LoaderOptions { DataFolder = Path.Combine(root, "data") }.WithOneShotWarehouse();
        var database = new WarehouseDatabase(Path.Combine(options.DataFolder, "warehouse.duckdb"));
        // Settings hold for the database instance, which lives as long as a connection to it is open.
        using var watcher = database.Open();

        var summary = new DocumentLoader(database, options, ReportProcessor.CreateDefault())
            .Load(Directory.GetFiles(corpus, "*.txt"), new LoadRequest());

        Assert.All(summary.Outcomes, o => Assert.Equal("loaded", o.Status));
        var settings = watcher.Query<(string Name, string Value)>(
                "SELECT name, value FROM duckdb_settings() WHERE name IN ('threads', 'memory_limit', 'allocator_flush_threshold', 'allocator_background_threads') ORDER BY name")
            .ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal);
        Assert.Equal("1", settings["threads"]);
        Assert.Equal("true", settings["allocator_background_threads"]);
        Assert.Equal("30.5 MiB", settings["allocator_flush_threshold"]);
        Assert.Equal("183.1 MiB", settings["memory_limit"]); // the peer pass's, set after the batches
    }

    [Fact]
    public async Task AOneShotLoadCollectsGarbageFullyEveryTenBatches()
    {
        var corpus = Path.Combine(root, "corpus");
        await CorpusGenerator.GenerateAsync(CorpusSpec.Demo with { Count = 21, Formats = ["txt"], Seed = 12 }, corpus, CancellationToken.None);
        var options = new LoaderOptions { DataFolder = Path.Combine(root, "data"), BatchSize = 1 }.WithOneShotWarehouse();
        var loader = new DocumentLoader(new WarehouseDatabase(Path.Combine(options.DataFolder, "warehouse.duckdb")), options, ReportProcessor.CreateDefault());

        var summary = loader.Load(Directory.GetFiles(corpus, "*.txt"), new LoadRequest());

        Assert.Equal(21, summary.Count("loaded"));
        Assert.Equal(2, summary.FullCollections);
    }

    [Fact]
    public async Task AServiceLoadLeavesCollectionsToTheRuntime()
    {
        var corpus = Path.Combine(root, "corpus");
        await CorpusGenerator.GenerateAsync(CorpusSpec.Demo with { Count = 12, Formats = ["txt"], Seed = 12 }, corpus, CancellationToken.None);
        var options = new LoaderOptions { DataFolder = Path.Combine(root, "data"), BatchSize = 1 };
        var loader = new DocumentLoader(new WarehouseDatabase(Path.Combine(options.DataFolder, "warehouse.duckdb")), options, ReportProcessor.CreateDefault());

        var summary = loader.Load(Directory.GetFiles(corpus, "*.txt"), new LoadRequest());

        Assert.Equal(12, summary.Count("loaded"));
        Assert.Equal(0, summary.FullCollections);
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
