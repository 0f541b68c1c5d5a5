using System.Globalization;
using System.Text;
using System.Xml.Linq;
using static PerfEval.Extraction.Documents.DocxNames;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// Writes the labels Word numbers paragraphs with ("一、", "（二）", "3.") — they are not in the runs, yet a reader
/// of the report sees them and section rules look for them. Bullets are dropped: they carry no words.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<string, (string Abstract, Dictionary<int, int> StartOverrides)> _instances = [];
    private readonly Dictionary<string, Dictionary<int, Level>> _abstracts = [];
    private readonly Dictionary<string, (string NumId, int Level)> _styleNumbering = [];
    private readonly Dictionary<string, int[]> _counters = [];

    private DocxNumbering()
    {
    }

    public static DocxNumbering None { get; } = new();

    public static DocxNumbering Load(XDocument? numbering, XDocument? styles)
    {
        var result = new DocxNumbering();
        foreach (var abstractNum in numbering?.Root?.Elements(W + "abstractNum") ?? [])
        {
            var levels = new Dictionary<int, Level>();
            foreach (var lvl in abstractNum.Elements(W + "lvl"))
            {
                var ilvl = (int?)lvl.Attribute(W + "ilvl") ?? 0;
                levels[ilvl] = new Level(
                    IntVal(lvl.Element(W + "start"), 1),
                    (string?)lvl.Element(W + "numFmt")?.Attribute(Val) ?? "decimal",
                    (string?)lvl.Element(W + "lvlText")?.Attribute(Val) ?? string.Empty,
                    (string?)lvl.Element(W + "suff")?.Attribute(Val) ?? "tab");
            }
            result._abstracts[(string?)abstractNum.Attribute(W + "abstractNumId") ?? string.Empty] = levels;
        }
        foreach (var num in numbering?.Root?.Elements(W + "num") ?? [])
        {
            var overrides = num.Elements(W + "lvlOverride")
                .Where(o => o.Element(W + "startOverride") is not null)
                .ToDictionary(o => (int?)o.Attribute(W + "ilvl") ?? 0, o => IntVal(o.Element(W + "startOverride"), 1));
            result._instances[(string?)num.Attribute(W + "numId") ?? string.Empty] = ((string?)num.Element(W + "abstractNumId")?.Attribute(Val) ?? string.Empty, overrides);
        }
        foreach (var style in styles?.Root?.Elements(W + "style") ?? [])
        {
            var numPr = style.Element(ParagraphProperties)?.Element(W + "numPr");
            var numId = (string?)numPr?.Element(W + "numId")?.Attribute(Val);
            if (numId is not null)
            {
                result._styleNumbering[(string?)style.Attribute(W + "styleId") ?? string.Empty] = (numId, IntVal(numPr!.Element(W + "ilvl"), 0));
            }
        }
        return result;
    }

    /// <summary>The label of a paragraph, advancing its list's counters; empty when it is not numbered.</summary>
    public string NextLabel(XElement? paragraphProperties)
    {
        if (_instances.Count == 0 || paragraphProperties is null)
        {
            return string.Empty;
        }
        var numPr = paragraphProperties.Element(W + "numPr");
        var numId = (string?)numPr?.Element(W + "numId")?.Attribute(Val);
        var ilvl = IntVal(numPr?.Element(W + "ilvl"), -1);
        var styleId = (string?)paragraphProperties.Element(W + "pStyle")?.Attribute(Val);
        if (styleId is not null && _styleNumbering.TryGetValue(styleId, out var fromStyle))
        {
            numId ??= fromStyle.NumId;
            ilvl = ilvl < 0 ? fromStyle.Level : ilvl;
        }
        if (numId is null || numId == "0" || !_instances.TryGetValue(numId, out var instance) || !_abstracts.TryGetValue(instance.Abstract, out var levels))
        {
            return string.Empty;
        }
        ilvl = Math.Clamp(ilvl, 0, 8);
        if (!levels.TryGetValue(ilvl, out var level))
        {
            return string.Empty;
        }
        var key = instance.StartOverrides.Count > 0 ? "num:" + numId : "abstract:" + instance.Abstract;
        if (!_counters.TryGetValue(key, out var counters))
        {
            counters = new int[9];
            for (var i = 0; i < 9; i++)
            {
                counters[i] = (instance.StartOverrides.TryGetValue(i, out var start) ? start : levels.GetValueOrDefault(i)?.Start ?? 1) - 1;
            }
            _counters[key] = counters;
        }
        counters[ilvl]++;
        for (var deeper = ilvl + 1; deeper < 9; deeper++)
        {
            counters[deeper] = (instance.StartOverrides.TryGetValue(deeper, out var start) ? start : levels.GetValueOrDefault(deeper)?.Start ?? 1) - 1;
        }
        if (level.Format is "bullet" or "none" || level.Text.Length == 0)
        {
            return string.Empty;
        }
        var label = new StringBuilder(level.Text);
        for (var i = 0; i <= ilvl; i++)
        {
            var format = levels.GetValueOrDefault(i)?.Format ?? "decimal";
            label.Replace("%" + (i + 1).ToString(CultureInfo.InvariantCulture), NumberFormats.Format(counters[i], format));
        }
        var text = label.ToString();
        var separator = level.Suffix == "nothing" || (text.Length > 0 && char.IsPunctuation(text[^1])) ? string.Empty : " ";
        return text + separator;
    }

    private sealed record Level(int Start, string Format, string Text, string Suffix);
}
