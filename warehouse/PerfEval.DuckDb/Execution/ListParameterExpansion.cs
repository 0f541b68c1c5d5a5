using System.Text;
using System.Text.RegularExpressions;

namespace PerfEval.DuckDb.Execution;

/// <summary>
/// Dapper expands a list argument into parameters name1, name2 … but only rewrites "@name"/":name"/"?name" in the
/// SQL, not DuckDB's "$name". Here "$name" becomes "($name1, $name2 …)" when only the expanded parameters exist.
/// </summary>
internal static partial class ListParameterExpansion
{
    public static string Expand(string sql, DuckDbParameterCollection parameters)
    {
        if (parameters.Count == 0 || !sql.Contains('$', StringComparison.Ordinal))
        {
            return sql;
        }
        return Reference().Replace(sql, match =>
        {
            var name = match.Groups["name"].Value;
            if (parameters.IndexOf(name) >= 0 || parameters.IndexOf(name + "1") < 0)
            {
                return match.Value;
            }
            var list = new StringBuilder();
            for (var i = 1; parameters.IndexOf(name + i) >= 0; i++)
            {
                list.Append(i == 1 ? "$" : ", $").Append(name).Append(i);
            }
            var parenthesised = PrecededByOpenParen(sql, match.Index) && FollowedByCloseParen(sql, match.Index + match.Length);
            return parenthesised ? list.ToString() : "(" + list + ")";
        });
    }

    private static bool PrecededByOpenParen(string sql, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(sql[i]))
        {
            i--;
        }
        return i >= 0 && sql[i] == '(';
    }

    private static bool FollowedByCloseParen(string sql, int index)
    {
        var i = index;
        while (i < sql.Length && char.IsWhiteSpace(sql[i]))
        {
            i++;
        }
        return i < sql.Length && sql[i] == ')';
    }

    [GeneratedRegex(@"\$(?<name>[A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_])")]
    private static partial Regex Reference();
}
