using System.Text;

namespace PerfEval.Extraction.Documents;

/// <summary>
/// Turns a parsed page into layout blocks: block elements and &lt;br&gt; break lines, tables become grids
/// (colspan/rowspan resolved), and page furniture (scripts, navigation, footers, forms' controls) is dropped.
/// </summary>
internal static class HtmlLayoutBuilder
{
    private const int MaxSpan = 100;

    private static readonly HashSet<string> Skipped =
        ["head", "script", "style", "noscript", "template", "nav", "footer", "iframe", "object", "embed", "select", "button", "input", "textarea", "svg", "canvas", "map", "audio", "video"];

    private static readonly HashSet<string> ClutterTokens = ["nav", "navbar", "menu", "breadcrumb", "crumb", "crumbs", "footer", "foot", "sidebar", "share", "toolbar"];

    private static readonly HashSet<string> BlockElements =
        ["p", "div", "section", "article", "main", "header", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "address", "figure", "figcaption", "center", "form", "fieldset", "legend", "hr", "body", "html", "caption", "tr", "td", "th"];

    public static List<LayoutBlock> Build(HtmlNode root)
    {
        var builder = new BlockCollector();
        builder.Walk(root, preformatted: false);
        builder.Flush();
        return builder.Blocks;
    }

    private static bool IsClutter(HtmlNode element)
    {
        if (Skipped.Contains(element.Name!))
        {
            return true;
        }
        var style = element.Attribute("style");
        if (style is not null && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        foreach (var attribute in (string?[])[element.Attribute("class"), element.Attribute("id")])
        {
            if (attribute is null)
            {
                continue;
            }
            foreach (var token in attribute.Split([' ', '-', '_', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (ClutterTokens.Contains(token.ToLowerInvariant()))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private sealed class BlockCollector
    {
        private readonly StringBuilder _line = new();

        public List<LayoutBlock> Blocks { get; } = [];

        public void Walk(HtmlNode node, bool preformatted)
        {
            foreach (var child in node.Children)
            {
                if (child.Name is null)
                {
                    AppendText(child.Text, preformatted);
                    continue;
                }
                if (IsClutter(child))
                {
                    continue;
                }
                switch (child.Name)
                {
                    case "br":
                        Flush();
                        break;
                    case "table":
                        Flush();
                        Blocks.Add(BuildTable(child));
                        break;
                    case var name when BlockElements.Contains(name):
                        Flush();
                        Walk(child, preformatted || name == "pre");
                        Flush();
                        break;
                    default:
                        Walk(child, preformatted);
                        break;
                }
            }
        }

        public void Flush()
        {
            var text = _line.ToString().Trim(' ');
            _line.Clear();
            if (text.Length > 0)
            {
                Blocks.Add(new LayoutParagraph(text));
            }
        }

        private void AppendText(string text, bool preformatted)
        {
            if (preformatted)
            {
                var lines = TextNormalizer.Normalize(text).Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    if (i > 0)
                    {
                        Flush();
                    }
                    _line.Append(lines[i]);
                }
                return;
            }
            foreach (var c in text)
            {
                // Source line wraps and indentation are not text; NBSP (from &nbsp;) is, and is kept.
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    if (_line.Length > 0 && _line[^1] != ' ')
                    {
                        _line.Append(' ');
                    }
                }
                else if (c != '\0')
                {
                    _line.Append(c);
                }
            }
        }

        private static LayoutTable BuildTable(HtmlNode table)
        {
            var rows = RowsOf(table).ToList();
            var occupied = new List<HashSet<int>>(rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                occupied.Add([]);
            }
            var layoutRows = new List<LayoutRow>(rows.Count);
            var width = 0;
            for (var r = 0; r < rows.Count; r++)
            {
                var cells = new List<LayoutCell>();
                var column = 0;
                foreach (var cell in rows[r].Children.Where(c => c.Name is "td" or "th"))
                {
                    while (occupied[r].Contains(column))
                    {
                        column++;
                    }
                    var colSpan = Span(cell.Attribute("colspan"), MaxSpan);
                    var rowSpan = Span(cell.Attribute("rowspan"), rows.Count - r);
                    for (var dr = 0; dr < rowSpan; dr++)
                    {
                        for (var dc = 0; dc < colSpan; dc++)
                        {
                            occupied[r + dr].Add(column + dc);
                        }
                    }
                    var content = new BlockCollector();
                    content.Walk(cell, preformatted: false);
                    content.Flush();
                    cells.Add(new LayoutCell(column, colSpan, rowSpan, content.Blocks));
                    column += colSpan;
                }
                width = Math.Max(width, occupied[r].Count == 0 ? 0 : occupied[r].Max() + 1);
                layoutRows.Add(new LayoutRow(cells));
            }
            return new LayoutTable(width, layoutRows);
        }

        /// <summary>rowspan="0" means "to the end of the table"; absurd spans are capped.</summary>
        private static int Span(string? value, int max) =>
            int.TryParse(value?.Trim(), out var span) ? (span <= 0 ? Math.Max(max, 1) : Math.Clamp(span, 1, Math.Max(max, 1))) : 1;

        private static IEnumerable<HtmlNode> RowsOf(HtmlNode container)
        {
            foreach (var child in container.Children)
            {
                if (child.Name == "tr")
                {
                    yield return child;
                }
                else if (child.Name is "thead" or "tbody" or "tfoot")
                {
                    foreach (var row in RowsOf(child))
                    {
                        yield return row;
                    }
                }
            }
        }
    }
}
