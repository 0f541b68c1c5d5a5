using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Parsing;
using PerfEval.Extraction.Tests.Documents;

namespace PerfEval.Extraction.Tests.Golden;

/// <summary>
/// Every Golden/cases/&lt;name&gt;.txt is extracted and compared with &lt;name&gt;.expected.json. The expected
/// JSON is partial: only the properties it names are compared (arrays element by element, same length);
/// "issues" lists issue codes that must be present.
/// </summary>
public sealed class GoldenCaseTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SeedTextFiles.GoldenCasesFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ExtractedRecordMatchesTheExpectedJson(string name)
    {
        var folder = SeedTextFiles.GoldenCasesFolder;
        var text = PlainTextLayout.Build(name + ".txt", "txt", File.ReadAllText(Path.Combine(folder, name + ".txt"), Encoding.UTF8));
        var report = ReportExtractor.CreateDefault().Extract(text);
        var actual = JsonSerializer.SerializeToNode(report, Json)!;
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, name + ".expected.json")))!;

        var differences = new List<string>();
        Compare(expected, actual, "$", differences);

        Assert.True(differences.Count == 0, $"{name}:\n{string.Join('\n', differences)}\nactual:\n{actual.ToJsonString(new JsonSerializerOptions(Json) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}");
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected)
        {
            case null:
                if (actual is not null)
                {
                    differences.Add($"{path}: expected null, got {actual.ToJsonString()}");
                }
                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "issues" && path == "$")
                    {
                        CompareIssueCodes(value!.AsArray(), actual?["issues"]?.AsArray(), differences);
                        continue;
                    }
                    Compare(value, actual is JsonObject a ? a[key] : null, $"{path}.{key}", differences);
                }
                break;
            case JsonArray array:
                if (actual is not JsonArray actualArray || actualArray.Count != array.Count)
                {
                    differences.Add($"{path}: expected {array.Count} items, got {(actual is JsonArray x ? x.Count : "none")}");
                    break;
                }
                for (var i = 0; i < array.Count; i++)
                {
                    Compare(array[i], actualArray[i], $"{path}[{i}]", differences);
                }
                break;
            case JsonValue value when value.TryGetValue<decimal>(out var number):
                if (actual is not JsonValue av || !av.TryGetValue<decimal>(out var got) || got != number)
                {
                    differences.Add($"{path}: expected {number}, got {actual?.ToJsonString() ?? "null"}");
                }
                break;
            default:
                if (actual is null || expected.ToJsonString() != actual.ToJsonString())
                {
                    differences.Add($"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString() ?? "null"}");
                }
                break;
        }
    }

    private static void CompareIssueCodes(JsonArray expected, JsonArray? actual, List<string> differences)
    {
        var codes = actual?.Select(i => i?["code"]?.GetValue<string>()).ToHashSet() ?? [];
        foreach (var code in expected.Select(e => e!.GetValue<string>()))
        {
            if (!codes.Contains(code))
            {
                differences.Add($"$.issues: expected an issue '{code}', got [{string.Join(", ", codes)}]");
            }
        }
    }
}
