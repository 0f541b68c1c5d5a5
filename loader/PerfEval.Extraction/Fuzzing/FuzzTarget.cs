namespace PerfEval.Extraction.Fuzzing;

/// <summary>
/// One thing to fuzz: how to make an input and what to run it through. <paramref name="Run"/> may throw only
/// the exception types in <paramref name="Expected"/>; anything else is a finding.
/// </summary>
public sealed record FuzzTarget(string Name, Func<Random, string> Generate, Action<string> Run, params Type[] Expected)
{
    /// <summary>The exception an input provokes, or null when it ran through (or failed in an expected way).</summary>
    public Exception? Try(string input)
    {
        try
        {
            Run(input);
            return null;
        }
        catch (Exception e) when (Array.Exists(Expected, t => t.IsInstanceOfType(e)))
        {
            return null;
        }
#pragma warning disable CA1031 // Catching everything is the point: each unexpected exception is a finding.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return e;
        }
    }
}
