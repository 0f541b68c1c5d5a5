using PerfEval.Briefing.Docx;
using PerfEval.Briefing.Model;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Briefing.Tests.Fixtures;

/// <summary>The five seed reports (all 2023) loaded by the real loader, and their 2023 briefing over every region and kind.</summary>
public sealed class SeedBriefing : IDisposable
{
    public SeedBriefing()
    {
        Warehouse = new LoadedWarehouse(Directory.GetFiles(SeedsFolder, "*.txt").Order(StringComparer.Ordinal));
        Data = Warehouse.Builder().BuildAsync(2023, new ReportFilter(), new DateOnly(2024, 6, 1)).GetAwaiter().GetResult();
        Docx = new BriefingDocx(BriefingDocument.ToBytes(Data));
    }

    public LoadedWarehouse Warehouse { get; }

    public BriefingData Data { get; }

    public BriefingDocx Docx { get; }

    public static string SeedsFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PerfEval.sln")))
                {
                    return Path.Combine(dir.FullName, "..", "shared", "seeds");
                }
            }
            throw new InvalidOperationException("PerfEval.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public void Dispose()
    {
        Docx.Dispose();
        Warehouse.Dispose();
    }
}
