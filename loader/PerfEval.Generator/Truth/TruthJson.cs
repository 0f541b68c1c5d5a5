using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using PerfEval.Extraction.Model;

namespace PerfEval.Generator.Truth;

/// <summary>
/// Reads and writes &lt;name&gt;.truth.json: the ExtractedReport as `extract --json` prints it (camelCase, nulls
/// kept so "not stated" is explicit) plus plantedFlags, layout, format and (for .txt) encoding. The serializer options live here only,
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

    public static byte[] Serialize(GroundTruth truth)
    {
        // The record as `extract --json` writes it, then the truth's own properties spliced in before its closing
        // brace: cheaper than building a JSON tree, and the record's part stays byte-for-byte the serializer's.
        var report = JsonSerializer.SerializeToUtf8Bytes(truth.Report, Options);
        var close = Array.LastIndexOf(report, (byte)'}');
        while (close > 0 && report[close - 1] is (byte)'\n' or (byte)'\r' or (byte)' ')
        {
            close--;
        }
        using var stream = new MemoryStream(report.Length + 256);
        stream.Write(report, 0, close);
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Options.Encoder, Indented = false }))
        {
            stream.Write(",\n  \"plantedFlags\": "u8);
            JsonSerializer.Serialize(writer, truth.PlantedFlags, Options.GetTypeInfo(typeof(IReadOnlyList<string>)));
            writer.Flush();
            stream.Write(",\n  \"layout\": "u8);
            writer.Reset();
            writer.WriteStringValue(truth.Layout);
            writer.Flush();
            stream.Write(",\n  \"format\": "u8);
            writer.Reset();
            writer.WriteStringValue(truth.Format);
            writer.Flush();
            if (truth.Encoding is not null)
            {
                stream.Write(",\n  \"encoding\": "u8);
                writer.Reset();
                writer.WriteStringValue(truth.Encoding);
                writer.Flush();
            }
        }
        stream.Write("\n}\n"u8);
        return stream.ToArray();
    }

    public static GroundTruth Deserialize(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        var flags = node["plantedFlags"]?.AsArray().Select(f => f!.GetValue<string>()).ToList() ?? [];
        var layout = node["layout"]?.GetValue<string>() ?? "";
        var format = node["format"]?.GetValue<string>() ?? "";
        var report = node.Deserialize<ExtractedReport>(Options)!;
        return new GroundTruth(report, flags, layout, format) { Encoding = node["encoding"]?.GetValue<string>() };
    }

    public static GroundTruth Read(string path) => Deserialize(File.ReadAllText(path));
}
