using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Registers.ImportRegister;

/// <summary>
/// 导入普法台账: one of the village-level registers (schools and 法治副校长, 法律明白人, 民主法治示范村, 村民小组, the
/// 谁执法谁普法 responsibility list with its 完成日期 as the check-off). Rows update the entry they name, so a corrected
/// sheet can be imported again; bad rows are reported with the reason.
/// </summary>
internal sealed class ImportRegisterHandler(FazhiDbContext db)
{
    public async Task<ImportReport> HandleAsync(Actor actor, RegisterKind kind, Stream xlsx, CancellationToken ct)
    {
        if (kind == RegisterKind.Responsibilities)
        {
            WhoMayRule.Of<PublicityPlanKeptByClerkOrLeader>().Check(actor);
        }
        else
        {
            WhoMayRule.Of<RegistersKeptByClerkOrLeader>().Check(actor);
        }

        var townshipId = actor.TownshipId!.Value;
        var rows = Sheet.ReadOrReport(xlsx, RegisterSheets.Required(kind), out var failure);
        if (rows is null)
        {
            return failure!;
        }

        var villages = await db.Set<Village>().AsNoTracking().Where(v => v.TownshipId == townshipId).ToListAsync(ct);
        var errors = new List<RowError>();
        var saved = 0;
        var schools = kind == RegisterKind.Schools ? await db.Set<School>().Where(s => s.TownshipId == townshipId).ToListAsync(ct) : [];
        var literates = kind == RegisterKind.LegalLiterates ? await db.Set<LegalLiterateResident>().Where(s => s.TownshipId == townshipId).ToListAsync(ct) : [];
        var designations = kind == RegisterKind.DemonstrationVillages ? await db.Set<DemonstrationVillage>().Where(s => s.TownshipId == townshipId).ToListAsync(ct) : [];
        var groups = kind == RegisterKind.VillageGroups ? await db.Set<VillageGroup>().Where(s => s.TownshipId == townshipId).ToListAsync(ct) : [];
        var plans = new Dictionary<int, PublicityPlan>();
        foreach (var row in rows)
        {
            var village = villages.FirstOrDefault(v => v.Name == row.Text("村（社区）"));
            try
            {
                var problem = kind switch
                {
                    RegisterKind.Schools => School(row, villages, schools, townshipId),
                    RegisterKind.LegalLiterates => village is null ? UnknownVillage(row) : Literate(row, village, literates, townshipId),
                    RegisterKind.DemonstrationVillages => village is null ? UnknownVillage(row) : Designation(row, village, designations, townshipId),
                    RegisterKind.VillageGroups => village is null ? UnknownVillage(row) : Group(row, village, groups, townshipId),
                    RegisterKind.Responsibilities => await ResponsibilityAsync(row, plans, townshipId, ct),
                    _ => "未知台账",
                };
                if (problem is null)
                {
                    saved++;
                }
                else
                {
                    errors.Add(new RowError(row.Number, row.Text(RegisterSheets.Columns(kind)[kind is RegisterKind.Schools or RegisterKind.Responsibilities ? 0 : 1]), problem));
                }
            }
            catch (BusinessRuleException refused)
            {
                errors.Add(new RowError(row.Number, "", refused.Message));
            }
        }

        await db.SaveChangesAsync(ct);
        return new ImportReport(saved, errors);
    }

    private static string UnknownVillage(SheetRow row) => $"村（社区）“{row.Text("村（社区）")}”不是本乡镇的村（社区）";

    private string? School(SheetRow row, List<Village> villages, List<School> schools, Guid townshipId)
    {
        var name = row.Text("学校名称");
        var kind = Enum.GetValues<SchoolKind>().Cast<SchoolKind?>().FirstOrDefault(k => EducationLabels.School(k!.Value) == row.Text("学校类型"));
        var villageName = row.Text("所在村（社区）");
        var village = villages.FirstOrDefault(v => v.Name == villageName);
        var appointed = row.Date("聘任日期");
        if (name.Length == 0 || kind is null)
        {
            return name.Length == 0 ? "缺少学校名称" : $"学校类型应为：{string.Join("、", Enum.GetValues<SchoolKind>().Select(EducationLabels.School))}";
        }

        if (villageName.Length > 0 && village is null)
        {
            return $"村（社区）“{villageName}”不是本乡镇的村（社区）";
        }

        var school = schools.FirstOrDefault(s => s.Name == name);
        if (school is null)
        {
            school = Model.School.Register(townshipId, name, kind.Value, village?.Id);
            db.Add(school);
            schools.Add(school);
        }

        if (row.Text("法治副校长").Length > 0)
        {
            if (appointed is null)
            {
                return "请填写法治副校长的聘任日期";
            }

            school.Appoint(row.Text("法治副校长"), row.Text("法治副校长单位"), appointed.Value, row.Date("聘期届满"));
        }

        return null;
    }

