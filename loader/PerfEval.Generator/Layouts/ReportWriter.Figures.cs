using PerfEval.Extraction.Model;
using PerfEval.Generator.Planning;
using PerfEval.Generator.Truth;

namespace PerfEval.Generator.Layouts;

/// <summary>Amount statements: budgets, funding, spending lines.</summary>
public sealed partial class ReportWriter
{
    /// <summary>
    /// Appends "{label}{number}{unit}" to the current paragraph as a statement of <paramref name="quantity"/>.
    /// When <paramref name="setsField"/>, it is also the value of that field in the record.
    /// </summary>
    public void Amount(string label, string quantity, decimal wan, string context, bool setsField, Money? style = null, string? unitWordOverride = null)
    {
        var money = style ?? Money;
        var number = money.Number(wan);
        var unitWord = unitWordOverride ?? money.UnitWord;
        var mark = NextStatementMark();
        Doc.Add(label).Add(number + unitWord, mark);
        var rawNumber = money.RawNumber(wan);
        var statedWan = unitWordOverride == "元" && !money.InYuan ? rawNumber / 10000m : wan;
        Truth.Statements.Add((quantity, statedWan, rawNumber, unitWord, context, mark));
        if (setsField)
        {
            SetField(quantity, statedWan, mark);
        }
    }

    /// <summary>A table cell stating an amount (the table's unit line or header gives the unit).</summary>
    public Documents.DocCell AmountCell(string quantity, decimal wan, bool setsField, Money style)
    {
        var mark = NextStatementMark();
        Truth.Statements.Add((quantity, wan, style.RawNumber(wan), style.UnitWord, "table", mark));
        if (setsField)
        {
            SetField(quantity, wan, mark);
        }
        return new Documents.DocCell(style.Number(wan), Mark: mark);
    }

    public void SetField(string quantity, decimal wan, string mark)
    {
        switch (quantity)
        {
            case "budgetInitial": Truth.BudgetInitial = wan; break;
            case "budgetAdjusted": Truth.BudgetAdjusted = wan; break;
            case "executed": Truth.Executed = wan; break;
            case "basicSpending": Truth.BasicSpending = wan; break;
            case "projectSpending": Truth.ProjectSpending = wan; break;
            default: return;
        }
        Truth.Cite(quantity, mark);
    }

    public void StateRate(string text, string mark = "executionRate")
    {
        Truth.ExecutionRate = Facts.ExecutionRate;
        Truth.Cite("executionRate", mark);
        Doc.Add(text, mark);
    }

    public void StateFunding(string name, decimal wan, string label, Money? style = null)
    {
        var money = style ?? Money;
        var mark = TruthDraft.NextMark("funding", Truth.Funding.Count);
        Doc.Add(label).Add(money.Number(wan) + money.UnitWord, mark);
        Truth.Funding.Add((name, wan, mark));
    }

    public void StateScore(string text, decimal score, string mark = "scoreReported")
    {
        Truth.ScoreReported = score;
        Truth.Cite("scoreReported", mark);
        Doc.Add(text, mark);
    }

    public void StateGrade(string text, string grade)
    {
        Truth.Grade = grade;
        Truth.Cite("grade", "grade");
        Doc.Add(text, "grade");
    }

    /// <summary>Splits an amount in 万元 into parts (2 decimals, or to the fen when <paramref name="toFen"/>).</summary>
    public List<decimal> Split(decimal total, int parts, bool toFen)
    {
        var decimals = toFen ? 6 : 2;
        var weights = Enumerable.Range(0, parts).Select(_ => Rng.Decimal(0.2m, 1m, 3)).ToList();
        var sum = weights.Sum();
        var result = weights.Select(w => Math.Round(total * w / sum, decimals, MidpointRounding.ToZero)).ToList();
        result[^1] = total - result.Take(parts - 1).Sum();
        return result;
    }

    /// <summary>Spending lines from the unit's portfolio adding up to <paramref name="total"/>.</summary>
    public List<(string Name, decimal Amount)> PortfolioLines(decimal total, int count, bool toFen, IReadOnlyList<string>? pool = null)
    {
        var names = (pool ?? Facts.Portfolio).ToList();
        Rng.Shuffle(names);
        var amounts = Split(total, Math.Min(count, names.Count), toFen);
        return [.. amounts.Select((a, i) => (names[i], a))];
    }

    /// <summary>Records a spending line; <paramref name="writtenUnit"/> is the unit the text attaches to it.</summary>
    public string AddSpending(string name, decimal statedWan, string writtenUnit, string? category = null)
    {
        var mark = TruthDraft.NextMark("spending", Truth.Spending.Count);
        Truth.Spending.Add((new SpendingLine { Name = name, Amount = statedWan, SourceUnit = writtenUnit, Category = category ?? ProjectCatalog.CategoryOf(name) }, mark));
        return mark;
    }

    /// <summary>
    /// Writes spending lines into the current paragraph ("A 12.5万元、B 3万元"). With the unit_mislabel anomaly one
    /// line's 万元 amount is written with 元.
    /// </summary>
    public void NarrativeLines(IReadOnlyList<(string Name, decimal Amount)> lines, bool mislabel, string? category = null)
    {
        var wrong = mislabel ? Rng.Next(lines.Count) : -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var (name, amount) = lines[i];
            var unitWord = i == wrong ? "元" : "万元";
            var stated = i == wrong ? amount / 10000m : amount;
            var mark = AddSpending(name, stated, unitWord, category);
            Doc.Add(i == 0 ? "" : Rng.Chance(0.5) ? "，" : "、").Add(name + Money.Wan(amount) + unitWord, mark);
        }
        if (mislabel)
        {
            PlantFlag(Anomaly.UnitMislabel);
        }
    }
}
