using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PerfEval.DuckDb;
using PerfEval.Extraction.Checks;
using PerfEval.Loading.Uploads;
using PerfEval.Warehouse.Loading;
using PerfEval.Warehouse.Peers;

namespace PerfEval.Loading.Peers;

/// <summary>
/// Runs the cross-report checks (<see cref="CrossReportChecker"/>) against the warehouse after the writer: reads
/// the reports of the units and district-years that changed since the last pass (sql/peers/), judges them, and
/// replaces those rules' flags in fact_flag in one transaction. What changed is read from load_journal, so a pass
/// missed by a crash is made up by the next one; a reload, or other thresholds, make it a full pass.
/// </summary>
public sealed class PeerCheckRunner(CrossReportChecker checker)
{
    /// <summary>Bump when a rule's logic changes, so the next pass recomputes every peer flag.</summary>
    private const int RulesVersion = 1;

    public static PeerCheckRunner CreateDefault() => new(CrossReportChecker.CreateDefault());

    public CrossReportChecker Checker { get; } = checker;

    /// <summary>What the stored flags were judged with: the rules and their thresholds.</summary>
    public string Settings { get; } = JsonSerializer.Serialize(new
    {
        version = RulesVersion,
        rules = checker.Checks.Select(c => c.Id).ToArray(),
        peers = checker.Configuration.Peers,
    });

    /// <summary>Records the figures of documents the writer just wrote (before a later batch can supersede them).</summary>
    public static void Record(DuckDbConnection connection, IReadOnlyCollection<ReportLoad> written) =>
        DocumentFigures.Record(connection, written);

    /// <summary>Brings the peer flags up to date with the warehouse; <paramref name="all"/> recomputes every one.</summary>
    public PeerPassResult Run(DuckDbConnection connection, bool all = false)
    {
        var watch = Stopwatch.StartNew();
        var state = PeerInputs.State(connection);
        var since = state.LastLoadId ?? 0;
        var until = state.NewestLoadId;
        var full = all || state.LastLoadId is null || state.Settings != Settings || PeerInputs.ReloadedSince(connection, since, until);
        if (!full && until <= since)
        {
            return new PeerPassResult(false, false, 0, 0, watch.Elapsed);
        }
        using var transaction = connection.BeginTransaction();
        DocumentFigures.RecordMissing(connection, transaction);
        PeerInputs.PrepareScope(connection, full, since, until, transaction);
        var rows = PeerInputs.Reports(connection, transaction);
        var targets = PeerInputs.Targets(connection, transaction);
        var predecessors = PeerInputs.Predecessors(connection, transaction);
        var read = watch.Elapsed;
        var flags = Judge(rows, targets, predecessors);
        var judged = watch.Elapsed;
        PeerFlagWriter.Replace(
            connection,
            [.. Checker.Checks.Where(c => c.Scope == PeerScope.DistrictYear).Select(c => c.Id)],
            [.. Checker.Checks.Where(c => c.Scope == PeerScope.Unit).Select(c => c.Id)],
            full,
            flags,
            transaction);
        PeerFlagWriter.SaveState(connection, until, Settings, transaction);
        PeerInputs.DropScope(connection, transaction);
        transaction.Commit();
        return new PeerPassResult(true, full, rows.Count, flags.Count, watch.Elapsed)
        {
            Read = read,
            Judge = judged - read,
            Write = watch.Elapsed - judged,
        };
    }

    /// <summary>
    /// The pass after a load or reload, whose documents are committed already: a warehouse error is logged, not
    /// thrown, and the next load or reload runs the pass again (its scope is read from the journal).
    /// </summary>
    public PeerPassResult? RunAfterWrite(DuckDbConnection connection, ILogger log)
    {
        try
        {
            var pass = Run(connection);
            if (pass.Ran)
            {
                log.LogInformation(
                    "Peer checks ({Kind}) judged {Reports} reports, {Flags} flags, in {Ms} ms",
                    pass.Full ? "full" : "changed units and districts", pass.Reports, pass.Flags, Math.Round(pass.Elapsed.TotalMilliseconds));
            }
            return pass;
        }
        catch (DuckDbException e)
        {
            log.LogError(e, "Peer checks failed; the next load or reload runs them again");
            return null;
        }
    }

