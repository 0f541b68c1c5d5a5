using System.Net;

namespace PerfEval.Dashboard.Components.Charts;

/// <summary>Tooltip HTML for one data point (unit, year, figure); every piece of text is HTML-encoded here.</summary>
public static class Tip
{
    public static string Of(string title, params (string Label, string Value)[] lines) =>
        "<b>" + WebUtility.HtmlEncode(title) + "</b>" +
        string.Concat(lines.Select(l => "<br>" + WebUtility.HtmlEncode(l.Label) + "：" + WebUtility.HtmlEncode(l.Value)));
}
