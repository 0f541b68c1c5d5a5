using PerfEval.Extraction.Model;

namespace PerfEval.Extraction.Rules.Money;

/// <summary>An amount read from a table cell, in 万元, with the number and unit as written.</summary>
internal sealed record TableAmount(string Quantity, decimal Value, decimal RawNumber, string RawUnit, Evidence Evidence)
{
    public StatedAmount ToStatement() => new(Quantity, Value, RawNumber, RawUnit, Quantities.Table, Evidence);
}
