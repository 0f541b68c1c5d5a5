using Dapper;
using PerfEval.Loading;
using PerfEval.Warehouse;

namespace PerfEval.Loader.Tests.Peers;

/// <summary>A loader over a real warehouse file in a temp folder, with the questions the peer tests ask of it.</summary>
internal sealed class PeerWarehouse : IDisposable
{
    public PeerWarehouse(int batchSize = 200)
    {
        Options = new LoaderOptions { DataFolder = Path.Combine(Root, "data"), BatchSize = batchSize };
        Database = new WarehouseDatabase(Path.Combine(Options.DataFolder, "warehouse.duckdb"));
        Loader = new DocumentLoader(Database, Options, ReportProcessor.CreateDefault());
    }

    public static readonly string[] PeerRules = ["score_peer_outlier", "repeated_targets", "duplicate_report"];

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "perfeval-peers-" + Guid.NewGuid().ToString("N"));
    public string Files => Path.Combine(Root, "files");
    public LoaderOptions Options { get; }
    public WarehouseDatabase Database { get; }
    public DocumentLoader Loader { get; }

    public LoadSummary Load(params PeerReportText[] reports) =>
        Loader.Load([.. reports.Select(r => r.WriteTo(Files))], new LoadRequest());

    public LoadSummary Load(IEnumerable<string> paths) => Loader.Load(paths, new LoadRequest());

    public int Reload(bool all) => new DocumentReloader(Database, Options, ReportProcessor.CreateDefault()).Reload(all);

    /// <summary>The peer flags of current reports: file name, rule, message, flag_no and whether evidence is null.</summary>
    public List<PeerFlag> PeerFlags()
    {
        using var connection = Database.Open();
        return [.. connection.Query<PeerFlag>("""
            SELECT d.file_name AS FileName, f.rule AS Rule, f.message AS Message, f.flag_no AS FlagNo,
                   f.evidence_offset IS NULL AND f.evidence_quote IS NULL AS NoEvidence
            FROM fact_flag f JOIN source_document d USING (document_id)
            WHERE f.rule IN ('score_peer_outlier', 'repeated_targets', 'duplicate_report')
            ORDER BY d.file_name, f.rule
            """)];
    }

    public T Scalar<T>(string sql, object? parameters = null)
    {
        using var connection = Database.Open();
        return connection.ExecuteScalar<T>(sql, parameters)!;
    }

    public void Execute(string sql)
    {
        using var connection = Database.Open();
        connection.Execute(sql);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // The instance cache may hold the warehouse open until the process ends; temp is cleaned later.
        }
    }
}

internal sealed record PeerFlag
{
    public string FileName { get; init; } = "";
    public string Rule { get; init; } = "";
    public string Message { get; init; } = "";
    public int FlagNo { get; init; }
    public bool NoEvidence { get; init; }
}
