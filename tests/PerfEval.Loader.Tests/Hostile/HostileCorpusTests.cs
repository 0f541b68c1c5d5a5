using System.Diagnostics;
using System.Text;
using Dapper;
using PerfEval.Loading;
using PerfEval.Warehouse;
using Xunit.Abstractions;

namespace PerfEval.Loader.Tests.Hostile;

/// <summary>
/// Loads the hostile corpus through the real loader into a real DuckDB warehouse: every file ends loaded or
/// quarantined with a reason naming it, nothing crashes, memory stays bounded, and figures too large for the
/// warehouse are nulled and flagged. Prints the case → outcome table kept in docs/security.md.
/// </summary>
public sealed class HostileCorpusTests(ITestOutputHelper output) : IDisposable
{
    private const long MemoryGrowthLimit = 1536L * 1024 * 1024;

    private readonly string root = Path.Combine(Path.GetTempPath(), "perfeval-hostile-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void EveryHostileFileEndsLoadedOrQuarantinedWithAReasonNamingIt()
    {
        List<HostileCase> cases;
        using (var seeds = new SeedRenderings())
        {
            cases = HostileCorpus.Build(seeds);
        }
        var inbox = Path.Combine(root, "inbox");
        Directory.CreateDirectory(inbox);
        var paths = cases.ToDictionary(c => c, c => Path.Combine(inbox, c.FileName));
        foreach (var (hostile, path) in paths)
        {
            File.WriteAllBytes(path, hostile.Bytes);
        }
        Assert.True(cases.Count >= 200, $"only {cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.FileName).Distinct().Count());

        var options = new LoaderOptions { DataFolder = Path.Combine(root, "data"), BatchSize = 50 };
        var loader = new DocumentLoader(new WarehouseDatabase(Path.Combine(options.DataFolder, "warehouse.duckdb")), options, ReportProcessor.CreateDefault());
        var (summary, growth) = MeasurePeakGrowth(() => loader.Load(paths.Values, new LoadRequest()));

        var outcomes = summary.Outcomes.GroupBy(o => Path.GetFileName(o.FilePath), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var table = new List<(string Group, HostileCase Case, LoadOutcome Outcome)>();
        var wrong = new List<string>();
        foreach (var hostile in cases)
        {
            if (!outcomes.TryGetValue(hostile.FileName, out var outcome))
            {
                wrong.Add(hostile.FileName + " has no outcome");
                continue;
            }
            table.Add((hostile.Group, hostile, outcome));
            var expected = hostile.Expect switch { Expect.Loaded => "loaded", Expect.Quarantined => "quarantined", _ => outcome.Status };
            if (outcome.Status is not ("loaded" or "quarantined") || expected != outcome.Status)
            {
                wrong.Add($"{hostile.Group} / {hostile.FileName}: expected {expected}, got {outcome.Status}: {outcome.Reason}");
            }
            else if (outcome.Status == "quarantined" && (outcome.Reason?.Contains(hostile.FileName, StringComparison.Ordinal) != true || outcome.Reason.Contains("extraction failed", StringComparison.Ordinal)))
            {
                wrong.Add($"{hostile.FileName}: unclear reason: {outcome.Reason}");
            }
        }
        output.WriteLine($"{cases.Count} files in {summary.Elapsed.TotalSeconds:0.0} s; peak working set grew {growth / 1048576} MB");
        output.WriteLine(OutcomeTable(table));
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(cases.Count, summary.Outcomes.Count);
        Assert.True(growth < MemoryGrowthLimit, $"peak working set grew {growth / 1048576} MB");

        using var connection = new WarehouseDatabase(Path.Combine(options.DataFolder, "warehouse.duckdb")).Open();
        AssertFlaggedAndNulled(connection, outcomes["huge_wan.txt"], "budget_initial");
        AssertFlaggedAndNulled(connection, outcomes["huge_rate.txt"], "execution_rate");
        var journaled = connection.Query<string>("SELECT DISTINCT file_path FROM load_journal").ToHashSet(StringComparer.Ordinal);
        Assert.All(paths.Values, path => Assert.Contains(path, journaled));
    }

    private static void AssertFlaggedAndNulled(DuckDb.DuckDbConnection connection, LoadOutcome outcome, string column)
    {
        Assert.Equal("loaded", outcome.Status);
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT count(*) FROM fact_report WHERE document_id = $id", new { id = outcome.DocumentId }));
        Assert.Null(connection.ExecuteScalar<decimal?>($"SELECT {column} FROM fact_report WHERE document_id = $id", new { id = outcome.DocumentId }));
        Assert.True(connection.ExecuteScalar<long>("SELECT count(*) FROM fact_flag WHERE document_id = $id AND rule = 'value_out_of_range'", new { id = outcome.DocumentId }) > 0, column + " nulled but not flagged");
    }

    /// <summary>Runs <paramref name="work"/> while sampling the working set; returns its result and the peak growth over the start.</summary>
    private static (T Result, long Growth) MeasurePeakGrowth<T>(Func<T> work)
    {
        using var process = Process.GetCurrentProcess();
        GC.Collect();
        process.Refresh();
        var start = process.WorkingSet64;
        var peak = start;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(20))
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
            }
        });
        sampler.Start();
        var result = work();
        done.Set();
        sampler.Join();
        return (result, peak - start);
    }

    private static string OutcomeTable(List<(string Group, HostileCase Case, LoadOutcome Outcome)> rows)
    {
        var sb = new StringBuilder("| case | files | loaded | quarantined (reasons) |\n| --- | ---: | ---: | --- |\n");
        foreach (var group in rows.GroupBy(r => r.Group))
        {
            var quarantined = group.Where(r => r.Outcome.Status == "quarantined").ToList();
            var reasons = quarantined
                .GroupBy(r => ReasonCode(r.Outcome.Reason!))
                .Select(g => $"{g.Key} ×{g.Count()}");
            sb.Append($"| {group.Key} | {group.Count()} | {group.Count() - quarantined.Count} | {quarantined.Count}{(quarantined.Count > 0 ? " (" + string.Join(", ", reasons) + ")" : "")} |\n");
        }
        return sb.ToString();
    }

    /// <summary>The machine code at the end of a read failure ("… (corrupt_docx)"), else the message after the file name.</summary>
    private static string ReasonCode(string reason)
    {
        var open = reason.LastIndexOf('(');
        return reason.EndsWith(')') && open >= 0 ? reason[(open + 1)..^1] : reason[(reason.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
