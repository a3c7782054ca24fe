using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Staff;

internal sealed record StaffResponse(Guid Id, string Name, string Post, string Unit, bool IsCentralGroupMember, DateOnly JoinedOn, DateOnly? LeftOn, string? LeftReason)
{
    public static StaffResponse From(StaffMember s) => new(s.Id, s.Name, s.Post, s.Unit, s.IsCentralGroupMember, s.JoinedOn, s.LeftOn, s.LeftReason);
}

/// <summary>干部职工名册 as clerks keep it in Excel: the same columns for export and import.</summary>
internal sealed class StaffLedger(FazhiDbContext db)
{
    public static readonly string[] Columns = ["姓名", "职务", "所在单位", "中心组成员", "到岗日期", "离岗日期", "离岗原因"];

    /// <summary>The register on <paramref name="on"/> (or everyone ever registered when null), paged in SQL.</summary>
    public async Task<(List<StaffMember> Rows, int Total)> PageAsync(Guid townshipId, DateOnly? on, string? q, int page, int size, CancellationToken ct)
    {
        var query = db.Set<StaffMember>().AsNoTracking().Where(s => s.TownshipId == townshipId);
        if (on is { } day)
        {
            query = query.Where(s => s.JoinedOn <= day && (s.LeftOn == null || s.LeftOn >= day));
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(s => s.Name.Contains(q) || s.Unit.Contains(q) || s.Post.Contains(q));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(s => s.IsCentralGroupMember).ThenBy(s => s.Unit).ThenBy(s => s.Name)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return (rows, total);
    }

    public async Task<byte[]> ExportAsync(Guid townshipId, DateOnly? on, CancellationToken ct)
    {
        var (rows, _) = await PageAsync(townshipId, on, null, 1, int.MaxValue, ct);
        return Sheet.Write(rows.Select(s => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["姓名"] = s.Name,
            ["职务"] = s.Post,
            ["所在单位"] = s.Unit,
            ["中心组成员"] = s.IsCentralGroupMember ? "是" : "否",
            ["到岗日期"] = Sheet.Day(s.JoinedOn),
            ["离岗日期"] = Sheet.Day(s.LeftOn),
            ["离岗原因"] = s.LeftReason ?? "",
        }), Columns, "干部职工名册");
    }
}
