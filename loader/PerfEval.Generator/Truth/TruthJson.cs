using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using PerfEval.Extraction.Model;

namespace PerfEval.Generator.Truth;

/// <summary>
/// Reads and writes &lt;name&gt;.truth.json: the ExtractedReport as `extract --json` prints it (camelCase, nulls
/// kept so "not stated" is explicit) plus plantedFlags, layout and format. The serializer options live here only,
/// so they can be swapped for the extraction's own (ReportJson) in one place.
/// </summary>
public static class TruthJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(GroundTruth truth)
    {
        var node = JsonSerializer.SerializeToNode(truth.Report, Options)!.AsObject();
        node["plantedFlags"] = new JsonArray([.. truth.PlantedFlags.Select(f => (JsonNode)JsonValue.Create(f))]);
        node["layout"] = truth.Layout;
        node["format"] = truth.Format;
        return node.ToJsonString(Options) + "\n";
    }

    public static GroundTruth Deserialize(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        var flags = node["plantedFlags"]?.AsArray().Select(f => f!.GetValue<string>()).ToList() ?? [];
        var layout = node["layout"]?.GetValue<string>() ?? "";
        var format = node["format"]?.GetValue<string>() ?? "";
        var report = node.Deserialize<ExtractedReport>(Options)!;
        return new GroundTruth(report, flags, layout, format);
    }

    public static GroundTruth Read(string path) => Deserialize(File.ReadAllText(path));
}
