using System.Text.Json;

namespace PerfEval.Extraction.Normalization;

/// <summary>
/// The spending-category taxonomy (categories.json, embedded): a line's name is matched against keyword rules;
/// the matching rule with the highest priority wins, then the longest keyword, then the earlier rule.
/// See docs/categories.md.
/// </summary>
public sealed class SpendingCategories
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lazy<SpendingCategories> DefaultInstance = new(() => Load(OpenEmbedded()));

    private readonly IReadOnlyList<CategoryRule> rules;

    private SpendingCategories(IReadOnlyList<string> categories, string fallback, IReadOnlyList<CategoryRule> rules)
    {
        Categories = categories;
        Fallback = fallback;
        this.rules = rules;
    }

    public static SpendingCategories Default => DefaultInstance.Value;

    public IReadOnlyList<string> Categories { get; }

    public string Fallback { get; }

    public static SpendingCategories Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<TaxonomyFile>(json, JsonOptions)
            ?? throw new InvalidDataException("The category taxonomy is empty.");
        var unknown = file.Rules.Select(r => r.Category).Append(file.Fallback).Except(file.Categories).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"Rules name categories the taxonomy does not list: {string.Join(", ", unknown)}");
        }
        return new SpendingCategories(file.Categories, file.Fallback, file.Rules);
    }

    /// <summary>The category for a spending line's name; <see cref="Fallback"/> when no rule matches.</summary>
    public string Classify(string name)
    {
        CategoryRule? best = null;
        var bestKeyword = 0;
        foreach (var rule in rules)
        {
            var longest = rule.Keywords.Where(k => name.Contains(k, StringComparison.Ordinal)).Select(k => k.Length).DefaultIfEmpty(0).Max();
            if (longest == 0)
            {
                continue;
            }
            if (best is null || rule.Priority > best.Priority || (rule.Priority == best.Priority && longest > bestKeyword))
            {
                best = rule;
                bestKeyword = longest;
            }
        }
        return best?.Category ?? Fallback;
    }

    private static Stream OpenEmbedded()
    {
        var assembly = typeof(SpendingCategories).Assembly;
        const string Name = "PerfEval.Extraction.Normalization.categories.json";
        return assembly.GetManifestResourceStream(Name)
            ?? throw new InvalidOperationException($"Embedded resource {Name} is missing from {assembly.GetName().Name}.");
    }

    private sealed record TaxonomyFile(int Version, string Fallback, IReadOnlyList<string> Categories, IReadOnlyList<CategoryRule> Rules);

    private sealed record CategoryRule(string Category, int Priority, IReadOnlyList<string> Keywords);
}
