using Dapper;
using PerfEval.Generator;
using PerfEval.Loading;
using PerfEval.Warehouse;

namespace PerfEval.Loader.Tests.Loading;

/// <summary>A batch is read while the one before it is written: what the earlier batch loaded must count as known.</summary>
public sealed class PipelinedBatchesTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "perfeval-pipelined-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task CopiesOfAReportInLaterBatchesOfOneRunAreUnchangedNotReloaded()
    {
        var corpus = Path.Combine(root, "corpus");
        await CorpusGenerator.GenerateAsync(CorpusSpec.Demo with { Count = 1, Formats = ["txt"], Seed = 11 }, corpus, CancellationToken.None);
        var original = Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).Single();
        var files = new List<string> { original };
        for (var copy = 1; copy <= 4; copy++)
        {
            files.Add(Path.Combine(root, $"copy{copy}.txt"));
            File.Copy(original, files[^1]);
        }
        var options = new LoaderOptions { DataFolder = Path.Combine(root, "data"), BatchSize = 1 };
        var database = new WarehouseDatabase(Path.Combine(options.DataFolder, "warehouse.duckdb"));

        var summary = new DocumentLoader(database, options, ReportProcessor.CreateDefault()).Load(files, new LoadRequest());

        Assert.Equal(["loaded", "unchanged", "unchanged", "unchanged", "unchanged"], summary.Outcomes.Select(o => o.Status));
        using var connection = database.Open();
        Assert.Equal(
            [("loaded", 1L), ("unchanged", 4L)],
            connection.Query<(string, long)>("SELECT status, count(*) FROM load_journal GROUP BY status ORDER BY status"));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
