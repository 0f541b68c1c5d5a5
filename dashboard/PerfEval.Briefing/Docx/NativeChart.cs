using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Briefing.Xlsx;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace PerfEval.Briefing.Docx;

/// <summary>
/// Adds a DrawingML chart part with its data as an embedded workbook, so the chart stays editable in Word and
/// WPS ("edit data" opens the numbers), and returns the paragraph that shows it.
/// </summary>
internal static class NativeChart
{
    private const long WidthEmu = 5_760_000;   // 16 cm: the A4 text width with official margins
    private const long HeightEmu = 3_240_000;  // 9 cm

    public static Paragraph Add(MainDocumentPart main, ChartSpec spec, uint drawingId)
    {
        var chartPart = main.AddNewPart<ChartPart>();
        var workbook = chartPart.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        using (var data = new MemoryStream(XlsxWriter.ToBytes([DataSheet(spec)])))
        {
            workbook.FeedData(data);
        }
        var xml = ChartXml(spec, chartPart.GetIdOfPart(workbook));
        using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml)))
        {
            chartPart.FeedData(stream);
        }
        var inline = new DW.Inline(
            new DW.Extent { Cx = WidthEmu, Cy = spec.Kind == ChartKind.HorizontalBar ? Math.Max(HeightEmu, 400_000 + (spec.Categories.Count * 260_000L)) : HeightEmu },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = drawingId, Name = "图表 " + drawingId, Description = spec.Title },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(chartPart) })
            {
                Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
            }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        };
        return new Paragraph(
            // Body text uses an exact line height, which would clip the drawing to one line.
            new ParagraphProperties(new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Justification { Val = JustificationValues.Center }),
            new Run(new Drawing(inline)));
    }

    private static SheetTable DataSheet(ChartSpec spec) => new(
        "Sheet1",
        [new SheetColumn("类别"), .. spec.Series.Select(s => new SheetColumn(s.Name, spec.NumberFormat))],
        [.. spec.Categories.Select((category, i) => (IReadOnlyList<object?>)[category, .. spec.Series.Select(s => (object?)s.Values[i])])]);

    private static string ChartXml(ChartSpec spec, string workbookRelationshipId)
    {
        var xml = new StringBuilder();
        xml.Append("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""");
        xml.Append("""<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">""");
        xml.Append("""<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/><c:chart>""");
        xml.Append("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1200\" b=\"1\"/></a:pPr><a:r><a:rPr lang=\"zh-CN\" sz=\"1200\" b=\"1\"><a:ea typeface=\"黑体\"/></a:rPr><a:t>")
            .Append(Escape(spec.Title))
            .Append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>");
        if (spec.Kind == ChartKind.Pie)
        {
            xml.Append("""<c:pieChart><c:varyColors val="1"/>""");
            AppendSeries(xml, spec, bar: false);
            xml.Append("""<c:dLbls><c:numFmt formatCode="0.0&quot;%&quot;" sourceLinked="0"/><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="1"/><c:showSerName val="0"/><c:showPercent val="1"/><c:showBubbleSize val="0"/><c:showLeaderLines val="1"/></c:dLbls><c:firstSliceAng val="0"/></c:pieChart>""");
        }
        else
        {
            var horizontal = spec.Kind == ChartKind.HorizontalBar;
            xml.Append("<c:barChart><c:barDir val=\"").Append(horizontal ? "bar" : "col").Append("\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>");
            AppendSeries(xml, spec, bar: true);
            xml.Append("""<c:gapWidth val="60"/><c:axId val="101"/><c:axId val="102"/></c:barChart>""");
            xml.Append("<c:catAx><c:axId val=\"101\"/><c:scaling><c:orientation val=\"").Append(horizontal ? "maxMin" : "minMax")
                .Append("\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"").Append(horizontal ? "l" : "b")
                .Append("\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"102\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>");
            // Bars start at zero: an automatic axis from 94% makes 97% look like half of 100%.
            xml.Append("<c:valAx><c:axId val=\"102\"/><c:scaling><c:orientation val=\"minMax\"/><c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"").Append(horizontal ? "t" : "l")
                .Append("\"/><c:majorGridlines/><c:numFmt formatCode=\"").Append(Escape(spec.NumberFormat))
                .Append("\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"101\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>");
        }
        xml.Append("""</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>""");
        xml.Append("""<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:ea typeface="宋体"/></a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>""");
        xml.Append("<c:externalData r:id=\"").Append(workbookRelationshipId).Append("\"><c:autoUpdate val=\"0\"/></c:externalData></c:chartSpace>");
        return xml.ToString();
    }

    private static void AppendSeries(StringBuilder xml, ChartSpec spec, bool bar)
    {
        var last = spec.Categories.Count + 1;
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var column = XlsxWriter.ColumnName(s + 1);
            xml.Append("<c:ser><c:idx val=\"").Append(s).Append("\"/><c:order val=\"").Append(s).Append("\"/>");
            xml.Append("<c:tx><c:strRef><c:f>Sheet1!$").Append(column).Append("$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>")
                .Append(Escape(spec.Series[s].Name)).Append("</c:v></c:pt></c:strCache></c:strRef></c:tx>");
            // Explicit colours: "automatic" resolves through a theme part, which a generated document lacks.
            if (bar)
            {
                xml.Append("<c:spPr><a:solidFill><a:srgbClr val=\"").Append(Palette[s % Palette.Length]).Append("\"/></a:solidFill></c:spPr>");
                xml.Append("<c:invertIfNegative val=\"0\"/>");
            }
            else
            {
                for (var i = 0; i < spec.Categories.Count; i++)
                {
                    xml.Append("<c:dPt><c:idx val=\"").Append(i).Append("\"/><c:bubble3D val=\"0\"/><c:spPr><a:solidFill><a:srgbClr val=\"")
                        .Append(Palette[i % Palette.Length]).Append("\"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill></a:ln></c:spPr></c:dPt>");
                }
            }
            xml.Append("<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$").Append(last).Append("</c:f><c:strCache><c:ptCount val=\"").Append(spec.Categories.Count).Append("\"/>");
            for (var i = 0; i < spec.Categories.Count; i++)
            {
                xml.Append("<c:pt idx=\"").Append(i).Append("\"><c:v>").Append(Escape(spec.Categories[i])).Append("</c:v></c:pt>");
            }
            xml.Append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$").Append(column).Append("$2:$").Append(column).Append('$').Append(last)
                .Append("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"").Append(spec.Categories.Count).Append("\"/>");
            for (var i = 0; i < spec.Series[s].Values.Count; i++)
            {
                xml.Append("<c:pt idx=\"").Append(i).Append("\"><c:v>").Append(spec.Series[s].Values[i].ToString(CultureInfo.InvariantCulture)).Append("</c:v></c:pt>");
            }
            xml.Append("</c:numCache></c:numRef></c:val></c:ser>");
        }
    }

    private static readonly string[] Palette = ["2F5597", "C55A11", "548235", "BF9000", "7030A0", "2E75B6", "A9D18E", "F4B183", "8FAADC", "FFD966"];

    private static string Escape(string text) => SecurityElement.Escape(text);
}
