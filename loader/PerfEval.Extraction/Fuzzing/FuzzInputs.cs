using System.Text;

namespace PerfEval.Extraction.Fuzzing;

/// <summary>
/// Makes fuzz inputs: number-like strings (digits of several scripts, units, percent signs, comparators, long
/// digit runs), odd Unicode, and mutations of lines and tables as reports write them.
/// </summary>
public sealed class FuzzInputs(IReadOnlyList<string> seedLines)
{
    private static readonly string[] Units = ["元", "万元", "亿元", "千元", "万", "亿", "个", "户", "人", "分", "%", "％", "‰", "万平方米", "余万元", "多"];

    private static readonly string[] Signs = ["≥", "≤", "=", "＝", ">", "<", ">=", "不低于", "达到", "约", "-", "+", "¥", "（", "）", "(", ")", "：", ":", "，", "、"];

    private static readonly string[] Separators = [" ", "  ", "\t", "|", "||", "\n", "\n\t", "\r\n", "\f", ",", ".", "..", "%", "\u3000"];

    private static readonly string[] OddText =
    [
        "\u0000", "\uFFFD", "\u200B", "\u202E", "\uFEFF", "\uD800", "\uDC00", "\U0001F4B0", "\U00020000", "e\u0301", "İ", "ß",
        "<script>alert(1)</script>", "\" onerror=\"x", "年", "月", "13月", "2023年13月", "第", "页", "合计", "预算执行率", "得分", "总分",
        "年初预算数", "全年执行数", "单位：万元", "单位：元", "优", "良", "街道", "办事处",
        "0.0000000000000000000001", "0.00000000000000000000000001元", "≤0.0000000000000000000001次", "99999999999999.9999", "79228162514264337593543950335",
    ];

    private static readonly char[][] DigitScripts =
    [
        "0123456789".ToCharArray(),
        "０１２３４５６７８９".ToCharArray(),
        "٠١٢٣٤٥٦٧٨٩".ToCharArray(),
        "۰۱۲۳۴۵۶۷۸۹".ToCharArray(),
        "०१२३४५६७८९".ToCharArray(),
        "零一二三四五六七八九".ToCharArray(),
    ];

    private const string ChineseNumeralChars = "零〇一二两三四五六七八九十百千万亿点";

    public static IReadOnlyList<string> BuiltInSeeds { get; } =
    [
        "年初预算数573.38万元，全年预算数2673.41万元，全年执行数1926.41万元，预算执行率72.06%。",
        "预算执行率\t10\t70.00%\t7",
        "310.2154.741050%5",
        "| 产出指标 | 数量指标 | 服务人次 | ≥400个 | 413个 | 10 | 10 |",
        "| 预算执行率 |||| 10 | 97% | 9.7 |",
        "产出指标 数量指标 培训人次 ≥98% 100% 15 15",
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分",
        "573.38 2673.41 1926.41 10 72.06% 7.2",
        "单位：万元",
        "总分\t100\t97.5",
        "自评得分为92分，等级为优。",
        "预算执行率（10分）：全年执行1.2亿元，得分为7分。",
        "十二万元用于社区运转，两千元用于党建活动，一亿二千万元基础设施",
        "在编人员38名，实有人数45人，服务13,776户",
        "2023年度龙泉街道办事处部门整体支出绩效自评报告",
        "湖南省株洲市芦淞区龙泉街道办事处",
    ];

    public IReadOnlyList<string> Seeds { get; } = seedLines.Count > 0 ? seedLines : BuiltInSeeds;

