namespace PerfEval.Extraction.Documents;

/// <summary>A node of a parsed HTML page: an element with children, or a run of decoded text (<see cref="Name"/> null).</summary>
internal sealed class HtmlNode
{
    private HtmlNode(string? name, IReadOnlyDictionary<string, string> attributes, string text)
    {
        Name = name;
        Attributes = attributes;
        Text = text;
    }

    public string? Name { get; }

    public IReadOnlyDictionary<string, string> Attributes { get; }

    public string Text { get; }

    public List<HtmlNode> Children { get; } = [];

    public HtmlNode? Parent { get; private set; }

    public static HtmlNode Element(string name, IReadOnlyDictionary<string, string> attributes) => new(name, attributes, string.Empty);

    public static HtmlNode TextNode(string text) => new(null, EmptyAttributes, text);

    public void Add(HtmlNode child)
    {
        child.Parent = this;
        Children.Add(child);
    }

    public string? Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;

    private static readonly Dictionary<string, string> EmptyAttributes = [];
}