    private string? Literate(SheetRow row, Village village, List<LegalLiterateResident> literates, Guid townshipId)
    {
        var name = row.Text("姓名");
        var joined = row.Date("确认日期");
        if (name.Length == 0 || joined is null)
        {
            return name.Length == 0 ? "缺少姓名" : "确认日期不是有效日期";
        }

        var left = row.Text("退出日期").Length == 0 ? null : row.Date("退出日期");
        var existing = literates.FirstOrDefault(r => r.VillageId == village.Id && r.Name == name);
        if (existing is null)
        {
            var added = LegalLiterateResident.Register(townshipId, village.Id, name, row.Text("身份"), joined.Value, left);
            db.Add(added);
            literates.Add(added);
        }
        else
        {
            existing.Update(row.Text("身份"), joined.Value, left);
        }

        return null;
    }

    private string? Designation(SheetRow row, Village village, List<DemonstrationVillage> designations, Guid townshipId)
    {
        var level = Enum.GetValues<DesignationLevel>().Cast<DesignationLevel?>().FirstOrDefault(l => row.Text("命名级别").StartsWith(EducationLabels.Level(l!.Value), StringComparison.Ordinal));
        var on = row.Date("命名日期");
        if (level is null || on is null)
        {
            return level is null ? "命名级别应为：全国、省级、市级或县级" : "命名日期不是有效日期";
        }

        var withdrawn = row.Text("撤销日期").Length == 0 ? null : row.Date("撤销日期");
        var existing = designations.FirstOrDefault(d => d.VillageId == village.Id && d.Level == level);
        if (existing is null)
        {
            existing = DemonstrationVillage.Designate(townshipId, village.Id, level.Value, on.Value, row.Text("命名文件"));
            db.Add(existing);
            designations.Add(existing);
        }

        existing.Update(level.Value, on.Value, row.Text("命名文件"), withdrawn);
        return null;
    }

    private string? Group(SheetRow row, Village village, List<VillageGroup> groups, Guid townshipId)
    {
        var name = row.Text("村民小组");
        if (name.Length == 0)
        {
            return "缺少村民小组名称";
        }

        DateOnly? from = row.Text("设立日期").Length == 0 ? null : row.Date("设立日期");
        DateOnly? to = row.Text("撤销日期").Length == 0 ? null : row.Date("撤销日期");
        if ((from is null && row.Text("设立日期").Length > 0) || (to is null && row.Text("撤销日期").Length > 0))
        {
            return from is null && row.Text("设立日期").Length > 0 ? "设立日期不是有效日期" : "撤销日期不是有效日期";
        }

        if (from is { } f && to is { } t && t < f)
        {
            return "撤销（合并）日期早于设立日期";
        }

        if (groups.FirstOrDefault(g => g.VillageId == village.Id && g.Name == name) is { } existing)
        {
            existing.Date(from, to);
            return null;
        }

        var group = VillageGroup.Register(townshipId, village.Id, name, groups.Count(g => g.VillageId == village.Id) + 1, from, to);
        db.Add(group);
        groups.Add(group);
        return null;
    }

    private async Task<string?> ResponsibilityAsync(SheetRow row, Dictionary<int, PublicityPlan> plans, Guid townshipId, CancellationToken ct)
    {
        if (row.Count("年度") is not { } year || year < 2000 || year > 2100)
        {
            return "年度不是有效年份";
        }

        if (!plans.TryGetValue(year, out var plan))
        {
            plan = await db.Set<PublicityPlan>().SingleOrDefaultAsync(p => p.TownshipId == townshipId && p.Year == year, ct);
            if (plan is null)
            {
                plan = PublicityPlan.Adopt(townshipId, year, $"{year}年度普法工作计划", new DateOnly(year, 1, 1));
                db.Add(plan);
            }

            plans[year] = plan;
        }

        var item = plan.List(row.Text("责任单位"), row.Text("普法内容"), row.Text("重点法律法规"), row.Text("完成时限"));
        if (db.Entry(item).State == EntityState.Detached)
        {
            db.Entry(item).State = EntityState.Added;
        }

        if (row.Text("完成日期").Length > 0)
        {
            if (row.Date("完成日期") is not { } done)
            {
                return "完成日期不是有效日期";
            }

            if (item.DoneOn is null)
            {
                plan.CheckOff(item.Id, done, row.Text("完成情况"));
            }
        }

        return null;
    }
}
