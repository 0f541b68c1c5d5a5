using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PerfEval.Extraction.Tests.Rules.Money;

/// <summary>Golden cases in Golden/money: each .txt beside the .expected.json fragment its record must match.</summary>
public sealed class MoneyGoldenTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(MoneyTestFiles.GoldenFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    [Fact]
    public void TheMoneyFolderHoldsAtLeastTenCasesEachWithExpectations()
    {
        var cases = Directory.GetFiles(MoneyTestFiles.GoldenFolder, "*.txt");
        Assert.True(cases.Length >= 10, $"only {cases.Length} golden money cases");
        Assert.All(cases, c => Assert.True(File.Exists(Path.ChangeExtension(c, ".expected.json")), c));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ExtractedRecordMatchesTheExpectedJson(string name)
    {
        var report = MoneyTestFiles.ExtractFile(Path.Combine(MoneyTestFiles.GoldenFolder, name + ".txt"));
        var actual = JsonSerializer.SerializeToNode(report, Json);
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(MoneyTestFiles.GoldenFolder, name + ".expected.json")));
        var differences = PartialJson.Differences(expected, actual);
        Assert.True(differences.Count == 0, $"{name}:\n{string.Join('\n', differences)}\n\nactual:\n{actual!.ToJsonString(Json)}");
    }
}
