namespace PerfEval.Generator;

/// <summary>What a generation run wrote: one manifest row per report, in index order.</summary>
public sealed record CorpusResult(string Folder, IReadOnlyList<ManifestRow> Rows)
{
    public string ManifestPath => Path.Combine(Folder, CorpusGenerator.ManifestName);
}
