using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Publicity;

internal sealed record ActivityResponse(Guid Id, DateOnly HeldOn, string ThemeCode, string Theme, string Title, VenueKind Venue, Guid? VillageId, Guid? SchoolId, string Place,
    ActivityForm Form, int PeopleReached, int Leaflets, int LawBooks, int Banners, int Slogans, IReadOnlyList<Guid> GroupsCovered)
{
    public static ActivityResponse From(PublicityActivity a) => new(a.Id, a.HeldOn, a.ThemeCode, ThemeCalendar.Find(a.ThemeCode)?.Name ?? a.ThemeCode, a.Title, a.Venue, a.VillageId, a.SchoolId,
        a.Place, a.Form, a.PeopleReached, a.Leaflets, a.LawBooks, a.Banners, a.Slogans, a.GroupsCovered);
}

/// <summary>Coverage of one village in a year: activities, people reached and 村民小组 reached of those registered.</summary>
internal sealed record VillageCoverage(Guid VillageId, string Village, int Activities, int PeopleReached, int GroupsReached, int Groups, int LegalLiterates, string? Demonstration);

/// <summary>普法活动台账: filters, paging in SQL, export and import in one shape, coverage by village.</summary>
internal sealed class ActivityLedger(FazhiDbContext db)
{
    public static readonly string[] Columns = ["活动日期", "活动主题", "活动名称", "地点类型", "村（社区）", "学校", "具体地点", "活动形式", "受教育人次", "宣传资料（份）", "法律书籍（册）", "横幅（条）", "标语（张）", "组织单位"];

    public IQueryable<PublicityActivity> Query(Guid townshipId, int year, ThemeCategory? category, VenueKind? venue)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var query = db.Set<PublicityActivity>().AsNoTracking().Where(a => a.TownshipId == townshipId && a.HeldOn >= first && a.HeldOn <= last);
        if (category is not null)
        {
            query = query.Where(a => a.Category == category);
        }

        return venue is null ? query : query.Where(a => a.Venue == venue);
    }

    public async Task<byte[]> ExportAsync(Guid townshipId, int year, CancellationToken ct)
    {
        var rows = await Query(townshipId, year, null, null).OrderBy(a => a.HeldOn).ThenBy(a => a.Title).ToListAsync(ct);
        var villages = await db.Set<Village>().AsNoTracking().Where(v => v.TownshipId == townshipId).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        var schools = await db.Set<School>().AsNoTracking().Where(s => s.TownshipId == townshipId).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return Sheet.Write(rows.Select(a => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["活动日期"] = Sheet.Day(a.HeldOn),
            ["活动主题"] = ThemeCalendar.Find(a.ThemeCode)?.Name ?? a.ThemeCode,
            ["活动名称"] = a.Title,
            ["地点类型"] = EducationLabels.Venue(a.Venue),
            ["村（社区）"] = a.VillageId is { } v ? villages.GetValueOrDefault(v) : "",
            ["学校"] = a.SchoolId is { } s ? schools.GetValueOrDefault(s) : "",
            ["具体地点"] = a.Place,
            ["活动形式"] = EducationLabels.Form(a.Form),
            ["受教育人次"] = a.PeopleReached,
            ["宣传资料（份）"] = a.Leaflets,
            ["法律书籍（册）"] = a.LawBooks,
            ["横幅（条）"] = a.Banners,
            ["标语（张）"] = a.Slogans,
            ["组织单位"] = a.Organizer,
        }), Columns, "普法活动台账");
    }

    /// <summary>Each village's year: activities held there, people reached, groups reached, 法律明白人 and 示范村 standing.</summary>
    public async Task<IReadOnlyList<VillageCoverage>> CoverageAsync(Guid townshipId, int year, CancellationToken ct)
    {
        var last = new DateOnly(year, 12, 31);
        var villages = await db.Set<Village>().AsNoTracking().Where(v => v.TownshipId == townshipId).OrderBy(v => v.DivisionCode).ToListAsync(ct);
        var activities = await Query(townshipId, year, null, VenueKind.Village).Select(a => new { a.VillageId, a.PeopleReached, a.GroupsCovered }).ToListAsync(ct);
        var groups = await db.Set<VillageGroup>().AsNoTracking().Where(g => g.TownshipId == townshipId).Select(g => new { g.Id, g.VillageId }).ToListAsync(ct);
        var literates = await db.Set<LegalLiterateResident>().AsNoTracking()
            .Where(r => r.TownshipId == townshipId && r.JoinedOn <= last && (r.LeftOn == null || r.LeftOn >= last)).GroupBy(r => r.VillageId)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var designations = await db.Set<DemonstrationVillage>().AsNoTracking()
            .Where(d => d.TownshipId == townshipId && d.DesignatedOn <= last && (d.WithdrawnOn == null || d.WithdrawnOn >= last)).ToListAsync(ct);
        return [.. villages.Select(v =>
        {
            var here = activities.Where(a => a.VillageId == v.Id).ToList();
            var ofVillage = groups.Where(g => g.VillageId == v.Id).Select(g => g.Id).ToHashSet();
            var reached = here.Any(a => a.GroupsCovered.Count == 0) ? ofVillage.Count : here.SelectMany(a => a.GroupsCovered).Where(ofVillage.Contains).Distinct().Count();
            var best = designations.Where(d => d.VillageId == v.Id).OrderBy(d => d.Level).FirstOrDefault();
            return new VillageCoverage(v.Id, v.Name, here.Count, here.Sum(a => a.PeopleReached), reached, ofVillage.Count,
                literates.FirstOrDefault(l => l.Key == v.Id)?.Count ?? 0, best is null ? null : EducationLabels.Level(best.Level) + "民主法治示范村");
        })];
    }
}
