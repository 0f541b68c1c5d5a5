using PerfEval.Briefing.Docx;
using PerfEval.Briefing.Model;
using PerfEval.Generator;
using PerfEval.Warehouse.Queries;

namespace PerfEval.Briefing.Tests.Fixtures;

/// <summary>
/// A generated two-year corpus for two districts of 株洲市 loaded by the real loader, and the 2023 briefing of
/// 芦淞区's overall-expenditure reports against 2022.
/// </summary>
public sealed class CorpusBriefing : IDisposable
{
    public const string District = "430203";
    public static readonly CorpusSpec Spec = new()
    {
        Count = 120,
        City = "株洲市",
        Districts = ["芦淞区", "天元区"],
        Years = [2022, 2023],
        Kinds = [ReportKinds.Overall, ReportKinds.Project],
        Formats = [ReportFormats.Txt],
        // At 0.3 the district's 2023 overall reports held no low-execution or score anomaly once glued and flattened tables were read right.
        AnomalyRate = 0.5,
        Seed = 8,
        Threads = 2,
    };

    private readonly string corpus = Directory.CreateTempSubdirectory("perfeval-corpus-").FullName;

    public CorpusBriefing()
    {
        var result = CorpusGenerator.GenerateAsync(Spec, corpus, CancellationToken.None).GetAwaiter().GetResult();
        Warehouse = new LoadedWarehouse(result.Rows.Select(r => Path.Combine(corpus, r.File)));
        Data = Warehouse.Builder().BuildAsync(2023, new ReportFilter(null, District, ReportKinds.Overall), new DateOnly(2024, 6, 1)).GetAwaiter().GetResult();
        Docx = new BriefingDocx(BriefingDocument.ToBytes(Data));
    }

    public LoadedWarehouse Warehouse { get; }

    public BriefingData Data { get; }

    public BriefingDocx Docx { get; }

    /// <summary>The briefing's filter as SQL over v_report, for the tests' own queries.</summary>
    public static string Where(int year) => $"fiscal_year = {year} AND starts_with(region_code, '{District}') AND kind = 'overall'";

    public void Dispose()
    {
        Docx.Dispose();
        Warehouse.Dispose();
        Directory.Delete(corpus, recursive: true);
    }
}
