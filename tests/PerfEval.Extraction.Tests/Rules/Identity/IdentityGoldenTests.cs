using System.Text.Json.Nodes;
using PerfEval.Extraction.Output;

namespace PerfEval.Extraction.Tests.Rules.Identity;

/// <summary>Golden/identity/*.txt, each beside the fields it must give (*.expected.json).</summary>
public sealed class IdentityGoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoFiles.GoldenFolder("identity"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachCaseGivesTheFieldsItsExpectedJsonStates(string name)
    {
        var folder = RepoFiles.GoldenFolder("identity");
        var report = RepoFiles.Extract(Path.Combine(folder, name + ".txt"));
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, name + ".expected.json")));
        var actual = JsonNode.Parse(ReportJson.Serialize(report));

        var differences = PartialJson.Differences(expected, actual);

        Assert.True(differences.Count == 0, name + ":\n" + string.Join('\n', differences));
    }

    [Fact]
    public void ThereAreAtLeastEightCases() => Assert.True(Cases().Count >= 8);
}
