using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace PerfEval.Dashboard.Components.Charts;

/// <summary>Serialises a chart option into a &lt;script type="application/json"&gt; element.</summary>
public static class ChartJson
{
    // The JavaScript encoder escapes <, >, & and quotes, so no text in the data can close the script element.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(object option) => JsonSerializer.Serialize(option, Options);

    public static string ScriptTag(string id, object option) =>
        "<script type=\"application/json\" id=\"" + WebUtility.HtmlEncode(id) + "\">" + Serialize(option) + "</script>";
}
