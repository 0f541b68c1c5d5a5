using System.Text.RegularExpressions;
using PerfEval.Extraction.Documents;
using PerfEval.Extraction.Rules.Identity;

namespace PerfEval.Extraction.Rules.Sections;

/// <summary>
/// Finds a narrative section by its heading (七、存在的问题及原因分析) or by a label opening a paragraph
/// (存在问题：…), and returns its text up to the next heading or label. Table cells (偏差原因分析及改进措施)
/// are not headings. A section that says only 无 states nothing.
/// </summary>
public static partial class SectionFinder
{
    private const int LongestHeading = 30;
    private const int LongestSection = 4000;

    /// <param name="heading">Matches the heading's words (after its numbering).</param>
    /// <param name="label">Matches a paragraph label such as 存在问题 (the colon follows it).</param>
    /// <param name="excluded">Headings that name the section only in passing (主要经验做法、存在的问题 with no text under it is skipped anyway).</param>
    public static SectionText? Find(ReportText text, Regex heading, Regex label, Regex? excluded = null)
    {
        var lines = text.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // Most lines neither name the section nor open with a label: skip them before any cleaning.
            if (!heading.IsMatch(line.Content) && !HasColon(line.Content))
            {
                continue;
            }
            if (IsTableCell(line, text))
            {
                continue;
            }
            var clean = IdentityText.Clean(line.Content);
            var labelled = LabelledText(clean, label);
            if (labelled is not null)
            {
                var start = line.Offset + line.Content.IndexOf(labelled, StringComparison.Ordinal);
                var body = Collect(text, i + 1, labelled);
                if (body is not null)
                {
                    return new SectionText(body, start);
                }
                continue;
            }
            if (IsHeading(clean) && heading.IsMatch(clean) && (excluded is null || !excluded.IsMatch(clean)))
            {
                var body = Collect(text, i + 1, null);
                if (body is not null)
                {
                    var first = lines.Skip(i + 1).First(l => IdentityText.Clean(l.Content).Length > 0);
                    return new SectionText(body, first.Offset + first.Content.IndexOf(IdentityText.Clean(first.Content), StringComparison.Ordinal));
                }
            }
        }
        return null;
    }

    /// <summary>A heading: a numbered line (五、…), or a short line that does not read as a sentence.</summary>
    internal static bool IsHeading(string clean) =>
        clean.Length > 0
        && (NumberedHeading().IsMatch(clean)
            || (clean.Length <= LongestHeading && !clean.Contains('。', StringComparison.Ordinal) && !clean.Contains('；', StringComparison.Ordinal)
                && !clean.EndsWith('，') && !Label().IsMatch(clean)));

    private static bool IsSectionLabel(string clean)
    {
        var match = Label().Match(clean);
        return match.Success && SectionLabel().IsMatch(match.Groups["label"].Value);
    }

    private static bool HasColon(string line) => line.AsSpan().ContainsAny('：', ':');

    private static string? LabelledText(string clean, Regex label)
    {
        var match = Label().Match(clean);
        if (!match.Success || !label.IsMatch(match.Groups["label"].Value))
        {
            return null;
        }
        var rest = clean[match.Length..].Trim();
        return rest;
    }

    private static string? Collect(ReportText text, int from, string? firstLine)
    {
        // A PDF's layout text: font-change spaces and wrapped lines come from the layout, not the writer.
        var laidOut = text.Format == "pdf";
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(firstLine))
        {
            parts.Add(laidOut ? ScriptChangeSpaces.Remove(firstLine) : firstLine);
        }
        var length = 0;
        for (var i = from; i < text.Lines.Count && length < LongestSection; i++)
        {
            var line = text.Lines[i];
            var clean = IdentityText.Clean(line.Content);
            if (clean.Length == 0)
            {
                continue;
            }
            if (IsTableCell(line, text) || IsHeading(clean) || IsSectionLabel(clean) || clean.StartsWith("附件", StringComparison.Ordinal))
            {
                break;
            }
            if (laidOut)
            {
                clean = ScriptChangeSpaces.Remove(clean);
            }
            if (laidOut && parts.Count > 0 && IsWrappedLine(parts[^1], clean))
            {
                parts[^1] = JoinWrapped(parts[^1], clean);
            }
            else
            {
                parts.Add(clean);
            }
            length += clean.Length;
        }
        var body = string.Join('\n', parts).Trim();
        return body.Length == 0 || NothingStated().IsMatch(body) ? null : body;
    }

    /// <summary>
    /// A PDF's layout text breaks a paragraph wherever the line was full; a line ending without a sentence or clause
    /// mark, followed by one that does not open a numbered point, is the same paragraph.
    /// </summary>
    private static bool IsWrappedLine(string previous, string line) =>
        !SentenceEnd().IsMatch(previous) && !PointOpening().IsMatch(line);

    private static string JoinWrapped(string previous, string line) =>
        char.IsAsciiLetter(previous[^1]) && char.IsAsciiLetter(line[0]) ? previous + " " + line : previous + line;

    private static bool IsTableCell(TextLine line, ReportText text) =>
        line.Content.StartsWith('\t')
        || text.Tables.Any(t => t.Rows.Count > 0 && line.Offset >= t.Offset && line.Offset <= LastCellOffset(t));

    private static int LastCellOffset(TextTable table) =>
        table.Rows.SelectMany(r => r.Cells).Select(c => c.Offset).DefaultIfEmpty(table.Offset).Max();

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+[章部分节])")]
    private static partial Regex NumberedHeading();

    // 存在问题：… / 意见建议: … — a short label and a colon opening a paragraph.
    [GeneratedRegex(@"^(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?(?<label>[\u4e00-\u9fff、]{2,12})[:：]")]
    private static partial Regex Label();

    // Labels that open another section, so end this one; other labels (指标1：) are part of the text.
    [GeneratedRegex("^(存在(的)?(主要)?问题|主要问题|问题|不足|存在不足|改进措施|改进建议|改进意见|整改措施|意见建议|有关建议|建议|对策建议|下一步.{0,6}|其他需要说明的问题|(主要)?经验(做法)?)$")]
    private static partial Regex SectionLabel();

    [GeneratedRegex(@"[。！？；：!?;:]$")]
    private static partial Regex SentenceEnd();

    // （一）… / 1.… / 2、… / 一是… / 第一，…
    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|[一二三四五六七八九十]+[、是]|第[一二三四五六七八九十]+)")]
    private static partial Regex PointOpening();

    [GeneratedRegex(@"^(无|暂无|没有|无。|暂无。|无其他需要说明的问题。?)$")]
    private static partial Regex NothingStated();
}
