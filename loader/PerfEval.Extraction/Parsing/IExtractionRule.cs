namespace PerfEval.Extraction.Parsing;

/// <summary>Extracts one field (or one closely related group) from the text into the draft record.</summary>
public interface IExtractionRule
{
    void Apply(ExtractionContext context);
}
