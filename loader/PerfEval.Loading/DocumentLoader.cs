using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PerfEval.Extraction;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Model;
using PerfEval.Loading.Peers;
using PerfEval.Warehouse;
using PerfEval.Warehouse.Loading;
using PerfEval.Warehouse.Schema;

namespace PerfEval.Loading;

/// <summary>
/// Loads files into the warehouse: hash → skip what is known → read, extract and check in parallel → write each
/// batch in one transaction with its journal. A file that cannot be read is journaled and quarantined, and the
/// run goes on. Sources are removed only after their batch committed, so a crash at any point is repaired by the
/// next run: committed files are recognised by their hash, uncommitted ones are loaded again.
/// </summary>
public sealed class DocumentLoader(WarehouseDatabase warehouse, LoaderOptions options, ReportProcessor processor, ILogger<DocumentLoader>? logger = null)
{
    private readonly ILogger log = logger ?? (ILogger)NullLogger.Instance;
    private const string AlreadyQuarantined = "same content already quarantined by parser ";

    private readonly FileStore store = new(options);

    public string ParserVersion { get; init; } = ExtractionVersion.Current;

    /// <summary>The cross-report checks, run over what changed once the files are written.</summary>
    public PeerCheckRunner Peers { get; init; } = PeerCheckRunner.CreateDefault();

    public LoadSummary Load(IEnumerable<string> paths, LoadRequest request, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var outcomes = new List<LoadOutcome>();
        using var connection = warehouse.Open();
        if (options.WarehouseMemoryLimit is { } limit)
        {
            connection.Execute(SqlScripts.Get("loading/set_memory_limit.sql"), new { limit });
        }
        if (options.WarehouseCheckpointThreshold is { } threshold)
        {
            connection.Execute(SqlScripts.Get("loading/set_checkpoint_threshold.sql"), new { threshold });
        }
        if (options.WarehouseThreads is { } threads)
        {
            connection.Execute(SqlScripts.Get("loading/set_threads.sql"), new { threads });
        }
        if (options.WarehouseAllocatorFlushThreshold is { } flushThreshold)
        {
            connection.Execute(SqlScripts.Get("loading/set_allocator_flush_threshold.sql"), new { threshold = flushThreshold });
            connection.Execute(SqlScripts.Get("loading/purge_allocator_in_background.sql"));
        }
        var known = new ConcurrentDictionary<string, KnownDocument>(LoadJournal.KnownDocuments(connection), StringComparer.Ordinal);
        var writer = new ReportWriter(connection);
        double readMs = 0, processMs = 0, writeMs = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var chunks = paths.Chunk(Math.Max(1, options.BatchSize)).GetEnumerator();
        // The next batch is read and extracted while this one is written: extraction runs on every core, the writer on one.
        var next = ProcessNextChunk(chunks, known, request, stop.Token);
        int batches = 0, collections = 0;
        try
        {
            while (next is not null)
            {
                if (options.FullCollectionEveryBatches is { } every && ++batches % every == 0)
                {
                    GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                    collections++;
                }
                var processed = next.GetAwaiter().GetResult();
                cancellationToken.ThrowIfCancellationRequested();
                next = ProcessNextChunk(chunks, known, request, stop.Token);
                readMs += processed.Sum(p => p.ReadMs);
                processMs += processed.Sum(p => p.DurationMs - p.ReadMs);
                var writeStart = Stopwatch.GetTimestamp();
                outcomes.AddRange(Commit(connection, writer, processed, known, request));
                writeMs += Stopwatch.GetElapsedTime(writeStart).TotalMilliseconds;
            }
        }
        finally
        {
            // A failed or cancelled write must not leave the next batch being read behind it.
            stop.Cancel();
            next?.ContinueWith(static _ => { }, TaskScheduler.Default).Wait(CancellationToken.None);
        }
        // The batches' garbage has reached gen2 by now, and a full peer pass reads every current report into memory:
        // collect once, before the checkpoint's peak, so the pass reuses that memory instead of growing the heap
        // (+140 MB at 100,000 reports).
        GC.Collect();
        if (options.WarehouseMemoryLimit is not null)
        {
            // At 100,000 reports the unwritten indexes alone fill half of a 320 MB pool and the peer pass ran out of
            // memory; once written they are evictable, and the pass needs little of the pool (~80 MB of hash tables).
            var checkpointStart = Stopwatch.GetTimestamp();
            try
            {
                connection.Execute(SqlScripts.Get("loading/checkpoint.sql"));
            }
            catch (DuckDb.DuckDbException e)
            {
                // The batches are committed either way; another connection's transaction can refuse the checkpoint.
                log.LogWarning(e, "Checkpoint before the peer checks refused");
            }
            writeMs += Stopwatch.GetElapsedTime(checkpointStart).TotalMilliseconds;
            if (options.WarehousePeerPassMemoryLimit is { } peerLimit)
            {
                connection.Execute(SqlScripts.Get("loading/set_memory_limit.sql"), new { limit = peerLimit });
            }
        }
        var peersStart = Stopwatch.GetTimestamp();
        Peers.RunAfterWrite(connection, log);
        var peersMs = Stopwatch.GetElapsedTime(peersStart).TotalMilliseconds;
        return new LoadSummary(outcomes, watch.Elapsed) { Stages = new LoadStageTimes(readMs, processMs, writeMs, peersMs), FullCollections = collections };
    }

