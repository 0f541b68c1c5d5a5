using System.Text.Json.Nodes;

namespace PerfEval.Extraction.Tests.Rules.Identity;

/// <summary>
/// Compares an expected JSON (only the fields a case is about) with the actual record's JSON and lists every
/// difference by path. Arrays must match element by element, except issues and flags, where each expected entry
/// must appear among the actual ones (other rules may add more).
/// </summary>
internal static class PartialJson
{
    private static readonly HashSet<string> ContainmentArrays = ["issues", "flags"];

    private static readonly System.Text.Json.JsonSerializerOptions Readable =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<string> Differences(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        var differences = new List<string>();
        Compare(expected, actual, path, differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected)
        {
            case JsonObject expectedObject when actual is JsonObject actualObject:
                foreach (var (name, value) in expectedObject)
                {
                    if (!actualObject.ContainsKey(name))
                    {
                        differences.Add($"{path}.{name}: missing");
                        continue;
                    }
                    Compare(value, actualObject[name], $"{path}.{name}", differences);
                }
                break;
            case JsonArray expectedArray when actual is JsonArray actualArray:
                var arrayName = path[(path.LastIndexOf('.') + 1)..];
                if (ContainmentArrays.Contains(arrayName))
                {
                    foreach (var item in expectedArray)
                    {
                        if (!actualArray.Any(a => Differences(item, a).Count == 0))
                        {
                            differences.Add($"{path}: no entry like {item?.ToJsonString(Readable)} in {actualArray.ToJsonString(Readable)}");
                        }
                    }
                    break;
                }
                if (expectedArray.Count != actualArray.Count)
                {
                    differences.Add($"{path}: expected {expectedArray.Count} entries, got {actualArray.Count}: {actualArray.ToJsonString(Readable)}");
                    break;
                }
                for (var i = 0; i < expectedArray.Count; i++)
                {
                    Compare(expectedArray[i], actualArray[i], $"{path}[{i}]", differences);
                }
                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    differences.Add($"{path}: expected {expected?.ToJsonString(Readable) ?? "null"}, got {actual?.ToJsonString(Readable) ?? "null"}");
                }
                break;
        }
    }
}
