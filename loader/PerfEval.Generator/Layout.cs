namespace PerfEval.Generator;

/// <summary>How a report is written. The first five exist in every format; the table shapes are plain-text only.</summary>
public enum Layout
{
    /// <summary>Narrative plus 基础数据表 and 自评表; as text, one cell per line with a leading tab, rows split by blank lines.</summary>
    TabCells,

    /// <summary>Scoring told in prose: "预算执行率（10分）… 得分为7分", a concluding total and grade.</summary>
    NarrativeScoring,

    /// <summary>A bundle of small projects listed with amounts (元 or 万元) and a 合计 line.</summary>
    ProjectLineItems,

    /// <summary>A 重点评价 of one project, written by a district department about a street.</summary>
    KeyEvaluation,

    /// <summary>A page copied from a government site: navigation clutter, the cover and the funds table, then cut off.</summary>
    WebCopy,

    /// <summary>Tables as pipe rows; a merged cell leaves a run of |.</summary>
    PipeTables,

    /// <summary>Table rows flattened onto one space-separated line; empty cells vanish.</summary>
    FlattenedRows,

    /// <summary>Table cells glued with no separator, as copied out of some PDFs.</summary>
    GluedCells,
}

public static class LayoutTraits
{
    public static bool SupportsFormat(this Layout layout, string format) =>
        format == ReportFormats.Txt || layout is Layout.TabCells or Layout.NarrativeScoring or Layout.ProjectLineItems or Layout.KeyEvaluation or Layout.WebCopy;

    public static bool SupportsKind(this Layout layout, string kind) => kind switch
    {
        ReportKinds.KeyEvaluation => layout == Layout.KeyEvaluation,
        ReportKinds.Overall => layout is not (Layout.KeyEvaluation or Layout.ProjectLineItems),
        _ => layout != Layout.KeyEvaluation,
    };

    /// <summary>How often a layout is picked among those that fit: pages cut short and key evaluations are rarer.</summary>
    public static int Weight(this Layout layout) => layout switch
    {
        Layout.TabCells => 3,
        Layout.WebCopy or Layout.KeyEvaluation => 1,
        _ => 2,
    };

    public static string Slug(this Layout layout) => layout switch
    {
        Layout.TabCells => "tab_cells",
        Layout.NarrativeScoring => "narrative_scoring",
        Layout.ProjectLineItems => "project_line_items",
        Layout.KeyEvaluation => "key_evaluation",
        Layout.WebCopy => "web_copy",
        Layout.PipeTables => "pipe_tables",
        Layout.FlattenedRows => "flattened_rows",
        _ => "glued_cells",
    };
}
