using PerfEval.Generator.Truth;

namespace PerfEval.Generator.Tests;

/// <summary>One txt corpus (600 reports, all layouts) shared by the tests that only read it.</summary>
public sealed class TxtCorpusFixture : IAsyncLifetime
{
    private readonly TempFolder folder = new();

    public static CorpusSpec Spec { get; } = CorpusSpec.Demo with { Count = 600, Formats = [ReportFormats.Txt], Threads = 2 };

    public string Folder => folder.Path;

    public CorpusResult Result { get; private set; } = null!;

    public IReadOnlyList<(ManifestRow Row, GroundTruth Truth, string Text)> Reports { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Result = await CorpusGenerator.GenerateAsync(Spec, Folder, CancellationToken.None);
        Reports = [.. Result.Rows.Select(r => (r, TruthJson.Read(TruthPath(Folder, r)), File.ReadAllText(Path.Combine(Folder, r.File))))];
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    public static string TruthPath(string folder, ManifestRow row) =>
        Path.Combine(folder, Path.GetFileNameWithoutExtension(row.File) + ".truth.json");
}
