using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Output;

/// <summary>
/// The JSON form of an <see cref="ExtractedReport"/> (what `extract --json` prints and the generator's truth files
/// hold): camelCase names, amounts in 万元 as numbers, nulls written so a missing value is visible, Chinese as is.
/// </summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

    /// <summary>One object per line, for `extract &lt;folder&gt;`.</summary>
    public static JsonSerializerOptions LineOptions { get; } = CreateOptions(indented: false);

    public static string Serialize(ExtractedReport report, bool indented = true) =>
        JsonSerializer.Serialize(report, indented ? Options : LineOptions);

    public static ExtractedReport Deserialize(string json) =>
        JsonSerializer.Deserialize<ExtractedReport>(json, Options)
        ?? throw new JsonException("The JSON holds null, not a report.");

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            WriteIndented = indented,
            // Reports are Chinese: keep 青山街道 readable rather than \u9752…; the output is never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