    private Task<List<ProcessedFile>>? ProcessNextChunk(
        IEnumerator<string[]> chunks, ConcurrentDictionary<string, KnownDocument> known, LoadRequest request, CancellationToken cancellationToken)
    {
        if (!chunks.MoveNext())
        {
            return null;
        }
        var chunk = chunks.Current;
        return Task.Run(
            () => chunk
                .AsParallel()
                .AsOrdered()
                .WithCancellation(cancellationToken)
                .Select(path => ProcessFile(path, known, request))
                .ToList(),
            cancellationToken);
    }

    private ProcessedFile ProcessFile(string path, ConcurrentDictionary<string, KnownDocument> known, LoadRequest request)
    {
        var watch = Stopwatch.StartNew();
        byte[] content;
        try
        {
            content = ReadWithRetry(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ProcessedFile(path, null, null, null, "transient: " + e.Message, watch.Elapsed.TotalMilliseconds);
        }
        var source = SourceFile.FromBytes(path, content, request.IsDemo || options.IsDemoPath(path));
        var readMs = watch.Elapsed.TotalMilliseconds;
        if (known.TryGetValue(source.DocumentId, out var seen) && seen.ParserVersion == ParserVersion)
        {
            return new ProcessedFile(path, source, null, null, null, readMs) { Content = content, AlreadyKnown = seen, ReadMs = readMs };
        }
        if (options.NotAReportReason(path) is { } notAReport)
        {
            return new ProcessedFile(path, source, null, null, notAReport, readMs) { Content = content, ReadMs = readMs };
        }
        ReportText text;
        ExtractedReport report;
        try
        {
            text = processor.Read(content, path);
            report = processor.Process(text);
        }
        catch (DocumentReadException e)
        {
            return new ProcessedFile(path, source, null, null, e.Message, watch.Elapsed.TotalMilliseconds) { Content = content, ReadMs = readMs };
        }
#pragma warning disable CA1031 // A parser bug on one file must quarantine that file, not stop the run.
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogError(e, "Extraction failed for {File}", path);
            return new ProcessedFile(path, source, null, null, $"{Path.GetFileName(path)}: extraction failed: {e.GetType().Name}: {e.Message}", watch.Elapsed.TotalMilliseconds) { Content = content, ReadMs = readMs };
        }
        // Kept before its batch commits, as before, but on the extraction threads instead of the single writer.
        store.KeepOriginal(source.DocumentId, source.Format, content);
        return new ProcessedFile(path, source, new DecodedText(text.Text, text.IsOcr), report, null, watch.Elapsed.TotalMilliseconds) { Content = content, ReadMs = readMs };
    }

