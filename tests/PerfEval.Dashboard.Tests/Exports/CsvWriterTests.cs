using System.Text;
using PerfEval.Briefing.Xlsx;
using PerfEval.Dashboard.Exports;

namespace PerfEval.Dashboard.Tests.Exports;

public sealed class CsvWriterTests
{
    [Fact]
    public void CellsAreQuotedNumbersInvariantAndFormulasDefused()
    {
        var table = new SheetTable("t", [new("名称"), new("金额", "#,##0.00"), new("执行率", "0.0")],
            [["龙泉街道, \"办事处\"", 2673.41m, 70.0032d], ["=HYPERLINK(\"http://x\")", null, null], ["-1+2", 1769.87m, 100d]]);

        var text = Encoding.UTF8.GetString(CsvWriter.ToBytes(table)[3..]);

        Assert.Equal(
            "名称,金额,执行率\r\n\"龙泉街道, \"\"办事处\"\"\",2673.41,70.0032\r\n\"'=HYPERLINK(\"\"http://x\"\")\",,\r\n'-1+2,1769.87,100\r\n",
            text);
    }
}
