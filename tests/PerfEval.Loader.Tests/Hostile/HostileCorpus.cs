using System.IO.Compression;
using System.Text;
using PerfEval.Extraction.Documents;

namespace PerfEval.Loader.Tests.Hostile;

/// <summary>
/// Builds the hostile corpus (over 200 files) from a fixed seed: random bytes under report extensions, truncated
/// and corrupted renderings of real seeds, zip bombs, deep nesting, a 10 MB line, broken encodings and reports
/// whose figures are absurd. Nothing is committed; every run makes the same files.
/// </summary>
internal static class HostileCorpus
{
    private static readonly string[] Extensions = [".txt", ".docx", ".pdf", ".doc", ".html"];

    private static readonly string Forty = "1234567890123456789012345678901234567890";

    public static List<HostileCase> Build(SeedRenderings seeds)
    {
        var random = new Random(20261207);
        var cases = new List<HostileCase>();
        void Add(string group, string name, byte[] bytes, Expect expect) => cases.Add(new HostileCase(group, name, bytes, expect));
        static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

        for (var i = 0; i < 70; i++)
        {
            var bytes = new byte[random.Next(1, 64 * 1024)];
            random.NextBytes(bytes);
            Add("random bytes", $"random{i:00}{Extensions[i % Extensions.Length]}", bytes, Expect.Quarantined);
        }
        foreach (var extension in Extensions)
        {
            Add("empty file", "empty" + extension, [], Expect.Quarantined);
        }
        Add("random bytes, 240-byte file name", new string('坏', 80) + ".pdf", RandomBytes(random, 1000), Expect.Quarantined);
        for (var i = 0; i < 2; i++)
        {
            byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. RandomBytes(random, 4096)];
            Add("OLE header + garbage (LibreOffice)", $"garbage{i}.doc", ole, Expect.Quarantined);
        }
        Add("RTF header + garbage (LibreOffice)", "garbage.rtf.doc", [.. @"{\rtf1"u8, .. RandomBytes(random, 2048)], Expect.Either);

        foreach (var (docx, s) in seeds.Docx.Select((d, s) => (d, s)))
        {
            foreach (var keep in new[] { 0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.95, 0.99 })
            {
                Add("truncated .docx", $"cut{s}_{keep * 100:00}.docx", docx[..(int)(docx.Length * keep)], Expect.Quarantined);
            }
            for (var i = 0; i < 8; i++)
            {
                Add("corrupted .docx (bytes overwritten)", $"flipped{s}_{i}.docx", Corrupt(docx, random), Expect.Either);
            }
        }
        foreach (var (pdf, s) in seeds.Pdf.Select((d, s) => (d, s)))
        {
            foreach (var keep in new[] { 0.02, 0.3, 0.6, 0.9, 0.99 })
            {
                Add("truncated .pdf", $"cut{s}_{keep * 100:00}.pdf", pdf[..(int)(pdf.Length * keep)], Expect.Either);
            }
            for (var i = 0; i < 6; i++)
            {
                Add("corrupted .pdf (bytes overwritten)", $"flipped{s}_{i}.pdf", Corrupt(pdf, random), Expect.Either);
            }
        }

        Add(".docx zip bomb: one entry of 64 MB zeros", "bomb_ratio.docx", AddEntries(seeds.Docx[0], 1, 64 * 1024 * 1024), Expect.Quarantined);
        Add(".docx zip bomb: 5,000 entries", "bomb_entries.docx", AddEntries(seeds.Docx[0], 5000, 0), Expect.Quarantined);
        Add(".docx zip bomb: nested zip inside", "bomb_nested.docx", AddEntries(seeds.Docx[0], 1, 16 * 1024 * 1024, name: "word/embeddings/inner.zip"), Expect.Quarantined);

