namespace PerfEval.Extraction.Tests.Documents;

/// <summary>A report page as saved from a district government site: GB2312 declared, navigation, scripts and a merged-cell table.</summary>
internal static class GovernmentPage
{
    public const string Html = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
        <html><head>
        <meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
        <title>龙泉街道2023年度整体支出绩效自评报告_芦淞区人民政府</title>
        <style>.nav { color: red } td { padding: 2px }</style>
        <script type="text/javascript">var tracker = "<table><tr><td>不是正文</td></tr></table>"; document.write(tracker);</script>
        </head>
        <body>
        <div class="top-nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 财政信息</div>
        <nav><ul><li>网站地图</li><li>无障碍</li></ul></nav>
        <div class="article">
        <h1>2023年度株洲市芦淞区龙泉街道办事处整体支出绩效自评报告</h1>
        <p>&nbsp;&nbsp;一、部门（单位）基本情况</p>
        <p>本年度一般公共预算财政拨款收入1926.41万元，支出1926.41万元&#12290;</p>
        <p>报告中出现的&lt;script&gt;alert(1)&lt;/script&gt;只是文字 &amp; 不执行<br>第二行</p>
        <p>单位：万元</p>
        <table border="1" cellspacing="0">
        <tbody>
        <tr><td rowspan="2">项目名称</td><td colspan="3">预算情况</td><td rowspan="2">得分</td></tr>
        <tr><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td></tr>
        <tr><td>年度资金总额</td><td>573.38</td><td>2673.41</td><td>2673.41</td><td>10</td></tr>
        <tr><td colspan="4">总分</td><td>97</td></tr>
        </tbody>
        </table>
        <p>二、存在的问题</p>
        </div>
        <div class="footer">版权所有：株洲市芦淞区人民政府 网站标识码4302030001</div>
        </body></html>
        """;
}