    /// <summary>A short string built from number-ish tokens: what a single cell or figure might hold.</summary>
    public static string NumberLike(Random random)
    {
        var sb = new StringBuilder();
        var tokens = random.Next(1, 8);
        for (var i = 0; i < tokens; i++)
        {
            switch (random.Next(10))
            {
                case < 4:
                    AppendDigits(sb, random, random.Next(10) == 0 ? random.Next(20, 60) : random.Next(1, 8));
                    break;
                case 4:
                    sb.Append('.');
                    AppendDigits(sb, random, random.Next(1, 5));
                    break;
                case 5:
                    sb.Append(Units[random.Next(Units.Length)]);
                    break;
                case 6:
                    sb.Append(Signs[random.Next(Signs.Length)]);
                    break;
                case 7:
                    sb.Append(Separators[random.Next(Separators.Length)]);
                    break;
                case 8:
                    for (var k = random.Next(1, 6); k > 0; k--)
                    {
                        sb.Append(ChineseNumeralChars[random.Next(ChineseNumeralChars.Length)]);
                    }
                    break;
                default:
                    sb.Append(OddText[random.Next(OddText.Length)]);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Runs of Chinese numeral characters, sometimes with 点 and many 亿/万.</summary>
    public static string ChineseNumeral(Random random)
    {
        var sb = new StringBuilder();
        for (var k = random.Next(1, random.Next(4) == 0 ? 40 : 10); k > 0; k--)
        {
            sb.Append(ChineseNumeralChars[random.Next(ChineseNumeralChars.Length)]);
        }
        return sb.ToString();
    }

    /// <summary>A glued run of figures: digits, points and percent signs without separators, sometimes very long.</summary>
    public static string GluedRun(Random random)
    {
        var sb = new StringBuilder();
        for (var k = random.Next(3, 9); k > 0; k--)
        {
            AppendDigits(sb, random, random.Next(8) == 0 ? random.Next(15, 50) : random.Next(1, 5), asciiOnly: random.Next(6) != 0);
            switch (random.Next(4))
            {
                case 0:
                    sb.Append('.');
                    AppendDigits(sb, random, random.Next(1, 3));
                    break;
                case 1:
                    sb.Append('%');
                    break;
            }
        }
        if (sb.ToString().IndexOf('%', StringComparison.Ordinal) < 0)
        {
            sb.Insert(random.Next(1, sb.Length + 1), '%');
        }
        return sb.ToString();
    }

    /// <summary>One seed line with a few mutations.</summary>
    public string MutatedLine(Random random) => Mutate(Seeds[random.Next(Seeds.Count)], random);

    /// <summary>Several seed lines, each maybe mutated, as a short document or table.</summary>
    public string MutatedBlock(Random random)
    {
        var lines = new List<string>();
        for (var k = random.Next(2, 14); k > 0; k--)
        {
            var line = Seeds[random.Next(Seeds.Count)];
            lines.Add(random.Next(3) == 0 ? Mutate(line, random) : line);
        }
        return string.Join(random.Next(4) == 0 ? "\n\n" : "\n", lines);
    }

    public static string Mutate(string line, Random random)
    {
        var s = new StringBuilder(line);
        for (var k = random.Next(1, 5); k > 0; k--)
        {
            var at = random.Next(s.Length + 1);
            switch (random.Next(7))
            {
                case 0:
                    s.Insert(at, NumberLike(random));
                    break;
                case 1 when s.Length > 0:
                    var length = Math.Min(s.Length - Math.Min(at, s.Length - 1), random.Next(1, 8));
                    s.Remove(Math.Min(at, s.Length - 1), length);
                    break;
                case 2 when s.Length > 0:
                    var start = Math.Min(at, s.Length - 1);
                    s.Insert(start, s.ToString(start, Math.Min(s.Length - start, random.Next(1, 20))));
                    break;
                case 3:
                    s.Insert(at, new string((char)('1' + random.Next(9)), random.Next(20, 60)));
                    break;
                case 4:
                    ReplaceDigits(s, random);
                    break;
                case 5:
                    s.Insert(at, Separators[random.Next(Separators.Length)]);
                    break;
                default:
                    s.Insert(at, OddText[random.Next(OddText.Length)]);
                    break;
            }
        }
        return s.ToString();
    }

    private static void ReplaceDigits(StringBuilder s, Random random)
    {
        var script = DigitScripts[random.Next(DigitScripts.Length)];
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i]) && random.Next(2) == 0)
            {
                s[i] = script[s[i] - '0'];
            }
        }
    }

    private static void AppendDigits(StringBuilder sb, Random random, int count, bool asciiOnly = false)
    {
        var script = asciiOnly || random.Next(5) != 0 ? DigitScripts[0] : DigitScripts[random.Next(DigitScripts.Length)];
        for (var i = 0; i < count; i++)
        {
            sb.Append(script[random.Next(10)]);
        }
    }
}
