using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Briefing.Docx;

/// <summary>
/// The plain official style of a bureau briefing: title in 宋体 二号 bold, headings in 黑体 三号, body in 仿宋 三号
/// with a two-character first-line indent; East Asian fonts set explicitly so Word, WPS and LibreOffice agree.
/// </summary>
internal static class OfficialStyles
{
    public const string Title = "BriefTitle";
    public const string Subtitle = "BriefSubtitle";
    public const string Heading = "BriefHeading";
    public const string Body = "BriefBody";
    public const string TableText = "BriefTable";
    public const string Caption = "BriefCaption";

    public static Styles Build() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts("仿宋", "Times New Roman"), new FontSize { Val = "32" }, new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact }))),
        ParagraphStyle("Normal", "Normal", null, null, isDefault: true),
        ParagraphStyle(Title, "简报标题", Fonts("宋体", "Times New Roman"), "44", bold: true, center: true, after: "240"),
        ParagraphStyle(Subtitle, "简报副标题", Fonts("楷体", "Times New Roman"), "28", center: true, after: "240"),
        ParagraphStyle(Heading, "简报一级标题", Fonts("黑体", "Times New Roman"), "32", before: "240", outline: 0, keepNext: true),
        ParagraphStyle(Body, "简报正文", Fonts("仿宋", "Times New Roman"), "32", indentChars: 200),
        ParagraphStyle(TableText, "表格文字", Fonts("仿宋", "Times New Roman"), "21", exactLine: "300"),
        ParagraphStyle(Caption, "图表标题", Fonts("黑体", "Times New Roman"), "24", center: true, before: "120", keepNext: true));

    private static RunFonts Fonts(string eastAsia, string latin) => new() { EastAsia = eastAsia, Ascii = latin, HighAnsi = latin, ComplexScript = latin, Hint = FontTypeHintValues.EastAsia };

    private static Style ParagraphStyle(
        string id, string name, RunFonts? fonts, string? size, bool bold = false, bool center = false, string? before = null, string? after = null,
        int? outline = null, int? indentChars = null, string? exactLine = null, bool isDefault = false, bool keepNext = false)
    {
        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            // A caption or heading stays on the page of the chart or text it introduces.
            paragraph.Append(new KeepNext());
        }
        if (before is not null || after is not null || exactLine is not null)
        {
            // Unset attributes must be absent, not empty: an empty w:before makes Word repair the file.
            var spacing = new SpacingBetweenLines();
            if (before is not null)
            {
                spacing.Before = before;
            }
            if (after is not null)
            {
                spacing.After = after;
            }
            if (exactLine is not null)
            {
                spacing.Line = exactLine;
                spacing.LineRule = LineSpacingRuleValues.Exact;
            }
            paragraph.Append(spacing);
        }
        if (indentChars is { } chars)
        {
            paragraph.Append(new Indentation { FirstLineChars = chars });
        }
        if (center)
        {
            paragraph.Append(new Justification { Val = JustificationValues.Center });
        }
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }
        var run = new StyleRunProperties();
        if (fonts is not null)
        {
            run.Append(fonts);
        }
        if (bold)
        {
            run.Append(new Bold());
        }
        if (size is not null)
        {
            run.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        }
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? OnOffValue.FromBoolean(true) : null };
        if (!isDefault)
        {
            style.Append(new BasedOn { Val = "Normal" });
        }
        style.Append(new PrimaryStyle(), paragraph, run);
        return style;
    }
}
