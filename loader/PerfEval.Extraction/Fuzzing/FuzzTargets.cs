using System.Text;
using PerfEval.Extraction.Checks;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Documents.TextTables;
using PerfEval.Extraction.Normalization;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Extraction.Fuzzing;

/// <summary>The parsers fuzzed by default: number parsers, text-table readers, and the whole extractor on short texts.</summary>
public static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> Default(FuzzInputs inputs)
    {
        var extractor = ReportExtractor.CreateDefault();
        var checker = ReportChecker.CreateDefault();
        var noTools = new DocumentReaderOptions { EnableOcr = false };
        return
        [
            new("amounts in text", r => r.Next(2) == 0 ? FuzzInputs.NumberLike(r) : inputs.MutatedLine(r), s => AmountParser.FindAll(s)),
            new("amount cell", FuzzInputs.NumberLike, s =>
            {
                AmountParser.ParseCell(s, "万元");
                AmountParser.ParseCell(s, "亿元");
                AmountParser.ParseCell(s, null);
            }),
            new("percent", r => r.Next(2) == 0 ? FuzzInputs.NumberLike(r) : inputs.MutatedLine(r), s =>
            {
                PercentParser.Parse(s);
                PercentParser.Find(s);
            }),
            new("score", FuzzInputs.NumberLike, s => ScoreNumber.Parse(s)),
            new("quantity", r => r.Next(2) == 0 ? FuzzInputs.NumberLike(r) : inputs.MutatedLine(r), s =>
            {
                ParsedQuantity.Parse(s);
                ParsedQuantity.ParseLenient(s);
            }),
            new("chinese numerals", FuzzInputs.ChineseNumeral, s => _ = ChineseNumerals.TryParse(s, out _)),
            new("glued cells", FuzzInputs.GluedRun, s =>
            {
                if (GluedCellSplitter.LooksGlued(s))
                {
                    GluedCellSplitter.Split(s);
                }
            }),
            new("text tables", inputs.MutatedBlock, s => TextTableDetector.DetectWithNotes(s, TextLineSplitter.Split(s))),
            new("extractor", inputs.MutatedBlock, s =>
            {
                var text = DocumentReader.Read(Encoding.UTF8.GetBytes(s), "fuzz.txt", noTools);
                checker.Check(extractor.Extract(text));
            }, typeof(DocumentReadException)),
        ];
    }
}
