using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Advisors.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Advisors.Engagements.SignContract;

/// <summary>聘请法律顾问: the advisor, the firm, the term, the fee, the scope and whom the advisor serves.</summary>
public sealed record SignContractRequest(
    [Required(ErrorMessage = "请填写法律顾问姓名。"), MaxLength(50, ErrorMessage = "姓名不超过 50 字。")] string AdvisorName,
    [EnumDataType(typeof(AdvisorKind), ErrorMessage = "请选择法律顾问类型。")] AdvisorKind Kind,
    [MaxLength(100, ErrorMessage = "律师事务所不超过 100 字。")] string? LawFirm,
    [Required(ErrorMessage = "请填写聘用开始日期。")] DateOnly? StartsOn,
    [Required(ErrorMessage = "请填写聘用结束日期。")] DateOnly? EndsOn,
    [Range(0, 10_000_000, ErrorMessage = "聘用费用应在 0—10000000 元之间。")] decimal Fee,
    [Required(ErrorMessage = "请填写服务范围。"), MaxLength(1000, ErrorMessage = "服务范围不超过 1000 字。")] string Scope,
    bool CoversTownship,
    IReadOnlyList<Guid>? VillageIds)
{
    public static SignContractRequest Blank { get; } = new("", AdvisorKind.Lawyer, null, null, null, 0, "重大行政决策、规范性文件、行政执法决定和合同的合法性审查，法律咨询，参与信访和矛盾纠纷化解", true, []);
}

/// <summary>The government engages its advisors: the legal clerk prepares the contract, a leader signs it.</summary>
internal sealed class AdvisorsEngagedByClerkOrLeader() : WhoMayRule(
    "advisors.contracts.sign.who", "法律顾问由法制员或领导登记聘用（《关于推行法律顾问制度和公职律师公司律师制度的意见》）。", Roles.LegalClerk, Roles.Leader);

internal sealed record VillagesOfThisTownship(int Given, int Found) : IBusinessRule
{
    public bool IsBroken => Given != Found;

    public string Code => "advisors.contract.unknown-village";

    public string? Field => "VillageIds";

    public string Message => "所选村（社区）不属于本乡镇。";
}

internal sealed class SignContractHandler(FazhiDbContext db)
{
    public async Task<AdvisorContract> HandleAsync(Actor actor, SignContractRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<AdvisorsEngagedByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff engage advisors.");
        var villages = (form.VillageIds ?? []).Distinct().ToList();
        var found = await db.Set<Village>().CountAsync(v => v.TownshipId == townshipId && villages.Contains(v.Id), ct);
        BusinessRule.Check(new VillagesOfThisTownship(villages.Count, found));
        var contract = AdvisorContract.Sign(townshipId, form.AdvisorName, form.Kind, form.LawFirm, form.StartsOn!.Value, form.EndsOn!.Value, form.Fee, form.Scope, form.CoversTownship, villages);
        db.Add(contract);
        await db.SaveChangesAsync(ct);
        return contract;
    }
}
