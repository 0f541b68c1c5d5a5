namespace PerfEval.Generator.Layouts;

/// <summary>Narrative sections shared by the layouts.</summary>
public sealed partial class ReportWriter
{
    public void Heading(string heading) => Doc.Line(NextSection(heading));

    public void Duties()
    {
        var duties = Facts.Unit.IsStreet ? Rng.Pick(Phrases.StreetDuties) : Rng.Pick(Phrases.DepartmentDuties);
        Doc.Line(UnitShort + duties);
    }

    /// <summary>A sentence placing the unit in its city and district (the region clue).</summary>
    public void RegionClue()
    {
        Doc.Line(Rng.Next(3) switch
        {
            0 => $"{Self}位于{CityDistrict}，辖区面积约{Money.Int(Rng.Between(3, 60))}平方公里，常住人口约{Money.Int(Rng.Between(2, 12))}万人。",
            1 => $"{Self}隶属于{CityDistrict}，下辖{Money.Int(Rng.Between(4, 14))}个社区（村）。",
            _ => $"本报告经{CityDistrict}财政局审核后，在{CityDistrict}人民政府门户网站公开。",
        });
    }

    public void StaffNarrative()
    {
        Doc.Add($"截至{Year}年底，{Self}核定编制").Add(Money.Int(Facts.StaffPosts) + "名", "staff").Add($"，实有在职人员{Money.Int(Facts.StaffServing)}人。").End();
        Truth.Staff = new Extraction.Model.StaffFigures(Facts.StaffPosts, Facts.StaffServing);
        Truth.Cite("staff", "staff");
    }

    public void Process()
    {
        Doc.Line(Rng.Pick(Phrases.ProcessTexts));
    }

    /// <summary>One or two work details carrying figures that are no budget amount.</summary>
    public void Details()
    {
        foreach (var detail in Pick(Phrases.Details, Rng.Between(1, 2)))
        {
            var line = detail.Replace("{n}", Money.Int(Facts.Year + 1), StringComparison.Ordinal)
                .Replace("{m}", Money.Int(Rng.Between(20, 900) * 100), StringComparison.Ordinal);
            while (line.Contains("{a}", StringComparison.Ordinal))
            {
                var at = line.IndexOf("{a}", StringComparison.Ordinal);
                line = line[..at] + Money.Int(Rng.Between(3, 600)) + line[(at + 3)..];
            }
            Doc.Line(line);
        }
    }

    /// <summary>The problems and improvements sections, stated as the record's text fields.</summary>
    public void ProblemsAndImprovements()
    {
        Heading(Rng.Pick(Phrases.ProblemHeadings));
        var problems = string.Concat(Pick(Phrases.Problems, 2));
        Doc.Add(problems, "problems").End();
        Truth.Problems = problems;
        Truth.Cite("problems", "problems");
        Heading(Rng.Pick(Phrases.ImprovementHeadings));
        var improvements = string.Concat(Pick(Phrases.Improvements, Rng.Between(2, 3)));
        Doc.Add(improvements, "improvements").End();
        Truth.Improvements = improvements;
        Truth.Cite("improvements", "improvements");
    }

    public void Signature(string? signer)
    {
        if (signer is not null)
        {
            Doc.Line(signer);
        }
        Doc.Line($"{Money.Int(Facts.Year + 1)}年{Money.Int(Rng.Between(3, 6))}月{Money.Int(Rng.Between(1, 28))}日");
    }

    private List<string> Pick(string[] pool, int count)
    {
        var copy = pool.ToList();
        Rng.Shuffle(copy);
        return copy.Take(count).ToList();
    }
}
