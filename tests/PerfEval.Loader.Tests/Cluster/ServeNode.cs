using System.Diagnostics;
using System.Text.Json;

namespace PerfEval.Loader.Tests.Cluster;

/// <summary>A `perfeval serve` process on a free port, watched through its /healthz.</summary>
internal sealed class ServeNode : IDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly ChildProcess process;

    private ServeNode(ChildProcess process, string url)
    {
        this.process = process;
        Url = url;
    }

    public string Url { get; }

    public int ProcessId => process.Id;

    public string Output => process.Output;

    public static ServeNode Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var url = $"http://127.0.0.1:{TempPostgres.FreePort()}";
        return new ServeNode(ChildProcess.Start("perfeval.dll", ["serve", "--urls", url, .. args], environment), url);
    }

    public async Task<(int Status, JsonElement Body)> HealthAsync()
    {
        using var response = await Http.GetAsync(new Uri(Url + "/healthz"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return ((int)response.StatusCode, body);
    }

    /// <summary>Polls /healthz every 100 ms until <paramref name="condition"/> holds; returns that answer.</summary>
    public async Task<JsonElement> WaitUntilAsync(Func<JsonElement, bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        string last = "no answer";
        while (watch.Elapsed < timeout)
        {
            try
            {
                var (status, body) = await HealthAsync();
                last = $"{status} {body}";
                if (condition(body))
                {
                    return body;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy to answer in time: ask again.
                last = e.Message;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{Url}: condition not met within {timeout}; last /healthz: {last}\n{process.Output}");
    }

    public void Kill() => process.Kill();

    public void Dispose() => process.Dispose();
}
