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
        Units = UnitCatalog.Build(regions, spec.Seed);
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

    public string Kind(int series)
    {
        var allowed = spec.Kinds;
        if (series / Units.Count == 0 && allowed.Contains(ReportKinds.Overall))
        {
            return ReportKinds.Overall;
        }
        // After each unit's overall report: four project series to one key evaluation.
        var choices = new List<string>();
        if (allowed.Contains(ReportKinds.Project))
        {
            choices.AddRange(Enumerable.Repeat(ReportKinds.Project, 4));
        }
        if (allowed.Contains(ReportKinds.KeyEvaluation))
        {
            choices.Add(ReportKinds.KeyEvaluation);
        }
        return choices.Count == 0 ? ReportKinds.Overall : Rng.For(spec.Seed, "kind", series).Pick(choices);
    }

    public bool IsAnomalous(int index) => anomalous[index];

    public string Format(int index) => spec.Formats[Rng.For(spec.Seed, "format", index).Next(spec.Formats.Count)];

    public Layout LayoutFor(int index, string kind, string format)
    {
        var candidates = Enum.GetValues<Layout>().Where(l => l.SupportsKind(kind) && l.SupportsFormat(format))
            .SelectMany(l => Enumerable.Repeat(l, l.Weight())).ToList();
        return Rng.For(spec.Seed, "layout", index).Pick(candidates);
    }
}
