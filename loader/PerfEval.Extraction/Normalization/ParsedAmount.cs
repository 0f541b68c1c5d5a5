namespace PerfEval.Extraction.Normalization;

/// <summary>
/// An amount found in text. <see cref="Value"/> is in 万元; <see cref="RawNumber"/> and <see cref="RawUnit"/> keep what
/// was written. <see cref="Offset"/> and <see cref="Length"/> locate the written amount in the text searched.
/// </summary>
public sealed record ParsedAmount(decimal Value, decimal RawNumber, string RawUnit, int Offset, int Length)
{
    /// <summary>"200万元以下", "10万元以上": a threshold, not an amount spent or budgeted.</summary>
    public bool IsThreshold { get; init; }

    /// <summary>"400余万元", "约50万元".</summary>
    public bool IsApproximate { get; init; }

    public int End => Offset + Length;
}
