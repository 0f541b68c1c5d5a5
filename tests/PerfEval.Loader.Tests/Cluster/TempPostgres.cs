using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PerfEval.Loader.Tests.Cluster;

/// <summary>
/// A throwaway PostgreSQL server from the Debian binaries: its own data folder, a free port, trust auth on
/// 127.0.0.1, run as the postgres user (the tests run as root), stopped and deleted on dispose.
/// </summary>
internal sealed class TempPostgres : IDisposable
{
    private readonly string bin;
    private readonly string folder;

    private TempPostgres(string bin, string folder, int port)
    {
        this.bin = bin;
        this.folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    public static TempPostgres Start()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending(StringComparer.Ordinal).FirstOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)");
        var folder = Path.Combine(Path.GetTempPath(), "perfeval-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        Run("chown", "postgres:postgres", folder);
        var server = new TempPostgres(bin, folder, FreePort());
        server.AsPostgres("initdb", "-D", Path.Combine(folder, "db"), "-A", "trust", "-U", "postgres", "--no-sync");
        server.AsPostgres(
            "pg_ctl", "-D", Path.Combine(folder, "db"), "-l", Path.Combine(folder, "log"), "-w", "-t", "60",
            "-o", $"-p {server.Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        return server;
    }

    public void Dispose()
    {
        try
        {
            AsPostgres("pg_ctl", "-D", Path.Combine(folder, "db"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private void AsPostgres(string tool, params string[] args) => Run("runuser", ["-u", "postgres", "--", Path.Combine(bin, tool), .. args]);

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}: {error}{output.Result}");
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
