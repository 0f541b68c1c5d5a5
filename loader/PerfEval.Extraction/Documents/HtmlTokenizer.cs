using System.Net;

namespace PerfEval.Extraction.Documents;

/// <summary>A forgiving HTML tokenizer: text, start and end tags with decoded attributes; comments, doctype and script/style bodies are skipped.</summary>
internal static class HtmlTokenizer
{
    private static readonly HashSet<string> RawTextElements = ["script", "style", "textarea", "title", "xmp", "noscript", "template", "iframe", "noembed", "noframes"];

    public static IEnumerable<HtmlToken> Tokenize(string html)
    {
        var position = 0;
        var textStart = 0;
        while (position < html.Length)
        {
            var lt = html.IndexOf('<', position);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }
            var next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                if (lt > textStart)
                {
                    yield return HtmlToken.ForText(WebUtility.HtmlDecode(html[textStart..lt]));
                }
                var end = html.AsSpan(lt).StartsWith("<!--") ? IndexAfter(html, "-->", lt + 4) : IndexAfter(html, ">", lt);
                position = textStart = end;
                continue;
            }
            var isEnd = next == '/';
            var nameStart = isEnd ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                position = lt + 1;
                continue;
            }
            if (lt > textStart)
            {
                yield return HtmlToken.ForText(WebUtility.HtmlDecode(html[textStart..lt]));
            }
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var (attributes, tagEnd, selfClosing) = ReadAttributes(html, nameEnd);
            position = textStart = tagEnd;
            if (isEnd)
            {
                yield return HtmlToken.ForEnd(name);
                continue;
            }
            yield return HtmlToken.ForStart(name, attributes, selfClosing);
            if (RawTextElements.Contains(name) && !selfClosing)
            {
                var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                var bodyEnd = close < 0 ? html.Length : close;
                if (name is "title" or "textarea")
                {
                    yield return HtmlToken.ForText(WebUtility.HtmlDecode(html[tagEnd..bodyEnd]));
                }
                position = textStart = bodyEnd;
            }
        }
        if (textStart < html.Length)
        {
            yield return HtmlToken.ForText(WebUtility.HtmlDecode(html[textStart..]));
        }
    }

    private static int IndexAfter(string html, string marker, int from)
    {
        var index = html.IndexOf(marker, from, StringComparison.Ordinal);
        return index < 0 ? html.Length : index + marker.Length;
    }

    private static (Dictionary<string, string> Attributes, int End, bool SelfClosing) ReadAttributes(string html, int position)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var selfClosing = false;
        while (position < html.Length)
        {
            var c = html[position];
            if (c == '>')
            {
                return (attributes, position + 1, selfClosing);
            }
            if (char.IsWhiteSpace(c) || c == '/')
            {
                selfClosing = c == '/';
                position++;
                continue;
            }
            selfClosing = false;
            var nameStart = position;
            while (position < html.Length && !char.IsWhiteSpace(html[position]) && html[position] is not ('=' or '>' or '/'))
            {
                position++;
            }
            var name = html[nameStart..position];
            while (position < html.Length && char.IsWhiteSpace(html[position]))
            {
                position++;
            }
            var value = string.Empty;
            if (position < html.Length && html[position] == '=')
            {
                position++;
                while (position < html.Length && char.IsWhiteSpace(html[position]))
                {
                    position++;
                }
                if (position < html.Length && html[position] is '"' or '\'')
                {
                    var quote = html[position];
                    var close = html.IndexOf(quote, position + 1);
                    close = close < 0 ? html.Length : close;
                    value = html[(position + 1)..close];
                    position = Math.Min(close + 1, html.Length);
                }
                else
                {
                    var valueStart = position;
                    while (position < html.Length && !char.IsWhiteSpace(html[position]) && html[position] != '>')
                    {
                        position++;
                    }
                    value = html[valueStart..position];
                }
            }
            if (name.Length > 0)
            {
                attributes.TryAdd(name, WebUtility.HtmlDecode(value));
            }
        }
        return (attributes, html.Length, selfClosing);
    }
}

internal enum HtmlTokenKind
{
    Text,
    StartTag,
    EndTag,
}

internal sealed record HtmlToken(HtmlTokenKind Kind, string Name, string Text, IReadOnlyDictionary<string, string> Attributes, bool SelfClosing)
{
    private static readonly Dictionary<string, string> NoAttributes = [];

    public static HtmlToken ForText(string text) => new(HtmlTokenKind.Text, string.Empty, text, NoAttributes, false);

    public static HtmlToken ForStart(string name, IReadOnlyDictionary<string, string> attributes, bool selfClosing) =>
        new(HtmlTokenKind.StartTag, name, string.Empty, attributes, selfClosing);

    public static HtmlToken ForEnd(string name) => new(HtmlTokenKind.EndTag, name, string.Empty, NoAttributes, false);
}
