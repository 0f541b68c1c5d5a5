namespace PerfEval.Generator;

public static class ReportKinds
{
    public const string Overall = "overall";
    public const string Project = "project";
    public const string KeyEvaluation = "key_evaluation";

    public static IReadOnlyList<string> All { get; } = [Overall, Project, KeyEvaluation];
}

public static class ReportFormats
{
    public const string Txt = "txt";
    public const string Docx = "docx";
    public const string Pdf = "pdf";

    public static IReadOnlyList<string> All { get; } = [Txt, Docx, Pdf];
}
