using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PerfEval.Extraction;
using PerfEval.Extraction.Documents;
using PerfEval.Loading.Peers;
using PerfEval.Warehouse;
using PerfEval.Warehouse.Loading;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Loading;

/// <summary>
/// Re-extracts stored documents with the current parser: from the kept original when there is one (tables keep
/// their structure), otherwise from the stored text. Each batch replaces the documents' facts in one transaction.
/// </summary>
public sealed class DocumentReloader(WarehouseDatabase warehouse, LoaderOptions options, ReportProcessor processor, ILogger<DocumentReloader>? logger = null)
{
    private readonly ILogger log = logger ?? (ILogger)NullLogger.Instance;

    public string ParserVersion { get; init; } = ExtractionVersion.Current;

    /// <summary>The cross-report checks, run once the documents are written (a reload makes it a full pass).</summary>
    public PeerCheckRunner Peers { get; init; } = PeerCheckRunner.CreateDefault();

    public int Reload(bool all, CancellationToken cancellationToken = default)
    {
        using var connection = warehouse.Open();
        var documents = connection.Query<StoredDocument>(
            SqlScripts.Get("loading/documents_to_reload.sql"), new { all, parserVersion = ParserVersion }).ToList();
        var writer = new ReportWriter(connection);
        var store = new FileStore(options);
        var count = 0;
        foreach (var chunk in documents.Chunk(Math.Max(1, options.BatchSize)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = DateTime.UtcNow;
            var loads = chunk.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(doc =>
            {
                var text = ReadStored(doc, store);
                var report = processor.Process(text);
                var source = new SourceFile(doc.FileName, doc.FileName, doc.Format, doc.SizeBytes, doc.DocumentId, doc.IsDemo);
                return ReportLoadMapper.Map(report, source, text.Text, text.IsOcr, ParserVersion, now);
            }).ToList();
            var journal = loads.Select(l => new LoadJournalEntry(
                l.Document.FileName, l.Document.DocumentId, "reloaded", "re-extracted by parser " + ParserVersion, ParserVersion, now, 0, l.Document.SizeBytes));
            writer.Write(loads, [.. journal]);
            PeerCheckRunner.Record(connection, loads);
            count += loads.Count;
        }
        // Also after a reload of nothing: it runs at every start, and so makes up a pass a crash left undone.
        Peers.RunAfterWrite(connection, log);
        return count;
    }

    private ReportText ReadStored(StoredDocument doc, FileStore store)
    {
        var original = store.OriginalPath(doc.DocumentId, doc.Format);
        if (File.Exists(original))
        {
            try
            {
                return processor.Read(File.ReadAllBytes(original), doc.FileName);
            }
            catch (DocumentReadException)
            {
                // A converter that worked at load time may be missing now: the stored text still holds the content.
            }
        }
        return PlainTextLayout.Build(doc.FileName, doc.Format, doc.ExtractedText, doc.IsOcr);
    }
}
