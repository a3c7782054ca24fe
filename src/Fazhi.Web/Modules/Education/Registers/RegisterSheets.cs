using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Registers;

/// <summary>The village-level 普法 registers clerks keep as sheets, each imported and exported in one shape.</summary>
internal enum RegisterKind
{
    Schools = 1,
    LegalLiterates = 2,
    DemonstrationVillages = 3,
    VillageGroups = 4,
    Responsibilities = 5,
}

internal static class RegisterSheets
{
    public static string Slug(RegisterKind kind) => kind switch
    {
        RegisterKind.Schools => "schools",
        RegisterKind.LegalLiterates => "legal-literates",
        RegisterKind.DemonstrationVillages => "demonstration-villages",
        RegisterKind.VillageGroups => "village-groups",
        RegisterKind.Responsibilities => "responsibilities",
        _ => "",
    };

    public static RegisterKind? FromSlug(string? slug) => Enum.GetValues<RegisterKind>().Cast<RegisterKind?>().FirstOrDefault(k => Slug(k!.Value) == slug);

    public static string Title(RegisterKind kind) => kind switch
    {
        RegisterKind.Schools => "学校和法治副校长",
        RegisterKind.LegalLiterates => "“法律明白人”名册",
        RegisterKind.DemonstrationVillages => "民主法治示范村（社区）",
        RegisterKind.VillageGroups => "村民小组（宣传覆盖率按组计算）",
        RegisterKind.Responsibilities => "“谁执法谁普法”责任清单",
        _ => "",
    };

    public static IReadOnlyList<string> Columns(RegisterKind kind) => kind switch
    {
        RegisterKind.Schools => ["学校名称", "学校类型", "所在村（社区）", "法治副校长", "法治副校长单位", "聘任日期", "聘期届满"],
        RegisterKind.LegalLiterates => ["村（社区）", "姓名", "身份", "确认日期", "退出日期"],
        RegisterKind.DemonstrationVillages => ["村（社区）", "命名级别", "命名日期", "命名文件", "撤销日期"],
        RegisterKind.VillageGroups => ["村（社区）", "村民小组", "设立日期", "撤销日期"],
        RegisterKind.Responsibilities => ["年度", "责任单位", "普法内容", "重点法律法规", "完成时限", "完成日期", "完成情况"],
        _ => [],
    };

    public static IReadOnlyList<string> Required(RegisterKind kind) => kind switch
    {
        RegisterKind.Schools => ["学校名称", "学校类型"],
        RegisterKind.LegalLiterates => ["村（社区）", "姓名", "确认日期"],
        RegisterKind.DemonstrationVillages => ["村（社区）", "命名级别", "命名日期"],
        RegisterKind.VillageGroups => ["村（社区）", "村民小组"],
        RegisterKind.Responsibilities => ["年度", "责任单位", "普法内容"],
        _ => [],
    };

    /// <summary>The register's rows as the sheet shows them (export, and the page's table).</summary>
    public static async Task<List<IReadOnlyDictionary<string, object?>>> RowsAsync(FazhiDbContext db, Guid townshipId, RegisterKind kind, int year, CancellationToken ct)
    {
        var villages = await db.Set<Village>().AsNoTracking().Where(v => v.TownshipId == townshipId).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        string V(Guid? id) => id is { } x ? villages.GetValueOrDefault(x) ?? "" : "";
        switch (kind)
        {
            case RegisterKind.Schools:
                return [.. (await db.Set<School>().AsNoTracking().Where(s => s.TownshipId == townshipId).OrderBy(s => s.Name).ToListAsync(ct)).Select(s => Row(
                    ("学校名称", s.Name), ("学校类型", EducationLabels.School(s.Kind)), ("所在村（社区）", V(s.VillageId)), ("法治副校长", s.ViceprincipalName ?? ""),
                    ("法治副校长单位", s.ViceprincipalOrgan ?? ""), ("聘任日期", Sheet.Day(s.AppointedOn)), ("聘期届满", Sheet.Day(s.TermEndsOn))))];
            case RegisterKind.LegalLiterates:
                return [.. (await db.Set<LegalLiterateResident>().AsNoTracking().Where(r => r.TownshipId == townshipId).ToListAsync(ct))
                    .OrderBy(r => V(r.VillageId), StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).Select(r => Row(
                    ("村（社区）", V(r.VillageId)), ("姓名", r.Name), ("身份", r.Role), ("确认日期", Sheet.Day(r.JoinedOn)), ("退出日期", Sheet.Day(r.LeftOn))))];
            case RegisterKind.DemonstrationVillages:
                return [.. (await db.Set<DemonstrationVillage>().AsNoTracking().Where(d => d.TownshipId == townshipId).ToListAsync(ct))
                    .OrderBy(d => d.Level).ThenBy(d => V(d.VillageId), StringComparer.Ordinal).Select(d => Row(
                    ("村（社区）", V(d.VillageId)), ("命名级别", EducationLabels.Level(d.Level)), ("命名日期", Sheet.Day(d.DesignatedOn)), ("命名文件", d.Reference), ("撤销日期", Sheet.Day(d.WithdrawnOn))))];
            case RegisterKind.VillageGroups:
                return [.. (await db.Set<VillageGroup>().AsNoTracking().Where(g => g.TownshipId == townshipId).ToListAsync(ct))
                    .OrderBy(g => V(g.VillageId), StringComparer.Ordinal).ThenBy(g => g.Order).Select(g => Row(("村（社区）", V(g.VillageId)), ("村民小组", g.Name),
                    ("设立日期", Sheet.Day(g.ValidFrom)), ("撤销日期", Sheet.Day(g.ValidTo))))];
            case RegisterKind.Responsibilities:
                var plan = await db.Set<PublicityPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.TownshipId == townshipId && p.Year == year, ct);
                return [.. (plan?.Items ?? []).OrderBy(i => i.Order).Select(i => Row(("年度", year), ("责任单位", i.Office), ("普法内容", i.Duty), ("重点法律法规", i.Laws),
                    ("完成时限", i.Timing), ("完成日期", Sheet.Day(i.DoneOn)), ("完成情况", i.DoneNote ?? "")))];
            default:
                return [];
        }
    }

    private static Dictionary<string, object?> Row(params (string Column, object? Value)[] cells) => cells.ToDictionary(c => c.Column, c => c.Value);
}
