using PerfEval.Extraction.Normalization;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>
/// An amount in running text with what precedes it in its clause. Offsets are into the document's text.
/// </summary>
/// <param name="Gap">The text back to the previous amount in the sentence (or the sentence start).</param>
/// <param name="Clause">The text before the amount back to the previous amount or separator (，、：).</param>
/// <param name="Quantity">The key quantity the clause names, or null when it names something else (a line item).</param>
/// <param name="Sentence">Index of the sentence in the document; amounts of one list share it.</param>
/// <param name="Excluded">An increment (追加), a threshold (200万元以下) or a periodic figure (每季度): never a total.</param>
internal sealed record NarrativeAmount(
    ParsedAmount Amount,
    string Gap,
    string Clause,
    int ClauseOffset,
    string? Quantity,
    int Sentence,
    bool Excluded)
{
    public string Quote(string text) => text[ClauseOffset..Amount.End];
}