    /// <summary>The flags of the reports in scope, each rule's only on the reports within that rule's scope.</summary>
    private List<PeerFlagRow> Judge(List<PeerReportRow> rows, Dictionary<string, string[]> targets, List<PeerPredecessorRow> predecessors)
    {
        var byId = rows.ToDictionary(r => r.DocumentId, StringComparer.Ordinal);
        var reports = new List<PeerReport>(rows.Count + predecessors.Count);
        foreach (var row in rows)
        {
            reports.Add(new PeerReport(
                row.DocumentId, row.UnitKey, row.DistrictCode, row.FiscalYear, row.Kind, row.Score, row.ExecutionRate,
                targets.GetValueOrDefault(row.DocumentId) ?? [], row.FiguresHash ?? "", row.ProjectName, UploadInbox.OriginalName(row.FileName)));
        }
        reports.AddRange(Replaced(byId, predecessors));
        var scopes = Checker.Checks.ToDictionary(c => c.Id, c => c.Scope, StringComparer.Ordinal);
        return
        [
            .. from pair in Checker.Check(reports)
               where byId.ContainsKey(pair.Key)
               let row = byId[pair.Key]
               from flag in pair.Value
               where scopes[flag.Rule] == PeerScope.DistrictYear ? row.InDistrictYearScope : row.InUnitScope
               select new PeerFlagRow(row.DocumentId, flag.Rule, flag.Severity.ToString().ToLowerInvariant(), flag.Message),
        ];
    }

    /// <summary>
    /// The documents a current report replaced, as reports of its unit, year, kind and project (the key it superseded
    /// them by) with only their figures: of each other file the latest version, none of its own file's versions, and
    /// none whose figures were never recorded. Being without score and targets, they only meet duplicate_report.
    /// </summary>
    private static IEnumerable<PeerReport> Replaced(Dictionary<string, PeerReportRow> current, List<PeerPredecessorRow> predecessors)
    {
        foreach (var chain in predecessors.Where(p => p.FiguresHash is not null).GroupBy(p => p.CurrentId, StringComparer.Ordinal))
        {
            if (!current.TryGetValue(chain.Key, out var successor))
            {
                continue;
            }
            var successorFile = FileStem(successor.FileName);
            var latestOfEachFile = chain
                .GroupBy(p => FileStem(p.FileName), StringComparer.OrdinalIgnoreCase)
                .Where(file => !string.Equals(file.Key, successorFile, StringComparison.OrdinalIgnoreCase))
                .Select(file => file.MinBy(p => p.Depth)!);
            foreach (var old in latestOfEachFile)
            {
                yield return new PeerReport(
                    old.DocumentId, successor.UnitKey, successor.DistrictCode, successor.FiscalYear, successor.Kind, null, null, [],
                    old.FiguresHash!, successor.ProjectName, UploadInbox.OriginalName(old.FileName));
            }
        }
    }

    private static string FileStem(string storedName) => Path.GetFileNameWithoutExtension(UploadInbox.OriginalName(storedName));
}

/// <summary>
/// What one peer pass did: nothing (no change since the last), a scoped or a full pass; its time reading the
/// warehouse (state, figures of reports without, scope, inputs), judging in memory, and writing the flags.
/// </summary>
public sealed record PeerPassResult(bool Ran, bool Full, int Reports, int Flags, TimeSpan Elapsed)
{
    public TimeSpan Read { get; init; }
    public TimeSpan Judge { get; init; }
    public TimeSpan Write { get; init; }
}
