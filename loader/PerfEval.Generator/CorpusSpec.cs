namespace PerfEval.Generator;

/// <summary>What to generate: how many reports, for which region set, years, kinds and formats.</summary>
public sealed record CorpusSpec
{
    public int Count { get; init; } = 100;

    /// <summary>The city (市, 州, 盟; or a municipality such as 重庆市) whose districts and streets write the reports.</summary>
    public string City { get; init; } = "株洲市";

    /// <summary>Districts of <see cref="City"/> to use; empty means all of them.</summary>
    public IReadOnlyList<string> Districts { get; init; } = [];

    public IReadOnlyList<int> Years { get; init; } = [2021, 2022, 2023];

    /// <summary>overall, project, key_evaluation.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [ReportKinds.Overall, ReportKinds.Project, ReportKinds.KeyEvaluation];

    /// <summary>txt, docx, pdf. Each report is written in one of them.</summary>
    public IReadOnlyList<string> Formats { get; init; } = [ReportFormats.Txt];

    /// <summary>Encodings .txt reports are written in, one picked per report: utf-8, utf-8-bom, gb18030, utf-16.</summary>
    public IReadOnlyList<string> TxtEncodings { get; init; } = [TextEncodings.Utf8];

    /// <summary>Share of reports that carry one planted anomaly (exact: round(Count × rate) reports).</summary>
    public double AnomalyRate { get; init; } = 0.2;

    public int Seed { get; init; } = 20240601;

    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Where provinces/cities/areas/streets.csv live; null finds them beside the assembly or in the repo's .native.</summary>
    public string? GazetteerFolder { get; init; }

    /// <summary>A few hundred reports over three years for 株洲市's four urban districts, txt and docx, 20% anomalies.</summary>
    public static CorpusSpec Demo { get; } = new()
    {
        Count = 300,
        City = "株洲市",
        Districts = ["荷塘区", "芦淞区", "石峰区", "天元区"],
        Years = [2021, 2022, 2023],
        Formats = [ReportFormats.Txt, ReportFormats.Docx],
        AnomalyRate = 0.2,
        Seed = 20240601,
    };

    /// <summary>Throws when the spec cannot produce a corpus, naming what is wrong.</summary>
    public void Validate()
    {
        if (Count < 0)
        {
            throw new ArgumentException("count must not be negative");
        }
        if (Years.Count == 0 || Kinds.Count == 0 || Formats.Count == 0)
        {
            throw new ArgumentException("years, kinds and formats must each list at least one value");
        }
        foreach (var kind in Kinds.Where(k => !ReportKinds.All.Contains(k)))
        {
            throw new ArgumentException($"unknown kind '{kind}' (expected {string.Join(", ", ReportKinds.All)})");
        }
        foreach (var format in Formats.Where(f => !ReportFormats.All.Contains(f)))
        {
            throw new ArgumentException($"unknown format '{format}' (expected {string.Join(", ", ReportFormats.All)})");
        }
        foreach (var encoding in TxtEncodings.Where(e => !TextEncodings.All.Contains(e)))
        {
            throw new ArgumentException($"unknown encoding '{encoding}' (expected {string.Join(", ", TextEncodings.All)})");
        }
        if (TxtEncodings.Count == 0)
        {
            throw new ArgumentException("encodings must list at least one value");
        }
        if (AnomalyRate is < 0 or > 1)
        {
            throw new ArgumentException("anomaly rate must be between 0 and 1");
        }
        if (Threads < 1)
        {
            throw new ArgumentException("threads must be at least 1");
        }
    }
}
