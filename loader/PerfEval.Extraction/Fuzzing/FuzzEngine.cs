using System.Diagnostics;

namespace PerfEval.Extraction.Fuzzing;

/// <summary>
/// Feeds random inputs to each target in turn until an iteration count or a time budget is spent. Each distinct
/// failure (target, exception type, throwing frame) is kept once, with its input shrunk to a minimal one.
/// </summary>
public sealed class FuzzEngine(IReadOnlyList<FuzzTarget> targets)
{
    /// <summary>An input taking longer than this is reported as slow (a runaway regex or search).</summary>
    public TimeSpan SlowInput { get; init; } = TimeSpan.FromSeconds(2);

    public FuzzReport Run(int seed, int? iterationsPerTarget, TimeSpan? duration = null, CancellationToken cancellationToken = default)
    {
        var random = new Random(seed);
        var watch = Stopwatch.StartNew();
        var counts = targets.ToDictionary(t => t.Name, _ => 0, StringComparer.Ordinal);
        var failures = new Dictionary<string, FuzzFailure>(StringComparer.Ordinal);
        var slow = new List<FuzzFailure>();
        for (var round = 0; ; round++)
        {
            if ((iterationsPerTarget is { } n && round >= n) || (duration is { } d && watch.Elapsed >= d) || cancellationToken.IsCancellationRequested)
            {
                break;
            }
            foreach (var target in targets)
            {
                var input = target.Generate(random);
                var started = Stopwatch.GetTimestamp();
                var error = target.Try(input);
                var took = Stopwatch.GetElapsedTime(started);
                counts[target.Name]++;
                if (error is not null)
                {
                    var signature = Describe(target, error, input, input).Signature;
                    if (!failures.ContainsKey(signature))
                    {
                        failures[signature] = Describe(target, error, input, FuzzMinimizer.Shrink(input, s => Same(target.Try(s), error)));
                    }
                }
                // Round 0 pays for JIT and lazy tables (the gazetteer): not the input's fault.
                else if (round > 0 && took > SlowInput && slow.Count < 20)
                {
                    slow.Add(new FuzzFailure(target.Name, "slow input", $"{took.TotalSeconds:0.0} s", "", input, input));
                }
            }
        }
        return new FuzzReport(counts, [.. failures.Values], slow, watch.Elapsed);
    }

    private static bool Same(Exception? candidate, Exception original) =>
        candidate is not null && candidate.GetType() == original.GetType() && WhereThrown(candidate) == WhereThrown(original);

    private static FuzzFailure Describe(FuzzTarget target, Exception error, string input, string minimal) =>
        new(target.Name, error.GetType().Name, error.Message, WhereThrown(error), input, minimal);

    /// <summary>The first stack frame in PerfEval code: where the bug is, not where the BCL noticed it.</summary>
    private static string WhereThrown(Exception error)
    {
        var frames = new StackTrace(error, false).GetFrames();
        var own = frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType?.FullName?.StartsWith("PerfEval.", StringComparison.Ordinal) == true)
            ?? frames.FirstOrDefault();
        var method = own?.GetMethod();
        return method is null ? "?" : $"{method.DeclaringType?.Name}.{method.Name}";
    }
}