        Add("tables nested 5,000 deep (HTML)", "deep.html", Utf8("<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td>层", 5000)) + "底</body></html>"), Expect.Loaded);
        Add("tables nested 60 deep (.docx)", "deep.docx", NestedDocx.Build(60), Expect.Loaded);
        Add("10 MB single-line text", "oneline.txt", Utf8(string.Concat(Enumerable.Repeat("年初预算数573.38万元，预算执行率100%，", 10 * 1024 * 1024 / 60))), Expect.Loaded);
        Add("10 MB of digits", "digits.txt", Encoding.ASCII.GetBytes(new string('7', 10 * 1024 * 1024)), Expect.Loaded);

        for (var i = 0; i < seeds.Text.Count; i++)
        {
            Add("real seed report (control)", $"seed{i}.txt", Utf8(seeds.Text[i]), Expect.Loaded);
            Add("seed in GB18030", $"gb{i}.txt", TextDecoder.Gb18030.GetBytes(seeds.Text[i]), Expect.Loaded);
            Add("invalid UTF-8 sprinkled in a seed", $"badutf8_{i}.txt", SprinkleInvalidUtf8(Utf8(seeds.Text[i]), random), Expect.Quarantined);
            Add("UTF-8 and GB18030 mixed in one file", $"mixed{i}.txt", [.. Utf8(seeds.Text[i][..(seeds.Text[i].Length / 2)]), .. TextDecoder.Gb18030.GetBytes(seeds.Text[i][(seeds.Text[i].Length / 2)..])], Expect.Loaded);
        }
        Add("GB18030 bait: short text, few Chinese bytes", "bait1.txt", TextDecoder.Gb18030.GetBytes("2023 预算 573.38 100% 7 10"), Expect.Loaded);
        Add("GB18030 bait: UTF-8 mojibake (锟斤拷)", "bait2.txt", Utf8("锟斤拷烫烫烫 年初预算数573.38万元 锟斤拷"), Expect.Loaded);
        Add("GB18030 bait: Latin-1 text", "bait3.txt", Encoding.Latin1.GetBytes("Budget ÄÖÜ 573.38 ÿÿÿ"), Expect.Loaded);
        Add("UTF-16 without BOM", "utf16.txt", Encoding.Unicode.GetBytes("年初预算数573.38万元"), Expect.Either);

        var report = Report;
        AddReport("40-digit numbers", "forty_budget.txt", report.Replace("573.38万元", Forty + "万元", StringComparison.Ordinal));
        AddReport("40-digit numbers", "forty_rate.txt", report.Replace("72.06%", Forty + "%", StringComparison.Ordinal));
        AddReport("40-digit numbers", "forty_score.txt", report.Replace("自评得分92分", "自评得分" + Forty + "分", StringComparison.Ordinal));
        // Their own years, so no later report of the same unit supersedes their facts before the test reads them.
        AddReport("20-digit amounts (beyond DECIMAL(18,4))", "huge_wan.txt", report.Replace("573.38万元", "99999999999999999999万元", StringComparison.Ordinal).Replace("2023年度", "2017年度", StringComparison.Ordinal));
        AddReport("20-digit amounts (beyond DECIMAL(18,4))", "huge_yi.txt", report.Replace("2673.41万元", "900000000000000000亿元", StringComparison.Ordinal));
        AddReport("20-digit amounts (beyond DECIMAL(18,4))", "huge_table.txt", report.Replace("1926.41", "12345678901234567890", StringComparison.Ordinal));
        AddReport("rate beyond DECIMAL(9,4)", "huge_rate.txt", report.Replace("预算执行率72.06%", "预算执行率123456789.5%", StringComparison.Ordinal).Replace("\t72.06%", "\t123456789.5%", StringComparison.Ordinal).Replace("2023年度", "2016年度", StringComparison.Ordinal));
        AddReport("Arabic-Indic digits", "arabic.txt", ToScript(report, "٠١٢٣٤٥٦٧٨٩"));
        AddReport("Arabic-Indic digits", "persian.txt", ToScript(report, "۰۱۲۳۴۵۶۷۸۹"));
        AddReport("full-width digits", "fullwidth.txt", ToScript(report, "０１２３４５６７８９"));
        AddReport("full-width digits", "fullwidth_rate.txt", report.Replace("72.06%", "７２．０６％", StringComparison.Ordinal));
        AddReport("impossible dates", "month13.txt", report.Replace("2023年度", "2023年13月", StringComparison.Ordinal));
        AddReport("impossible dates", "year9999.txt", report.Replace("2023年度", "9999年度", StringComparison.Ordinal));
        AddReport("impossible dates", "month0.txt", report + "\n报告日期：2024年0月32日");
        AddReport("negative amounts", "negative.txt", report.Replace("573.38万元", "-573.38万元", StringComparison.Ordinal));
        AddReport("negative amounts", "negative_table.txt", report.Replace("\t1926.41", "\t-1926.41", StringComparison.Ordinal));
        AddReport("negative amounts", "negative_words.txt", report.Replace("573.38万元", "负573.38万元", StringComparison.Ordinal));
        AddReport("percentages like 10,000%", "percent10000.txt", report.Replace("72.06%", "10,000%", StringComparison.Ordinal));
        AddReport("percentages like 10,000%", "percent_huge_target.txt", report.Replace("≥95%", "≥10000%", StringComparison.Ordinal));
        AddReport("<script> in unit names", "script_unit.txt", report.Replace("龙泉街道办事处", "<script>alert(1)</script>街道办事处", StringComparison.Ordinal));
        AddReport("<script> in unit names", "onerror_unit.txt", report.Replace("龙泉街道办事处", "<img src=x onerror=alert(1)>街道办事处", StringComparison.Ordinal));
        AddReport("<script> in unit names", "script_unit.html", "<html><body><h1>2023年度&lt;script&gt;alert(1)&lt;/script&gt;街道办事处部门整体支出绩效自评报告</h1><script>alert(2)</script><p>年初预算数573.38万元</p></body></html>");
        AddReport("control characters and bidi overrides", "bidi.txt", report.Replace("龙泉", "龙\u202E泉\u0000\u0007", StringComparison.Ordinal));
        AddReport("very long file name", new string('报', 80) + ".txt", report);

        var lines = Report.Split('\n');
        for (var i = 0; i < 30; i++)
        {
            var mutated = lines.Select(l => random.Next(4) == 0 ? PerfEval.Extraction.Fuzzing.FuzzInputs.Mutate(l, random) : l);
            AddReport("fuzz-mutated report", $"mutated{i:00}.txt", string.Join('\n', mutated));
        }
        return cases;

        void AddReport(string group, string name, string text) => Add(group, name, Utf8(text), Expect.Loaded);
    }

    /// <summary>A short report in the seeds' layout whose figures the cases replace.</summary>
    private const string Report = """
        2023年度龙泉街道办事处部门整体支出绩效自评报告
        湖南省株洲市芦淞区龙泉街道办事处
        一、基本情况
        年初预算数573.38万元，全年预算数2673.41万元，全年执行数1926.41万元，预算执行率72.06%。
        单位：万元
        	年初预算数	全年预算数	全年执行数	分值	执行率	得分
        	573.38	2673.41	1926.41	10	72.06%	7.2
        产出指标	数量指标	服务人次	≥95%	98%	50	50
        自评得分92分，评价等级为优。
        """;

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Corrupt(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        var start = random.Next(bytes.Length / 10, bytes.Length);
        random.NextBytes(bytes.AsSpan(start, Math.Min(bytes.Length - start, random.Next(16, 2048))));
        return bytes;
    }

    private static byte[] SprinkleInvalidUtf8(byte[] text, Random random)
    {
        var list = new List<byte>(text);
        for (var i = 0; i < 40; i++)
        {
            list.Insert(random.Next(list.Count), (byte)random.Next(0x80, 0x100));
        }
        return [.. list];
    }

    private static string ToScript(string text, string digits) =>
        string.Concat(text.Select(c => char.IsAsciiDigit(c) ? digits[c - '0'] : c));

    private static byte[] AddEntries(byte[] docx, int count, int zeroBytes, string name = "word/media/image{0}.bin")
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < count; i++)
            {
                using var entry = zip.CreateEntry(string.Format(System.Globalization.CultureInfo.InvariantCulture, name, i), CompressionLevel.SmallestSize).Open();
                for (var written = 0; written < zeroBytes; written += zeros.Length)
                {
                    entry.Write(zeros, 0, Math.Min(zeros.Length, zeroBytes - written));
                }
            }
        }
        return stream.ToArray();
    }
}
