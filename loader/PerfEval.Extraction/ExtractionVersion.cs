namespace PerfEval.Extraction;

/// <summary>
/// The version of the readers, rules and checks together. Bump it whenever extraction output can change:
/// the loader re-extracts stored documents whose facts came from another version.
/// </summary>
public static class ExtractionVersion
{
    public const string Current = "1.0.0";
}
