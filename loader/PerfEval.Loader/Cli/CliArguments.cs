namespace PerfEval.Loader.Cli;

/// <summary>Positional arguments and `--name value` / `--flag` options of one command.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);

    public CliArguments(IReadOnlyList<string> args)
    {
        Raw = args;
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                options[args[i][2..]] = hasValue ? args[++i] : null;
            }
            else
            {
                positional.Add(args[i]);
            }
        }
        Positional = positional;
    }

    public IReadOnlyList<string> Positional { get; }

    /// <summary>The arguments as given, for commands that parse their own.</summary>
    public IReadOnlyList<string> Raw { get; }

    public bool Has(string name) => options.ContainsKey(name);

    public string? Get(string name) => options.GetValueOrDefault(name);

    public int GetInt(string name, int fallback) =>
        options.TryGetValue(name, out var v) && int.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : fallback;

    /// <summary>The data folder: --data, else PERFEVAL_DATA, else ./data.</summary>
    public string DataFolder => Path.GetFullPath(Get("data") ?? Environment.GetEnvironmentVariable("PERFEVAL_DATA") ?? "data");
}
