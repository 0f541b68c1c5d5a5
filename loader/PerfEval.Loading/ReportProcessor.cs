using PerfEval.Extraction.Checks;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Extraction.Parsing;

namespace PerfEval.Loading;

/// <summary>Read → extract → check for one document. Stateless and thread-safe, so files are processed in parallel.</summary>
public sealed class ReportProcessor(ReportExtractor extractor, ReportChecker checker, DocumentReaderOptions? readerOptions = null)
{
    public static ReportProcessor CreateDefault(DocumentReaderOptions? readerOptions = null) =>
        new(ReportExtractor.CreateDefault(), ReportChecker.CreateDefault(), readerOptions);

    /// <summary>Decodes the file's bytes; throws <see cref="DocumentReadException"/> when they cannot be read.</summary>
    public ReportText Read(byte[] content, string fileName) => DocumentReader.Read(content, fileName, readerOptions);

    public ExtractedReport Process(ReportText text) => checker.Check(extractor.Extract(text));
}
