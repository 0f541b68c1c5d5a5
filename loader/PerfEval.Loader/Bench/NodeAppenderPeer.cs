using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace PerfEval.Loader.Bench;

/// <summary>
/// The same row-wise load through the official Node client (@duckdb/node-api, same DuckDB version), installed by
/// npm into the benchmark's own folder. Returns null with a reason when npm or node cannot run.
/// </summary>
internal static class NodeAppenderPeer
{
    public const string Package = "@duckdb/node-api@1.5.6-r.1";

    private const string Script = """
        import { DuckDBInstance, DuckDBDecimalValue, DuckDBDateValue } from '@duckdb/node-api';
        const [path, rowsText] = process.argv.slice(2);
        const rows = Number(rowsText);
        const instance = await DuckDBInstance.create(path);
        const connection = await instance.connect();
        await connection.run('CREATE TABLE bench (id INTEGER, value DOUBLE, name VARCHAR, amount DECIMAL(18,4), day DATE)');
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        const appender = await connection.createAppender('bench');
        for (let i = 0; i < rows; i++) {
          appender.appendInteger(i);
          appender.appendDouble(i * 0.5);
          appender.appendVarchar('name-' + i);
          appender.appendDecimal(new DuckDBDecimalValue(BigInt(i % 1000000) * 100n, 18, 4));
          appender.appendDate(new DuckDBDateValue(18262 + (i % 3650)));
          appender.endRow();
        }
        appender.closeSync();
        const ms = performance.now() - start;
        const cpu = process.cpuUsage(cpuStart);
        connection.closeSync();
        console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000 }));
        """;

    public static async Task<(Measured? Elapsed, string Note)> RunAsync(string folder, string databasePath, int rows)
    {
        var peer = Path.Combine(folder, "node-peer");
        Directory.CreateDirectory(peer);
        await File.WriteAllTextAsync(Path.Combine(peer, "package.json"), """{ "private": true, "type": "module" }""");
        await File.WriteAllTextAsync(Path.Combine(peer, "append.mjs"), Script);
        var install = await RunAsync(peer, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error", Package);
        if (install.ExitCode != 0)
        {
            return (null, "npm install failed: " + install.Error.Trim());
        }
        File.Delete(databasePath);
        var run = await RunAsync(peer, "node", "append.mjs", databasePath, rows.ToString(CultureInfo.InvariantCulture));
        if (run.ExitCode != 0)
        {
            return (null, "node failed: " + run.Error.Trim());
        }
        using var result = JsonDocument.Parse(run.Output.Trim().Split('\n')[^1]);
        var root = result.RootElement;
        return (new Measured(TimeSpan.FromMilliseconds(root.GetProperty("ms").GetDouble()), TimeSpan.FromMilliseconds(root.GetProperty("cpuMs").GetDouble())), Package);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string folder, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output, await error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, string.Empty, $"{program} is not installed ({e.Message})");
        }
    }
}
