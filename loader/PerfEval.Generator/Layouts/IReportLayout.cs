namespace PerfEval.Generator.Layouts;

/// <summary>Writes a report's document and truth through a <see cref="ReportWriter"/>.</summary>
public interface IReportLayout
{
    void Write(ReportWriter w);
}

public static class LayoutCatalog
{
    public static IReportLayout For(Layout layout) => layout switch
    {
        Layout.NarrativeScoring => new NarrativeScoringLayout(),
        Layout.ProjectLineItems => new ProjectLineItemsLayout(),
        Layout.KeyEvaluation => new KeyEvaluationLayout(),
        Layout.WebCopy => new WebCopyLayout(),
        _ => new TableReportLayout(),
    };

    public static Rendering.TableShape ShapeFor(Layout layout) => layout switch
    {
        Layout.PipeTables => Rendering.TableShape.Pipes,
        Layout.FlattenedRows => Rendering.TableShape.Flattened,
        Layout.GluedCells => Rendering.TableShape.Glued,
        Layout.WebCopy => Rendering.TableShape.TabbedLines,
        _ => Rendering.TableShape.TabCells,
    };
}
