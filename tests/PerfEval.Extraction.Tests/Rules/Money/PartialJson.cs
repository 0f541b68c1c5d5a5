using System.Text.Json.Nodes;

namespace PerfEval.Extraction.Tests.Rules.Money;

/// <summary>
/// Compares an expected JSON fragment with the actual record: every property the expectation names must match
/// (null included); arrays match element by element with equal length, except properties ending in "Include",
/// whose elements must each match some element of the actual array named without the suffix.
/// </summary>
internal static class PartialJson
{
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
            case null:
                if (actual is not null)
                {
                    differences.Add($"{path}: expected null, got {actual.ToJsonString()}");
                }
                break;
            case JsonObject obj:
                if (actual is not JsonObject actualObject)
                {
                    differences.Add($"{path}: expected an object, got {actual?.ToJsonString() ?? "null"}");
                    break;
                }
                foreach (var (name, value) in obj)
                {
                    if (name.EndsWith("Include", StringComparison.Ordinal) && value is JsonArray wanted)
                    {
                        var target = actualObject[name[..^"Include".Length]] as JsonArray ?? [];
                        foreach (var item in wanted)
                        {
                            if (!target.Any(candidate => Differences(item, candidate).Count == 0))
                            {
                                differences.Add($"{path}.{name}: no element matches {item?.ToJsonString()}");
                            }
                        }
                        continue;
                    }
                    Compare(value, actualObject[name], $"{path}.{name}", differences);
                }
                break;
            case JsonArray array:
                if (actual is not JsonArray actualArray || actualArray.Count != array.Count)
                {
                    differences.Add($"{path}: expected {array.Count} elements, got {actual?.ToJsonString() ?? "null"}");
                    break;
                }
                for (var i = 0; i < array.Count; i++)
                {
                    Compare(array[i], actualArray[i], $"{path}[{i}]", differences);
                }
                break;
            case JsonValue value when value.TryGetValue<decimal>(out var number):
                if (actual is not JsonValue actualValue || !actualValue.TryGetValue<decimal>(out var actualNumber) || actualNumber != number)
                {
                    differences.Add($"{path}: expected {number}, got {actual?.ToJsonString() ?? "null"}");
                }
                break;
            default:
                if (actual?.ToJsonString() != expected.ToJsonString())
                {
                    differences.Add($"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString() ?? "null"}");
                }
                break;
        }
    }
}
