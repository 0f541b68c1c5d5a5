namespace PerfEval.Loader.Cli;

/// <summary>Dispatches `perfeval &lt;command&gt; …` to the command registered under that name.</summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Commands = new(StringComparer.Ordinal)
    {
        ["load"] = LoadCommand.RunAsync,
        ["status"] = StatusCommand.RunAsync,
        ["reload"] = ReloadCommand.RunAsync,
        ["bench"] = Bench.BenchCommand.RunAsync,
        ["extract"] = ExtractCommand.RunAsync,
        ["generate"] = GenerateCommand.RunAsync,
        ["fuzz"] = FuzzCommand.RunAsync,
        ["user"] = UserCommand.RunAsync,
        ["export"] = ExportCommand.RunAsync,
        ["serve"] = ServeCommand.RunAsync,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !Commands.TryGetValue(args[0], out var command))
        {
            await Console.Error.WriteLineAsync("usage: perfeval <" + string.Join('|', Commands.Keys) + "> …");
            return 2;
        }
        return await command(args[1..]);
    }
}
