using System.Text.RegularExpressions;

namespace PerfEval.Warehouse.Queries;

/// <summary>
/// Which reports the current user may see: every report, the reports whose region code starts with a prefix (a
/// 单位用户's region subtree), or none. Every query class takes one and passes it to its SQL as <c>$scope</c>:
/// <c>'*'</c> for all, the prefix, or NULL, which matches nothing, so a missing scope fails closed.
/// </summary>
public sealed partial record RegionScope
{
    private RegionScope(string? parameter) => Parameter = parameter;

    public static RegionScope All { get; } = new("*");

    public static RegionScope None { get; } = new((string?)null);

    /// <summary>A region subtree: province (2 digits), city (4), district (6) or street (9).</summary>
    public static RegionScope Region(string code) =>
        IsRegionCode(code) ? new RegionScope(code) : throw new ArgumentException($"'{code}' is not a region code (2, 4, 6 or 9 digits).", nameof(code));

    /// <summary>The value bound to <c>$scope</c>.</summary>
    internal string? Parameter { get; }

    public bool IsAll => Parameter == "*";

    /// <summary>The region prefix of a subtree scope, else null.</summary>
    public string? Prefix => IsAll ? null : Parameter;

    public bool Covers(string? regionCode) =>
        IsAll || (Parameter is not null && regionCode is not null && regionCode.StartsWith(Parameter, StringComparison.Ordinal));

    public static bool IsRegionCode(string? code) => code is not null && RegionCodePattern().IsMatch(code);

    public override string ToString() => Parameter ?? "none";

    [GeneratedRegex(@"^\d{2}(\d{2}(\d{2}(\d{3})?)?)?$")]
    private static partial Regex RegionCodePattern();
}
