namespace PerfEval.Extraction.Fuzzing;

/// <summary>An input that made a target throw, with the smallest input found that still throws the same way.</summary>
public sealed record FuzzFailure(string Target, string ExceptionType, string Message, string WhereThrown, string Input, string MinimalInput)
{
    /// <summary>Same target, same exception type, same throwing frame: one bug.</summary>
    public string Signature => $"{Target}|{ExceptionType}|{WhereThrown}";

    public override string ToString() =>
        $"{Target}: {ExceptionType}{(WhereThrown.Length > 0 ? " at " + WhereThrown : "")}: {Message}\n  minimal input ({MinimalInput.Length} chars): {FuzzText.Escape(MinimalInput.Length > 400 ? MinimalInput[..400] + "…" : MinimalInput)}";
}

/// <summary>What a fuzz run did: inputs tried per target, the distinct failures, and inputs slower than the limit.</summary>
public sealed record FuzzReport(IReadOnlyDictionary<string, int> Iterations, IReadOnlyList<FuzzFailure> Failures, IReadOnlyList<FuzzFailure> Slow, TimeSpan Elapsed)
{
    public int TotalIterations => Iterations.Values.Sum();
}
