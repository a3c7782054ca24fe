using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Figures;

/// <summary>One township's study, exam and training figures for a year.</summary>
internal sealed record StudyYear(
    IReadOnlyDictionary<StudyKind, int> Sessions,
    int Planned,
    int Present,
    int Expected,
    decimal PersonHours,
    int StaffServed,
    int Exams,
    int ExamExpected,
    int ExamSat,
    int ExamPassed,
    int Trainings,
    int TrainingParticipants,
    int OfficerTrainings,
    int ResidentTrainings,
    int ResidentParticipants)
{
    public static StudyYear Empty { get; } = new(new Dictionary<StudyKind, int>(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public int Held => Sessions.Values.Sum();
}

/// <summary>One township's 普法 figures for a year.</summary>
internal sealed record PublicityYear(
    int Activities,
    int SchoolActivities,
    int SchoolReached,
    int PeopleReached,
    IReadOnlyDictionary<ThemeCategory, int> ByCategory,
    int Leaflets,
    int LawBooks,
    int Banners,
    int Slogans,
    int GroupsReached,
    int Groups,
    int LegalLiterates,
    int DemonstrationVillages,
    int SchoolsWithViceprincipal,
    int Responsibilities,
    int ResponsibilitiesDone)
{
    public static PublicityYear Empty { get; } = new(0, 0, 0, 0, new Dictionary<ThemeCategory, int>(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

/// <summary>
/// The module's figures for a set of townships and a year, each read with one grouped query per record type (never a
/// query per township), year-true: sessions, exams, trainings and activities by their own dates; the registers
/// (staff, 法律明白人, 示范村, 法治副校长) as they stood in that year, by their effective dates.
/// </summary>
internal sealed class EducationFigures(FazhiDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, StudyYear>> StudyAsync(IReadOnlyCollection<Guid> townships, int year, CancellationToken ct)
    {
        var ids = townships.ToList();
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var sessions = await db.Set<StudySession>().AsNoTracking().IgnoreAutoIncludes()
            .Where(s => ids.Contains(s.TownshipId) && s.HeldOn >= first && s.HeldOn <= last)
            .GroupBy(s => new { s.TownshipId, s.Kind }).Select(g => new { g.Key.TownshipId, g.Key.Kind, Count = g.Count() }).ToListAsync(ct);
        // Per session (a township holds a few dozen a year), summed here: SQLite has no decimal aggregates.
        var attendance = (await db.Set<StudySession>().AsNoTracking().IgnoreAutoIncludes()
            .Where(s => ids.Contains(s.TownshipId) && s.HeldOn >= first && s.HeldOn <= last)
            .Select(s => new { s.TownshipId, s.Hours, Present = s.Attendance.Count(a => a.Present), Expected = s.Attendance.Count() })
            .ToListAsync(ct))
            .GroupBy(s => s.TownshipId)
            .Select(g => new { TownshipId = g.Key, Present = g.Sum(s => s.Present), Expected = g.Sum(s => s.Expected), Hours = g.Sum(s => s.Hours * s.Present) })
            .ToList();
        var planned = await db.Set<StudyPlanItem>().AsNoTracking()
            .Join(db.Set<StudyPlan>().Where(p => ids.Contains(p.TownshipId) && p.Year == year), i => i.PlanId, p => p.Id, (i, p) => p.TownshipId)
            .GroupBy(t => t).Select(g => new { TownshipId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var staff = await db.Set<StaffMember>().AsNoTracking()
            .Where(s => ids.Contains(s.TownshipId) && s.JoinedOn <= last && (s.LeftOn == null || s.LeftOn >= first))
            .GroupBy(s => s.TownshipId).Select(g => new { TownshipId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var exams = await db.Set<LegalExam>().AsNoTracking().IgnoreAutoIncludes()
            .Where(e => ids.Contains(e.TownshipId) && e.HeldOn >= first && e.HeldOn <= last)
            .GroupBy(e => e.TownshipId).Select(g => new { TownshipId = g.Key, Count = g.Count(), Expected = g.Sum(e => e.Expected) }).ToListAsync(ct);
        // A join, not SelectMany over the navigation: SQLite cannot translate the APPLY that would need.
        var results = (await db.Set<ExamResult>().AsNoTracking().Where(r => r.Attendance == ExamAttendance.Sat)
            .Join(db.Set<LegalExam>().IgnoreAutoIncludes().Where(e => ids.Contains(e.TownshipId) && e.HeldOn >= first && e.HeldOn <= last),
                r => r.ExamId, e => e.Id, (r, e) => new { e.TownshipId, r.Score, e.PassMark })
            .ToListAsync(ct))
            .GroupBy(r => r.TownshipId).Select(g => new { TownshipId = g.Key, Sat = g.Count(), Passed = g.Count(r => r.Score >= r.PassMark) }).ToList();
        var trainings = await db.Set<Training>().AsNoTracking()
            .Where(t => ids.Contains(t.TownshipId) && t.HeldOn >= first && t.HeldOn <= last)
            .GroupBy(t => new { t.TownshipId, t.Audience }).Select(g => new { g.Key.TownshipId, g.Key.Audience, Count = g.Count(), People = g.Sum(t => t.Participants) }).ToListAsync(ct);

        // Looked up by township: scanning every row once per township grows with the square of the county (bench/Fazhi.Bench.Scale).
        var attendanceByTownship = attendance.ToLookup(x => x.TownshipId);
        var examsByTownship = exams.ToLookup(x => x.TownshipId);
        var resultsByTownship = results.ToLookup(x => x.TownshipId);
        var trainingsByTownship = trainings.ToLookup(x => x.TownshipId);
        var sessionsByTownship = sessions.ToLookup(x => x.TownshipId);
        var plannedByTownship = planned.ToLookup(x => x.TownshipId);
        var staffByTownship = staff.ToLookup(x => x.TownshipId);
        return ids.Distinct().ToDictionary(id => id, id =>
        {
            var a = attendanceByTownship[id].FirstOrDefault();
            var e = examsByTownship[id].FirstOrDefault();
            var r = resultsByTownship[id].FirstOrDefault();
            var t = trainingsByTownship[id].ToList();
            return new StudyYear(
                sessionsByTownship[id].ToDictionary(s => s.Kind, s => s.Count),
                plannedByTownship[id].FirstOrDefault()?.Count ?? 0,
                a?.Present ?? 0, a?.Expected ?? 0, a?.Hours ?? 0,
                staffByTownship[id].FirstOrDefault()?.Count ?? 0,
                e?.Count ?? 0, e?.Expected ?? 0, r?.Sat ?? 0, r?.Passed ?? 0,
                t.Sum(x => x.Count), t.Sum(x => x.People),
                t.Where(x => x.Audience == TrainingAudience.Officers).Sum(x => x.Count),
                t.Where(x => x.Audience == TrainingAudience.Residents).Sum(x => x.Count),
                t.Where(x => x.Audience == TrainingAudience.Residents).Sum(x => x.People));
        });
    }

    public async Task<IReadOnlyDictionary<Guid, PublicityYear>> PublicityAsync(IReadOnlyCollection<Guid> townships, int year, CancellationToken ct)
    {
        var ids = townships.ToList();
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var activities = await db.Set<PublicityActivity>().AsNoTracking()
            .Where(a => ids.Contains(a.TownshipId) && a.HeldOn >= first && a.HeldOn <= last)
            .GroupBy(a => new { a.TownshipId, a.Category, School = a.Venue == VenueKind.School })
            .Select(g => new
            {
                g.Key.TownshipId, g.Key.Category, g.Key.School, Count = g.Count(), People = g.Sum(a => a.PeopleReached),
                Leaflets = g.Sum(a => a.Leaflets), LawBooks = g.Sum(a => a.LawBooks), Banners = g.Sum(a => a.Banners), Slogans = g.Sum(a => a.Slogans),
            }).ToListAsync(ct);
        // Coverage: 村民小组 reached by an activity held in the village that year (none listed = the whole village).
        var villageVisits = await db.Set<PublicityActivity>().AsNoTracking()
            .Where(a => ids.Contains(a.TownshipId) && a.HeldOn >= first && a.HeldOn <= last && a.Venue == VenueKind.Village)
            .Select(a => new { a.TownshipId, a.VillageId, a.GroupsCovered }).ToListAsync(ct);
        // Year-true (ADR 0017): the groups that stood at the end of the year, as the other registers count.
        var groups = await db.Set<VillageGroup>().AsNoTracking()
            .Where(g => ids.Contains(g.TownshipId) && (g.ValidFrom == null || g.ValidFrom <= last) && (g.ValidTo == null || g.ValidTo >= last))
            .Select(g => new { g.TownshipId, g.VillageId, g.Id }).ToListAsync(ct);
        var literates = await db.Set<LegalLiterateResident>().AsNoTracking()
            .Where(r => ids.Contains(r.TownshipId) && r.JoinedOn <= last && (r.LeftOn == null || r.LeftOn >= last))
            .GroupBy(r => r.TownshipId).Select(g => new { TownshipId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var villages = await db.Set<DemonstrationVillage>().AsNoTracking()
            .Where(d => ids.Contains(d.TownshipId) && d.DesignatedOn <= last && (d.WithdrawnOn == null || d.WithdrawnOn >= last))
            .GroupBy(d => d.TownshipId).Select(g => new { TownshipId = g.Key, Count = g.Select(d => d.VillageId).Distinct().Count() }).ToListAsync(ct);
        var schools = await db.Set<School>().AsNoTracking()
            .Where(s => ids.Contains(s.TownshipId) && s.ViceprincipalName != null && s.AppointedOn <= last && (s.TermEndsOn == null || s.TermEndsOn >= last))
            .GroupBy(s => s.TownshipId).Select(g => new { TownshipId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var duties = await db.Set<ResponsibilityItem>().AsNoTracking()
            .Join(db.Set<PublicityPlan>().Where(p => ids.Contains(p.TownshipId) && p.Year == year), i => i.PlanId, p => p.Id, (i, p) => new { p.TownshipId, Done = i.DoneOn != null && i.DoneOn <= last })
            .GroupBy(x => x.TownshipId).Select(g => new { TownshipId = g.Key, Count = g.Count(), Done = g.Count(x => x.Done) }).ToListAsync(ct);

        // Looked up by township: scanning every row once per township grows with the square of the county (bench/Fazhi.Bench.Scale).
        var activitiesByTownship = activities.ToLookup(x => x.TownshipId);
        var groupsByTownship = groups.ToLookup(x => x.TownshipId);
        var villageVisitsByTownship = villageVisits.ToLookup(x => x.TownshipId);
        var dutiesByTownship = duties.ToLookup(x => x.TownshipId);
        var literatesByTownship = literates.ToLookup(x => x.TownshipId);
        var villagesByTownship = villages.ToLookup(x => x.TownshipId);
        var schoolsByTownship = schools.ToLookup(x => x.TownshipId);
        return ids.Distinct().ToDictionary(id => id, id =>
        {
            var rows = activitiesByTownship[id].ToList();
            var ofTownship = groupsByTownship[id].ToList();
            var reached = new HashSet<Guid>();
            foreach (var visit in villageVisitsByTownship[id])
            {
                var inVillage = ofTownship.Where(g => g.VillageId == visit.VillageId).Select(g => g.Id);
                reached.UnionWith(visit.GroupsCovered.Count == 0 ? inVillage : visit.GroupsCovered.Intersect(inVillage));
            }

            var duty = dutiesByTownship[id].FirstOrDefault();
            return new PublicityYear(
                rows.Where(r => !r.School).Sum(r => r.Count), rows.Where(r => r.School).Sum(r => r.Count), rows.Where(r => r.School).Sum(r => r.People),
                rows.Sum(r => r.People),
                rows.GroupBy(r => r.Category).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)),
                rows.Sum(r => r.Leaflets), rows.Sum(r => r.LawBooks), rows.Sum(r => r.Banners), rows.Sum(r => r.Slogans),
                reached.Count, ofTownship.Count,
                literatesByTownship[id].FirstOrDefault()?.Count ?? 0,
                villagesByTownship[id].FirstOrDefault()?.Count ?? 0,
                schoolsByTownship[id].FirstOrDefault()?.Count ?? 0,
                duty?.Count ?? 0, duty?.Done ?? 0);
        });
    }
}
