using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Staff.ImportStaff;

/// <summary>
/// 导入干部职工名册: each row adds a person or updates the one of the same name and unit (so the clerk's sheet can be
/// imported again after corrections); 离岗日期 records who left. Bad rows are reported and nothing of them is saved.
/// </summary>
internal sealed class ImportStaffHandler(FazhiDbContext db)
{
    public async Task<ImportReport> HandleAsync(Actor actor, Stream xlsx, CancellationToken ct)
    {
        WhoMayRule.Of<RegistersKeptByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId!.Value;
        var rows = Sheet.ReadOrReport(xlsx, ["姓名", "职务", "所在单位", "到岗日期"], out var failure);
        if (rows is null)
        {
            return failure!;
        }

        var existing = await db.Set<StaffMember>().Where(s => s.TownshipId == townshipId).ToListAsync(ct);
        var byKey = existing.GroupBy(s => (s.Name, s.Unit)).ToDictionary(g => g.Key, g => g.First());
        var seen = new HashSet<(string, string)>();
        var errors = new List<RowError>();
        var saved = 0;
        foreach (var row in rows)
        {
            var name = row.Text("姓名");
            var unit = row.Text("所在单位");
            var post = row.Text("职务");
            var joined = row.Date("到岗日期");
            var left = row.Text("离岗日期").Length == 0 ? null : row.Date("离岗日期");
            string? problem =
                name.Length == 0 ? "缺少姓名"
                : name.Length > 50 ? "姓名超过 50 字"
                : post.Length == 0 ? "缺少职务"
                : unit.Length == 0 ? "缺少所在单位"
                : joined is null ? "到岗日期不是有效日期（如 2022-01-04）"
                : row.Text("离岗日期").Length > 0 && left is null ? "离岗日期不是有效日期"
                : left < joined ? "离岗日期早于到岗日期"
                : !seen.Add((name, unit)) ? "同一单位的同名人员在表中重复"
                : null;
            if (problem is not null)
            {
                errors.Add(new RowError(row.Number, name, problem));
                continue;
            }

            if (!byKey.TryGetValue((name, unit), out var member))
            {
                member = StaffMember.Register(townshipId, name, post, unit, row.Yes("中心组成员"), joined!.Value);
                db.Add(member);
                byKey[(name, unit)] = member;
            }
            else
            {
                member.Update(post, unit, row.Yes("中心组成员"), joined!.Value);
            }

            if (left is { } leftOn && member.LeftOn != leftOn)
            {
                member.Leave(leftOn, row.Text("离岗原因").Length == 0 ? "调离" : row.Text("离岗原因"));
            }

            saved++;
        }

        await db.SaveChangesAsync(ct);
        return new ImportReport(saved, errors);
    }
}
