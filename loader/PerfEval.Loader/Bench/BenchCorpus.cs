using PerfEval.Generator;

namespace PerfEval.Loader.Bench;

/// <summary>Generated corpora for benchmarks, in a temp folder, reports only (truth kept beside them for scoring).</summary>
internal static class BenchCorpus
{
    public static async Task<(string Folder, CorpusResult Result)> GenerateAsync(int count, IReadOnlyList<string> formats, int seed, int? years = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"perfeval-bench-{string.Join('-', formats)}-{count}-{seed}");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        var spec = CorpusSpec.Demo with { Count = count, Formats = formats, Seed = seed };
        if (years is { } y)
        {
            spec = spec with { Years = [.. Enumerable.Range(2024 - y, y)] };
        }
        var result = await CorpusGenerator.GenerateAsync(spec, folder, CancellationToken.None);
        return (folder, result);
    }

    public static IReadOnlyList<string> Reports(CorpusResult result) => [.. result.Rows.Select(r => Path.Combine(result.Folder, r.File))];
}
