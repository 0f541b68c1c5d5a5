using PerfEval.Extraction.Checks;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Parsing;
using PerfEval.Generator.Rendering;
using PerfEval.Generator.Scoring;
using PerfEval.Generator.Truth;

namespace PerfEval.Loader.Bench;

/// <summary>`bench accuracy`: field-level precision/recall of extraction and per-rule precision/recall of checks on generated reports.</summary>
internal static class AccuracyBenchmark
{
    public static async Task<int> RunAsync(Cli.CliArguments args)
    {
        var count = args.GetInt("count", 2000);
        // Every format the generator can write here: PDFs need LibreOffice.
        var formats = (args.Get("formats") ?? (PdfConverter.FindSoffice() is null ? "txt,docx" : "txt,docx,pdf")).Split(',');
        var (_, corpus) = await BenchCorpus.GenerateAsync(count, formats, seed: args.GetInt("seed", 5));
        var extractor = ReportExtractor.CreateDefault();
        var checker = ReportChecker.CreateDefault();
        var scorer = new AccuracyScorer(args.GetInt("examples", 3));
        foreach (var row in corpus.Rows)
        {
            var path = Path.Combine(corpus.Folder, row.File);
            var truth = TruthJson.Read(Path.ChangeExtension(path, null) + ".truth.json");
            scorer.Add(row.File, truth, checker.Check(extractor.Extract(DocumentReader.Read(path))));
        }
        Console.WriteLine($"Extraction accuracy on {scorer.Reports} generated reports ({string.Join('+', formats)}); target precision ≥ 99%, recall ≥ 98%");
        Console.WriteLine();
        Console.WriteLine(Table(scorer.Fields));
        Console.WriteLine("Checks: expected flags (planted anomalies, and what the truth's own figures call for: missing_score, unsupported_score, region_ambiguous, low_execution, score_outruns_spending) vs flags of severity warning or higher");
        Console.WriteLine();
        Console.WriteLine(Table(scorer.Rules));
        if (args.Has("examples"))
        {
            foreach (var field in scorer.Fields.Concat(scorer.Rules).Where(f => f.Examples.Count > 0))
            {
                Console.WriteLine($"{field.Field}:");
                field.Examples.ForEach(e => Console.WriteLine("  " + e));
            }
        }
        return 0;
    }

    private static BenchTable Table(IEnumerable<FieldTally> tallies)
    {
        var table = new BenchTable("field", "TP", "FP", "FN", "precision", "recall");
        foreach (var t in tallies)
        {
            table.Add(t.Field, t.TruePositives, t.FalsePositives, t.FalseNegatives, $"{t.Precision:P1}", $"{t.Recall:P1}");
        }
        return table;
    }
}
