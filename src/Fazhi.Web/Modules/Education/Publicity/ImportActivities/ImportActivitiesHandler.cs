using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Publicity.ImportActivities;

/// <summary>
/// 导入普法活动台账 (the columns of <see cref="ActivityLedger.Columns"/>): theme by its name in the calendar, venue by
/// type and village or school name. A row without a theme or a place is refused with the activity's own rule; an
/// activity already recorded (same day, title and place) is skipped.
/// </summary>
internal sealed class ImportActivitiesHandler(FazhiDbContext db, TimeProvider clock)
{
    private static readonly string[] CountColumns = ["受教育人次", "宣传资料（份）", "法律书籍（册）", "横幅（条）", "标语（张）"];

    public async Task<ImportReport> HandleAsync(Actor actor, Stream xlsx, CancellationToken ct)
    {
        WhoMayRule.Of<ActivitiesRecordedWhereTheyHappen>().Check(actor);
        var townshipId = actor.TownshipId!.Value;
        var rows = Sheet.ReadOrReport(xlsx, ["活动日期", "活动主题", "地点类型", "受教育人次"], out var failure);
        if (rows is null)
        {
            return failure!;
        }

        var villages = await db.Set<Village>().AsNoTracking().Where(v => v.TownshipId == townshipId).ToListAsync(ct);
        var schools = await db.Set<School>().AsNoTracking().Where(s => s.TownshipId == townshipId).ToListAsync(ct);
        var existing = (await db.Set<PublicityActivity>().AsNoTracking().Where(a => a.TownshipId == townshipId).Select(a => new { a.HeldOn, a.Title, a.VillageId, a.SchoolId, a.Place }).ToListAsync(ct))
            .Select(a => (a.HeldOn, a.Title, a.VillageId, a.SchoolId, a.Place)).ToHashSet();
        var today = Platform.Time.ChinaTime.Today(clock);
        var now = clock.GetUtcNow();
        var errors = new List<RowError>();
        var saved = 0;
        foreach (var row in rows)
        {
            var heldOn = row.Date("活动日期");
            var themeName = row.Text("活动主题");
            var theme = ThemeCalendar.All.FirstOrDefault(t => t.Name == themeName || t.Code == themeName);
            var venueText = row.Text("地点类型");
            var venue = Enum.GetValues<VenueKind>().Cast<VenueKind?>().FirstOrDefault(v => EducationLabels.Venue(v!.Value) == venueText || (venueText.Length > 0 && EducationLabels.Venue(v!.Value).StartsWith(venueText, StringComparison.Ordinal)));
            var village = villages.FirstOrDefault(v => v.Name == row.Text("村（社区）"));
            var school = schools.FirstOrDefault(s => s.Name == row.Text("学校"));
            var formText = row.Text("活动形式");
            var form = Enum.GetValues<ActivityForm>().Cast<ActivityForm?>().FirstOrDefault(f => EducationLabels.Form(f!.Value) == formText) ?? ActivityForm.StallAndConsultation;
            var counts = CountColumns.ToDictionary(c => c, c => row.Text(c).Length == 0 ? 0 : row.Count(c));
            var problem = heldOn is null ? "活动日期不是有效日期"
                : counts.FirstOrDefault(c => c.Value is null) is { Key: { } bad } ? $"{bad}不是整数"
                : null;
            if (problem is not null)
            {
                errors.Add(new RowError(row.Number, row.Text("活动名称"), problem));
                continue;
            }

            try
            {
                var facts = new ActivityFacts(heldOn!.Value, theme?.Code, row.Text("活动名称"), venue, village?.Id, school?.Id, row.Text("具体地点"), form, counts["受教育人次"]!.Value,
                    new Dictionary<MaterialKind, int>
                    {
                        [MaterialKind.Leaflets] = counts["宣传资料（份）"]!.Value,
                        [MaterialKind.LawBooks] = counts["法律书籍（册）"]!.Value,
                        [MaterialKind.Banners] = counts["横幅（条）"]!.Value,
                        [MaterialKind.Slogans] = counts["标语（张）"]!.Value,
                    }, [], row.Text("组织单位"));
                var activity = PublicityActivity.Record(townshipId, facts, village is not null, school is not null, actor.Name, now, today);
                if (!existing.Add((activity.HeldOn, activity.Title, activity.VillageId, activity.SchoolId, activity.Place)))
                {
                    continue;
                }

                db.Add(activity);
                saved++;
            }
            catch (BusinessRuleException refused)
            {
                errors.Add(new RowError(row.Number, row.Text("活动名称"), refused.Message));
            }
        }

        await db.SaveChangesAsync(ct);
        return new ImportReport(saved, errors);
    }
}