    private byte[] ReadWithRetry(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return File.ReadAllBytes(path);
            }
            catch (IOException) when (attempt < options.ReadAttempts && File.Exists(path))
            {
                Thread.Sleep(100 * attempt);
            }
        }
    }

    private List<LoadOutcome> Commit(
        DuckDb.DuckDbConnection connection, ReportWriter writer, List<ProcessedFile> processed, ConcurrentDictionary<string, KnownDocument> known, LoadRequest request)
    {
        // This batch was read while the one before it was written: what that one loaded or quarantined counts as known.
        processed = [.. processed.Select(f => f.AlreadyKnown is null && f.Source is not null
            && known.TryGetValue(f.Source.DocumentId, out var seen) && seen.ParserVersion == ParserVersion
                ? f with { FailureReason = null, AlreadyKnown = seen }
                : f)];
        var now = DateTime.UtcNow;
        var outcomes = new List<LoadOutcome>();
        var loads = new List<(ProcessedFile File, ReportLoad Load, LoadJournalEntry Entry)>();
        var journal = new List<LoadJournalEntry>();
        var batchIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in processed)
        {
            if (file.Source is null)
            {
                log.LogWarning("Skipped {File} for now: {Reason}", file.Path, file.FailureReason);
                outcomes.Add(new LoadOutcome(file.Path, null, "deferred", file.FailureReason, file.DurationMs));
                continue;
            }
            var id = file.Source.DocumentId;
            if (file.Failed && file.AlreadyKnown is null)
            {
                // Quarantined below, each copy under its own name: a copy is not "unchanged" content that loaded.
                continue;
            }
            if (file.AlreadyKnown is not null || !batchIds.Add(id))
            {
                var status = file.AlreadyKnown?.Status == "quarantined" ? "quarantined" : "unchanged";
                var reason = Path.GetFileName(file.Path) + ": " + (status == "quarantined" ? AlreadyQuarantined + ParserVersion : "same content already loaded");
                journal.Add(new LoadJournalEntry(file.Path, id, status == "quarantined" ? "quarantined" : "unchanged", reason, ParserVersion, now, file.DurationMs, file.Source.SizeBytes));
                outcomes.Add(new LoadOutcome(file.Path, id, status, reason, file.DurationMs));
                continue;
            }
            var status2 = known.ContainsKey(id) ? "reloaded" : "loaded";
            var load = ReportLoadMapper.Map(file.Report!, file.Source, file.Text!.Text, file.Text.IsOcr, ParserVersion, now);
            loads.Add((file, load, new LoadJournalEntry(file.Path, id, status2, null, ParserVersion, now, file.DurationMs, file.Source.SizeBytes)));
        }

        var superseded = WriteLoads(connection, writer, loads, journal, outcomes, request);
        PeerCheckRunner.Record(connection, [.. loads.Select(l => l.Load).Where(l => superseded.ContainsKey(l.Document.DocumentId))]);
        foreach (var (file, load, entry) in loads.Where(l => superseded.ContainsKey(l.Load.Document.DocumentId)))
        {
            known[load.Document.DocumentId] = new KnownDocument(load.Document.DocumentId, ParserVersion, "loaded");
            outcomes.Add(new LoadOutcome(file.Path, load.Document.DocumentId, entry.Status, null, file.DurationMs)
            {
                Superseded = superseded[load.Document.DocumentId],
            });
        }

        foreach (var file in processed.Where(f => f.Failed && f.Source is not null && f.AlreadyKnown is null))
        {
            outcomes.Add(QuarantineFile(connection, file, file.FailureReason!, known, request, now));
        }
        if (request.RemoveSources)
        {
            foreach (var outcome in outcomes.Where(o => o.Status is "loaded" or "reloaded" or "unchanged"))
            {
                FileStore.TryDelete(outcome.FilePath);
            }
            foreach (var outcome in outcomes.Where(o => o.Status == "quarantined" && o.Reason?.Contains(AlreadyQuarantined, StringComparison.Ordinal) == true))
            {
                FileStore.TryDelete(outcome.FilePath);
            }
        }
        foreach (var outcome in outcomes)
        {
            log.LogInformation(
                "{File} {Sha} {Outcome} in {Ms} ms {Reason}",
                outcome.FilePath, outcome.DocumentId, outcome.Status, Math.Round(outcome.DurationMs, 1), outcome.Reason ?? "");
            request.Progress?.Report(outcome);
        }
        return outcomes;
    }

    /// <summary>Writes the batch in one transaction; when the warehouse rejects it, writes file by file so one bad record is quarantined alone.</summary>
    private Dictionary<string, IReadOnlyList<string>> WriteLoads(
        DuckDb.DuckDbConnection connection,
        ReportWriter writer,
        List<(ProcessedFile File, ReportLoad Load, LoadJournalEntry Entry)> loads,
        List<LoadJournalEntry> journal,
        List<LoadOutcome> outcomes,
        LoadRequest request)
    {
        try
        {
            return new(writer.Write([.. loads.Select(l => l.Load)], [.. loads.Select(l => l.Entry), .. journal]), StringComparer.Ordinal);
        }
        catch (DuckDb.DuckDbException e) when (loads.Count > 1 || journal.Count > 0)
        {
            log.LogWarning(e, "Batch of {Count} rejected by the warehouse; writing file by file", loads.Count);
        }
        var written = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        LoadJournal.Append(connection, journal);
        foreach (var (file, load, entry) in loads)
        {
            try
            {
                foreach (var pair in writer.Write([load], [entry]))
                {
                    written[pair.Key] = pair.Value;
                }
            }
            catch (DuckDb.DuckDbException e)
            {
                outcomes.Add(QuarantineFile(connection, file, $"{Path.GetFileName(file.Path)}: the warehouse rejected the record: {e.Message}", null, request, entry.StartedAt));
            }
        }
        return written;
    }

    private LoadOutcome QuarantineFile(
        DuckDb.DuckDbConnection connection, ProcessedFile file, string reason, ConcurrentDictionary<string, KnownDocument>? known, LoadRequest request, DateTime now)
    {
        var id = file.Source?.DocumentId;
        LoadJournal.Append(connection, [new LoadJournalEntry(file.Path, id, "quarantined", reason, ParserVersion, now, file.DurationMs, file.Source?.SizeBytes)]);
        if (known is not null && id is not null)
        {
            known[id] = new KnownDocument(id, ParserVersion, "quarantined");
        }
        store.Quarantine(file.Path, file.Content, reason, request.RemoveSources);
        log.LogWarning("Quarantined {File}: {Reason}", file.Path, reason);
        return new LoadOutcome(file.Path, id, "quarantined", reason, file.DurationMs);
    }
}
