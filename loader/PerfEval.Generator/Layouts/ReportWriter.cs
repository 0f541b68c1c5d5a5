using PerfEval.Extraction.Model;
using PerfEval.Generator.Documents;
using PerfEval.Generator.Planning;
using PerfEval.Generator.Regions;
using PerfEval.Generator.Truth;

namespace PerfEval.Generator.Layouts;

/// <summary>
/// Writes one report: the document and, in step, the truth of what it states. Layouts call its section helpers
/// in their own order with their own wording; a value enters the truth only where the text states it.
/// </summary>
public sealed partial class ReportWriter
{
    private int statementCount;
    private int sectionCount;

    public ReportWriter(ReportFacts facts, Rng rng, RegionSet regions)
    {
        Facts = facts;
        Rng = rng;
        Regions = regions;
        Money = new Money(InYuan: false, Grouped: rng.Chance(0.3), TrimZeros: rng.Chance(0.25));
        UnitShort = facts.Unit.Street?.Name ?? facts.Unit.OfficialName;
        Self = facts.Unit.UnitType switch { "街道" => "我街道", "乡镇" => "我镇", _ => "我单位" };
    }

    public ReportFacts Facts { get; }
    public Rng Rng { get; }
    public RegionSet Regions { get; }
    public DocBuilder Doc { get; } = new();
    public TruthDraft Truth { get; } = new();

    /// <summary>The report's amount style; layouts may switch tables to 元.</summary>
    public Money Money { get; set; }

    public string UnitShort { get; }

    /// <summary>How the unit refers to itself in the body (我街道, 我镇, 我单位).</summary>
    public string Self { get; }

    public string CityDistrict => Regions.City + Facts.Unit.District.Name;

    /// <summary>Writes the year (and the kind's title) as the fiscal-year evidence.</summary>
    public string Year => Money.Int(Facts.Year);

    /// <summary>Picks how the unit's name is written in this report (with or without its city and district).</summary>
    public string WrittenUnitName(bool allowBare = true)
    {
        var official = Facts.Unit.OfficialName;
        var district = Facts.Unit.District.Name;
        if (!Facts.Unit.IsStreet)
        {
            return Rng.Chance(0.5) && !official.StartsWith(Regions.City, StringComparison.Ordinal)
                ? official.StartsWith("中共", StringComparison.Ordinal) ? "中共" + Regions.City + official[2..] : Regions.City + official
                : official;
        }
        return Rng.Next(allowBare ? 3 : 2) switch
        {
            0 => Regions.City + district + official,
            1 => district + official,
            _ => official,
        };
    }

    /// <summary>States the unit, its type, and the region the text's clues resolve to.</summary>
    public void StateIdentity(string writtenName, bool regionClued)
    {
        Truth.UnitName = writtenName;
        Truth.UnitType = Facts.Unit.UnitType;
        Truth.Cite("unitName", "unitName");
        Truth.Kind = Facts.Kind;
        Truth.FiscalYear = Facts.Year;
        Truth.Cite("fiscalYear", "fiscalYear");
        Truth.Region = regionClued ? ResolvedRegion() : BareStreetRegion();
    }

    public void PlantFlag(Anomaly anomaly)
    {
        if (anomaly != Anomaly.None && !Truth.PlantedFlags.Contains(anomaly.RuleId()))
        {
            Truth.PlantedFlags.Add(anomaly.RuleId());
        }
    }

    /// <summary>"一、" "二、" … in order of the sections written.</summary>
    public string NextSection(string heading)
    {
        sectionCount++;
        return Chinese(sectionCount) + "、" + heading;
    }

    public string NextStatementMark() => TruthDraft.NextMark("statement", statementCount++);

    public static string Chinese(int n) => n switch
    {
        <= 10 => "零一二三四五六七八九十"[n].ToString(),
        < 20 => "十" + "零一二三四五六七八九"[n - 10],
        _ => Money.Int(n),
    };

    private RegionMatch ResolvedRegion()
    {
        var unit = Facts.Unit;
        return new RegionMatch
        {
            Province = Regions.Province,
            City = Regions.City,
            District = unit.District.Name,
            Street = unit.Street?.Name,
            Code = unit.RegionCode,
        };
    }

    /// <summary>Only the street's name is written: resolved when the name is unique in the country, else candidates.</summary>
    private RegionMatch BareStreetRegion()
    {
        var street = Facts.Unit.Street!;
        var namesakes = Regions.StreetsNamed(street.Name);
        if (namesakes.Count <= 1)
        {
            return ResolvedRegion();
        }
        return new RegionMatch
        {
            Street = street.Name,
            Candidates = [.. namesakes.Select(s => new RegionCandidate(s.Code, s.Province, s.City, s.District, s.Name))],
        };
    }
}
