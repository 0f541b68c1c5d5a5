using PerfEval.Loading;
using PerfEval.Warehouse;

namespace PerfEval.Loader.Tests.Loading;

public sealed class DuplicateUnreadableFilesTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "perfeval-dupes-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void CopiesOfOneUnreadableFileInOneBatchAreEachQuarantinedOnce()
    {
        Directory.CreateDirectory(root);
        var files = new[] { "a.docx", "b.pdf", "c.txt" }.Select(n => Path.Combine(root, n)).ToList();
        foreach (var file in files)
        {
            File.WriteAllBytes(file, []);
        }
        var options = new LoaderOptions { DataFolder = Path.Combine(root, "data") };
        var loader = new DocumentLoader(new WarehouseDatabase(Path.Combine(options.DataFolder, "warehouse.duckdb")), options, ReportProcessor.CreateDefault());

        var summary = loader.Load(files, new LoadRequest());

        Assert.Equal(files.Order(), summary.Outcomes.Select(o => o.FilePath).Order());
        Assert.All(summary.Outcomes, o => Assert.Equal("quarantined", o.Status));
        Assert.All(summary.Outcomes, o => Assert.Contains(Path.GetFileName(o.FilePath), o.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void ACopyOfAFileQuarantinedInAnEarlierBatchIsQuarantinedWithItsOwnName()
    {
        Directory.CreateDirectory(root);
        var files = new[] { "first.txt", "second.pdf" }.Select(n => Path.Combine(root, n)).ToList();
        foreach (var file in files)
        {
            File.WriteAllBytes(file, [0x00, 0x01, 0x02, 0x03]);
        }
        var options = new LoaderOptions { DataFolder = Path.Combine(root, "data"), BatchSize = 1 };
        var loader = new DocumentLoader(new WarehouseDatabase(Path.Combine(options.DataFolder, "warehouse.duckdb")), options, ReportProcessor.CreateDefault());

        var second = loader.Load(files, new LoadRequest()).Outcomes.Single(o => o.FilePath == files[1]);

        Assert.Equal("quarantined", second.Status);
        Assert.StartsWith("second.pdf: ", second.Reason, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
