using System.Text.RegularExpressions;
using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>
/// Staffing counts in running text: "编制数40人，实有在职人数37人", "财政全额拨款人员73人(其中在职39人、退休34人)",
/// "公务员核定编制数44，控制编制数40，实有人员38人" (控制编制 is a ceiling below the posts, not the posts).
/// </summary>
internal static partial class StaffTextReader
{
    private static readonly (StaffMeasure Measure, Regex Pattern)[] Patterns =
    [
        (StaffMeasure.Posts, Posts()),
        (StaffMeasure.Serving, Serving()),
        (StaffMeasure.Funded, Funded()),
        (StaffMeasure.Retired, Retired()),
    ];

    public static IReadOnlyList<StaffFigure> Read(string original, CompactText compact, TableSpans tables)
    {
        var found = new List<StaffFigure>();
        var text = compact.Text;
        var half = Normalization.NumberText.ToHalfWidth(text);
        foreach (var (measure, pattern) in Patterns)
        {
            foreach (Match m in pattern.Matches(half))
            {
                var start = compact.ToOriginal(m.Index);
                if (tables.Contains(start) || !int.TryParse(m.Groups["n"].Value, out var count))
                {
                    continue;
                }
                var end = compact.ToOriginalEnd(m.Index + m.Length);
                found.Add(new StaffFigure(measure, count, GroupBefore(text, m.Index), new Evidence(start, original[start..end])));
            }
        }
        found.Sort((a, b) => a.Evidence.Offset.CompareTo(b.Evidence.Offset));
        return found;
    }

    // The staff category named nearest before the figure in its sentence.
    private static string? GroupBefore(string text, int offset)
    {
        var start = text.AsSpan(0, offset).LastIndexOfAny("。；\n") + 1;
        var matches = Group().Matches(text[start..offset]);
        if (matches.Count == 0)
        {
            return null;
        }
        var word = matches[^1].Value;
        return word[0] == '事' ? "institution" : word[0] == '工' ? "worker" : "civil";
    }

    [GeneratedRegex(@"(?<!控制|实有|行政|事业|参公)(?:核定编制(?:数|人数|总数)?|编制(?:数|人数|总数))[ \u3000]*(?:为|共|是|共计)?[ \u3000]*[:：]?[ \u3000]*(?<n>[0-9]+)(?![0-9.%年])")]
    private static partial Regex Posts();

    [GeneratedRegex(@"(?:实有|在职|在编|实际在职)(?:在职|在编)?(?:人员|人数)?[ \u3000]*(?:为|共|共计|是)?[ \u3000]*[:：]?[ \u3000]*(?<n>[0-9]+)[ \u3000]*(?:人|名)")]
    private static partial Regex Serving();

    [GeneratedRegex(@"财政(?:全额|差额)?(?:拨款|供养)(?:人员|人数)[ \u3000]*(?:为|共|共计)?[ \u3000]*(?<n>[0-9]+)[ \u3000]*(?:人|名)")]
    private static partial Regex Funded();

    [GeneratedRegex(@"(?<!离)退休(?:人员|人数)?[ \u3000]*(?:为|共|共计)?[ \u3000]*(?<n>[0-9]+)[ \u3000]*(?:人|名)")]
    private static partial Regex Retired();

    [GeneratedRegex(@"公务员|行政编制|行政单位|参公|参照公务员|事业单位|事业编制|事业人员|工勤")]
    private static partial Regex Group();
}
