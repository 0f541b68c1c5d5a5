using PerfEval.Generator.Regions;

namespace PerfEval.Generator.Planning;

/// <summary>
/// Maps a report index to its unit, year, kind, format, layout and anomaly. Report i belongs to series i / years
/// (one unit and kind followed over the years) and year i % years, so the same units recur with drifting figures.
/// </summary>
public sealed class CorpusPlan
{
    private readonly CorpusSpec spec;
    private readonly bool[] anomalous;

    public CorpusPlan(CorpusSpec spec, RegionSet regions)
    {
        this.spec = spec;
        Regions = regions;
        var units = UnitCatalog.Build(regions, spec.Seed);
        // Departments write overall and project reports; a corpus of key evaluations only is about streets.
        Units = spec.Kinds.Any(k => k != ReportKinds.KeyEvaluation) ? units : [.. units.Where(u => u.IsStreet)];
        if (Units.Count == 0)
        {
            throw new ArgumentException($"'{spec.City}' has no streets in the gazetteer");
        }
        anomalous = new bool[spec.Count];
        var order = Enumerable.Range(0, spec.Count).ToList();
        Rng.For(spec.Seed, "anomalies").Shuffle(order);
        var planted = (int)Math.Round(spec.Count * spec.AnomalyRate, MidpointRounding.AwayFromZero);
        foreach (var i in order.Take(planted))
        {
            anomalous[i] = true;
        }
    }

    public RegionSet Regions { get; }

    public IReadOnlyList<Unit> Units { get; }

    public int Series(int index) => index / spec.Years.Count;

    public int Year(int index) => spec.Years[index % spec.Years.Count];

    public int YearIndex(int index) => index % spec.Years.Count;

    public Unit SeriesUnit(int series) => Units[series % Units.Count];

    /// <summary>
    /// A unit's series run through: overall report, two project series, its bundle of small projects, then more
    /// project series (about one in five a key evaluation, for streets). Each unit starts that list at a different place (its index mod 4), so
    /// even a corpus with one series per unit mixes the kinds; its later series walk the rest of the list.
    /// </summary>
    public SeriesSlot Slot(int series)
    {
        var unit = SeriesUnit(series);
        var round = series / Units.Count;
        var lead = unit.Index % 4;
        var position = round == 0 ? lead : round <= lead ? round - 1 : round;
        return SlotAt(unit, position);
    }

    private SeriesSlot SlotAt(Unit unit, int position)
    {
        var projects = spec.Kinds.Contains(ReportKinds.Project);
        var keys = spec.Kinds.Contains(ReportKinds.KeyEvaluation) && unit.IsStreet;
        var singles = projects || keys;
        var head = new List<SeriesSlot>();
        if (spec.Kinds.Contains(ReportKinds.Overall))
        {
            head.Add(new SeriesSlot(unit, ReportKinds.Overall, false, 0));
        }
        if (singles)
        {
            head.Add(Single(unit, 0, projects, keys));
            head.Add(Single(unit, 1, projects, keys));
        }
        if (projects)
        {
            head.Add(new SeriesSlot(unit, ReportKinds.Project, true, 0));
        }
        if (position < head.Count)
        {
            return head[position];
        }
        // Only overall reports asked for and more series than units: the unit's overall report again.
        return singles ? Single(unit, position - head.Count + 2, projects, keys) : head[0];
    }

    /// <summary>Project series number <paramref name="slot"/> of the unit; about one in five is a key evaluation.</summary>
    private SeriesSlot Single(Unit unit, int slot, bool projects, bool keys)
    {
        var key = keys && (!projects || Rng.For(spec.Seed, "kind", (unit.Index * 65536L) + slot).Next(5) == 0);
        return new SeriesSlot(unit, key ? ReportKinds.KeyEvaluation : ReportKinds.Project, false, slot);
    }

    public bool IsAnomalous(int index) => anomalous[index];

    public string Format(int index) => spec.Formats[Rng.For(spec.Seed, "format", index).Next(spec.Formats.Count)];

    /// <summary>A bundle is always a list of projects; a single project never is.</summary>
    public Layout LayoutFor(int index, SeriesSlot slot, string format)
    {
        if (slot.Bundle)
        {
            return Layout.ProjectLineItems;
        }
        var candidates = Enum.GetValues<Layout>().Where(l => l.SupportsKind(slot.Kind) && l.SupportsFormat(format) && l != Layout.ProjectLineItems)
            .SelectMany(l => Enumerable.Repeat(l, l.Weight())).ToList();
        return Rng.For(spec.Seed, "layout", index).Pick(candidates);
    }
}
