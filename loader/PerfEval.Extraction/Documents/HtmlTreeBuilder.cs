namespace PerfEval.Extraction.Documents;

/// <summary>
/// Builds a node tree from tokens the way browsers forgive sloppy pages: void elements never open, a new
/// cell or row closes the open one, a block closes an open paragraph, stray end tags are ignored.
/// </summary>
internal static class HtmlTreeBuilder
{
    /// <summary>Elements nested deeper than this are flattened into their ancestor, so hostile pages cannot exhaust the stack.</summary>
    private const int MaxDepth = 256;

    private static readonly HashSet<string> VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

    private static readonly HashSet<string> ClosesParagraph =
        ["p", "div", "table", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "nav", "blockquote", "pre", "form", "hr", "address", "center", "main", "aside", "figure"];

    public static HtmlNode Build(IEnumerable<HtmlToken> tokens)
    {
        var root = HtmlNode.Element("#root", new Dictionary<string, string>());
        var open = new List<HtmlNode> { root };
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case HtmlTokenKind.Text:
                    open[^1].Add(HtmlNode.TextNode(token.Text));
                    break;
                case HtmlTokenKind.StartTag:
                    Start(open, token);
                    break;
                case HtmlTokenKind.EndTag:
                    End(open, token.Name);
                    break;
            }
        }
        return root;
    }

    private static void Start(List<HtmlNode> open, HtmlToken token)
    {
        var name = token.Name;
        if (ClosesParagraph.Contains(name))
        {
            CloseWithin(open, "p", "td", "th", "table", "body");
        }
        switch (name)
        {
            case "li":
                CloseWithin(open, "li", "ul", "ol", "td", "th", "table");
                break;
            case "dt" or "dd":
                CloseWithin(open, "dt", "dl", "td", "th", "table");
                CloseWithin(open, "dd", "dl", "td", "th", "table");
                break;
            case "td" or "th":
                CloseWithin(open, "td", "tr", "table");
                CloseWithin(open, "th", "tr", "table");
                break;
            case "tr":
                CloseWithin(open, "tr", "table");
                break;
            case "thead" or "tbody" or "tfoot":
                CloseWithin(open, "thead", "table");
                CloseWithin(open, "tbody", "table");
                CloseWithin(open, "tfoot", "table");
                break;
        }
        var element = HtmlNode.Element(name, token.Attributes);
        open[^1].Add(element);
        if (!VoidElements.Contains(name) && !token.SelfClosing && open.Count < MaxDepth)
        {
            open.Add(element);
        }
    }

    private static void End(List<HtmlNode> open, string name)
    {
        for (var i = open.Count - 1; i > 0; i--)
        {
            if (open[i].Name == name)
            {
                open.RemoveRange(i, open.Count - i);
                return;
            }
            // An end tag never closes past a table boundary it does not belong to.
            if (open[i].Name is "table" && name is not "table")
            {
                return;
            }
        }
    }

    /// <summary>Closes the nearest open <paramref name="name"/> unless one of <paramref name="boundaries"/> is nearer.</summary>
    private static void CloseWithin(List<HtmlNode> open, string name, params string[] boundaries)
    {
        for (var i = open.Count - 1; i > 0; i--)
        {
            if (open[i].Name == name)
            {
                open.RemoveRange(i, open.Count - i);
                return;
            }
            if (Array.IndexOf(boundaries, open[i].Name) >= 0)
            {
                return;
            }
        }
    }
}
