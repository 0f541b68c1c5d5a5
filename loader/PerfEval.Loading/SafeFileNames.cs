using System.Globalization;
using System.Text;

namespace PerfEval.Loading;

/// <summary>
/// File names from outside made safe to store: no directory part, no control, invisible or bidi characters, no
/// leading dots, and short enough in UTF-8 bytes that a prefix still fits the file system's 255-byte limit.
/// </summary>
public static class SafeFileNames
{
    /// <summary>Room left for a stamp prefix and a ".reason.txt" suffix within 255 bytes.</summary>
    public const int MaxBytes = 180;

    public static string Clean(string clientFileName)
    {
        var name = clientFileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var safe = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                safe.Append(c).Append(name[++i]);
                continue;
            }
            if (char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format)
            {
                continue;
            }
            safe.Append(char.IsControl(c) || Path.GetInvalidFileNameChars().Contains(c) || c is ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }
        var result = Shorten(safe.ToString().Trim().TrimStart('.').Trim(), MaxBytes);
        return result.Length == 0 ? "upload" : result;
    }

    /// <summary>Cuts the stem so the whole name fits <paramref name="maxBytes"/> in UTF-8, keeping the extension and whole characters.</summary>
    public static string Shorten(string name, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(name) <= maxBytes)
        {
            return name;
        }
        var extension = Path.GetExtension(name);
        if (Encoding.UTF8.GetByteCount(extension) > 16)
        {
            extension = string.Empty;
        }
        var stem = name[..^extension.Length];
        var budget = maxBytes - Encoding.UTF8.GetByteCount(extension);
        var kept = new StringBuilder();
        var used = 0;
        foreach (var rune in stem.EnumerateRunes())
        {
            used += rune.Utf8SequenceLength;
            if (used > budget)
            {
                break;
            }
            kept.Append(rune.ToString());
        }
        return kept + extension;
    }
}
