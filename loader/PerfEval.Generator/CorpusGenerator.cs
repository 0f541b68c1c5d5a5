using System.Collections.Concurrent;
using PerfEval.Generator.Layouts;
using PerfEval.Generator.Planning;
using PerfEval.Generator.Regions;
using PerfEval.Generator.Rendering;
using PerfEval.Generator.Truth;

namespace PerfEval.Generator;

/// <summary>
/// Writes a synthetic corpus: for each report its file (.txt, .docx or .pdf), &lt;name&gt;.truth.json and a line in
/// manifest.csv. Report i depends only on (seed, i), so any thread count gives the same files.
/// </summary>
public static class CorpusGenerator
{
    public const string ManifestName = "manifest.csv";
    private const int PdfBatchSize = 60;

    public static async Task<CorpusResult> GenerateAsync(CorpusSpec spec, string outFolder, CancellationToken ct, IProgress<int>? progress = null)
    {
        spec.Validate();
        if (spec.Formats.Contains(ReportFormats.Pdf))
        {
            // Fail before writing anything rather than leave a corpus without its PDFs.
            PdfConverter.RequireSoffice();
        }
        Directory.CreateDirectory(outFolder);
        var regions = RegionSet.Load(GazetteerFolder.Locate(spec.GazetteerFolder), spec.City, spec.Districts);
        var plan = new CorpusPlan(spec, regions);
        var planner = new FactsPlanner(spec, plan);
        var rows = new ManifestRow[spec.Count];
        var pdfWork = Path.Combine(outFolder, ".pdf-work");
        var pdfSources = new ConcurrentBag<string>();
        var done = 0;

        await Task.Run(() => Parallel.For(0, spec.Count, new ParallelOptions { MaxDegreeOfParallelism = spec.Threads, CancellationToken = ct }, i =>
        {
            rows[i] = WriteReport(spec, regions, planner.Plan(i), outFolder, pdfWork, pdfSources);
            progress?.Report(Interlocked.Increment(ref done));
        }), ct);

        if (!pdfSources.IsEmpty)
        {
            try
            {
                var batches = pdfSources.Order(StringComparer.Ordinal).Chunk(PdfBatchSize).ToList();
                await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = spec.Threads, CancellationToken = ct },
                    async (batch, token) => await PdfConverter.ConvertAsync(batch, outFolder, token));
            }
            finally
            {
                Directory.Delete(pdfWork, recursive: true);
            }
        }
        ManifestRow.WriteAll(Path.Combine(outFolder, ManifestName), rows);
        return new CorpusResult(outFolder, rows);
    }

    /// <summary>Writes report i and its truth; a PDF's docx goes to the work folder for the batch conversion.</summary>
    private static ManifestRow WriteReport(CorpusSpec spec, RegionSet regions, ReportFacts facts, string outFolder, string pdfWork, ConcurrentBag<string> pdfSources)
    {
        var writer = new ReportWriter(facts, Rng.For(spec.Seed, "wording", facts.Index), regions);
        LayoutCatalog.For(facts.Layout).Write(writer);
        var doc = writer.Doc.Build();
        var baseName = BaseName(facts);
        var fileName = baseName + "." + facts.Format;
        IReadOnlyDictionary<string, (int Offset, string Quote)> quotes;
        string? encoding = null;
        switch (facts.Format)
        {
            case ReportFormats.Txt:
                var rendered = TxtRenderer.Render(doc, LayoutCatalog.ShapeFor(facts.Layout));
                encoding = spec.TxtEncodings[Rng.For(spec.Seed, "encoding", facts.Index).Next(spec.TxtEncodings.Count)];
                File.WriteAllBytes(Path.Combine(outFolder, fileName), TextEncodings.Encode(rendered.Text, encoding));
                quotes = rendered.Marks;
                break;
            case ReportFormats.Docx:
                File.WriteAllBytes(Path.Combine(outFolder, fileName), DocxWriter.Write(doc));
                quotes = DocQuotes.Collect(doc);
                break;
            default:
                Directory.CreateDirectory(pdfWork);
                var docx = Path.Combine(pdfWork, baseName + ".docx");
                File.WriteAllBytes(docx, DocxWriter.Write(doc));
                pdfSources.Add(docx);
                quotes = DocQuotes.Collect(doc);
                break;
        }
        var report = writer.Truth.Build(fileName, quotes);
        var flags = writer.Truth.PlantedFlags;
        var truth = new GroundTruth(report, flags, facts.Layout.Slug(), facts.Format) { Encoding = encoding };
        File.WriteAllBytes(Path.Combine(outFolder, baseName + ".truth.json"), TruthJson.Serialize(truth));
        return new ManifestRow(fileName, facts.Unit.OfficialName, facts.Unit.RegionCode, facts.Year, facts.Kind, facts.Layout.Slug(), facts.Format, flags);
    }

    public static string BaseName(ReportFacts facts) =>
        $"r{facts.Index:D6}_{facts.Unit.RegionCode}_{facts.Year}_{facts.Kind}";
}
