namespace PerfEval.Loader.Tests.Hostile;

public enum Expect
{
    Loaded,
    Quarantined,
    Either,
}

/// <summary>One hostile file: the case group it belongs to (a row of the table in docs/security.md), its name and bytes.</summary>
public sealed record HostileCase(string Group, string FileName, byte[] Bytes, Expect Expect);
