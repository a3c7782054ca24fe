using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Organization.ManageTownships;

internal sealed class CountyInput
{
    [Required(ErrorMessage = "请填写区划代码。")]
    [RegularExpression(@"^\d{12}$", ErrorMessage = "区划代码应为 12 位数字。")]
    public string DivisionCode { get; set; } = "";

    [Required(ErrorMessage = "请填写县（区）名称。")]
    [MaxLength(50, ErrorMessage = "名称不超过 50 字。")]
    public string Name { get; set; } = "";

    [MaxLength(100, ErrorMessage = "名称不超过 100 字。")]
    public string OfficeName { get; set; } = "";
}

internal sealed class TownshipInput
{
    [Required(ErrorMessage = "请选择所属县（区）。")]
    public Guid? CountyId { get; set; }

    [Required(ErrorMessage = "请填写区划代码。")]
    [RegularExpression(@"^\d{12}$", ErrorMessage = "区划代码应为 12 位数字。")]
    public string DivisionCode { get; set; } = "";

    [Required(ErrorMessage = "请填写乡镇名称。")]
    [MaxLength(50, ErrorMessage = "名称不超过 50 字。")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请选择类型。")]
    public TownshipKind? Kind { get; set; }

    [Required(ErrorMessage = "请填写政府全称。")]
    [MaxLength(100, ErrorMessage = "名称不超过 100 字。")]
    public string GovernmentName { get; set; } = "";

    [Required(ErrorMessage = "请填写文号简称，如“小江府”。")]
    [MaxLength(20, ErrorMessage = "简称不超过 20 字。")]
    public string ShortName { get; set; } = "";

    [MaxLength(2000, ErrorMessage = "简介不超过 2000 字。")]
    public string? Introduction { get; set; }

    [MaxLength(50, ErrorMessage = "姓名不超过 50 字。")]
    public string? PrincipalLeaderName { get; set; }
}

/// <summary>Creates and edits counties and townships; the admin pages and the demo data both go through here.</summary>
internal sealed class TownshipRegistration(FazhiDbContext db, IEnumerable<ITownshipJoinsCounty> joins)
{
    public async Task<Organization.County> CreateCountyAsync(CountyInput input, CancellationToken ct)
    {
        if (await db.Set<Fazhi.Modules.Organization.County>().AnyAsync(c => c.DivisionCode == input.DivisionCode, ct))
        {
            throw new BusinessRuleException("organization.county.duplicate-code", $"区划代码 {input.DivisionCode} 已被使用。");
        }

        var county = new County { DivisionCode = input.DivisionCode, Name = input.Name.Trim(), OfficeName = input.OfficeName.Trim() };
        db.Add(county);
        await db.SaveChangesAsync(ct);
        return county;
    }

    /// <summary>The administrator's step on the townships page: registers a county.</summary>
    public Task<Organization.County> RegisterCountyAsync(Actor admin, CountyInput input, CancellationToken ct)
    {
        WhoMayRule.Of<OrganizationRegisteredByAdministrator>().Check(admin);
        return CreateCountyAsync(input, ct);
    }

    /// <summary>The administrator's step on a township's page: registers it (<paramref name="township"/> null) or edits it.</summary>
    public async Task<Township> SaveTownshipAsync(Actor admin, Township? township, TownshipInput input, CancellationToken ct)
    {
        WhoMayRule.Of<OrganizationRegisteredByAdministrator>().Check(admin);
        if (township is null)
        {
            return await CreateTownshipAsync(input, ct);
        }

        await UpdateTownshipAsync(township, input, ct);
        return township;
    }

    public async Task<Township> CreateTownshipAsync(TownshipInput input, CancellationToken ct)
    {
        var township = new Township();
        await ApplyAsync(township, input, ct);
        db.Add(township);
        foreach (var join in joins)
        {
            await join.JoinAsync(township.Id, township.CountyId, ct);
        }

        await db.SaveChangesAsync(ct);
        return township;
    }

    public async Task UpdateTownshipAsync(Township township, TownshipInput input, CancellationToken ct)
    {
        await ApplyAsync(township, input, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task ApplyAsync(Township township, TownshipInput input, CancellationToken ct)
    {
        var county = await db.Set<Fazhi.Modules.Organization.County>().SingleOrDefaultAsync(c => c.Id == input.CountyId, ct)
            ?? throw new BusinessRuleException("organization.township.county-missing", "所属县（区）不存在。");
        // 统计用区划代码: a township's code begins with its county's six-digit code.
        if (!input.DivisionCode.StartsWith(county.DivisionCode[..6], StringComparison.Ordinal))
        {
            throw new BusinessRuleException("organization.township.code-outside-county",
                $"乡镇区划代码应以所属县（区）代码 {county.DivisionCode[..6]} 开头（统计用区划代码规则）。");
        }

        if (await db.Set<Township>().AnyAsync(t => t.DivisionCode == input.DivisionCode && t.Id != township.Id, ct))
        {
            throw new BusinessRuleException("organization.township.duplicate-code", $"区划代码 {input.DivisionCode} 已被使用。");
        }

        township.CountyId = county.Id;
        township.DivisionCode = input.DivisionCode;
        township.Name = input.Name.Trim();
        township.Kind = input.Kind ?? TownshipKind.Town;
        township.GovernmentName = input.GovernmentName.Trim();
        township.ShortName = input.ShortName.Trim();
        township.Introduction = input.Introduction?.Trim() ?? "";
        township.PrincipalLeaderName = input.PrincipalLeaderName?.Trim();
    }
}

/// <summary>
/// Counties and townships (their 统计用区划代码, names and leaders) are registered by the system administrator: the
/// tenancy of every record hangs on them, so no township or county account edits them (ADR 0004, ADR 0010).
/// </summary>
internal sealed class OrganizationRegisteredByAdministrator() : WhoMayRule(
    "organization.townships.who", "县（区）和乡镇的登记由系统管理员办理，请使用系统管理员账户操作。", Roles.Administrator);
