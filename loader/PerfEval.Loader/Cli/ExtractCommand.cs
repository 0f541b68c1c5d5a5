using PerfEval.Extraction.Checks;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Output;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Loader.Cli;

/// <summary>`perfeval extract &lt;file|folder&gt; [--json]`: prints extracted records; the work is in <see cref="ExtractionRunner"/>.</summary>
public static class ExtractCommand
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, path => DocumentReader.Read(path));

    /// <param name="reader">Decodes a file into a <see cref="ReportText"/>; throws when it cannot.</param>
    public static Task<int> RunAsync(string[] args, Func<string, ReportText> reader)
    {
        var runner = new ExtractionRunner(reader, ReportExtractor.CreateDefault(), ReportChecker.CreateDefault());
        return Task.FromResult(runner.Run(args, Console.Out, Console.Error));
    }
}
