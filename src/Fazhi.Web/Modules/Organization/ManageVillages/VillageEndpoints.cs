using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Organization.ManageVillages;

/// <summary>
/// The villages (村) and communities (社区) of the caller's township: the places where its mediation committees,
/// village legal advisers (一村一法律顾问) and education activities work. The tenant filter limits every read and
/// write to the caller's own township, so no handler here checks the township itself.
/// </summary>
internal static class VillageEndpoints
{
    internal static void MapVillages(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithSummary("列出本乡镇的村（社区）");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("查看本乡镇的一个村（社区）");
        group.MapPost("/", RegisterAsync).WhoMay<VillagesRegisteredByClerkOrLeader>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记本乡镇的一个村（社区）");
    }

    private static async Task<List<VillageResponse>> ListAsync(FazhiDbContext db, CancellationToken ct) =>
        await db.Set<Village>()
            .OrderBy(v => v.DivisionCode)
            .Select(v => new VillageResponse(v.Id, v.DivisionCode, v.Name, v.IsCommunity))
            .ToListAsync(ct);

    private static async Task<Results<Ok<VillageResponse>, NotFound>> GetAsync(Guid id, FazhiDbContext db, CancellationToken ct)
    {
        var village = await db.Set<Village>()
            .Where(v => v.Id == id)
            .Select(v => new VillageResponse(v.Id, v.DivisionCode, v.Name, v.IsCommunity))
            .SingleOrDefaultAsync(ct);
        return village is null ? TypedResults.NotFound() : TypedResults.Ok(village);
    }

    private static async Task<Created<VillageResponse>> RegisterAsync(RegisterVillageRequest request, FazhiDbContext db, HttpContext http, CancellationToken ct)
    {
        WhoMayRule.Of<VillagesRegisteredByClerkOrLeader>().Check(http.User.ToActor());
        // The workspace policy guarantees a township user; the tenant context names the township.
        var townshipId = db.Tenant.TownshipId ?? throw new TenantAccessDeniedException(nameof(Village));
        var townshipCode = await db.Set<Township>().Where(t => t.Id == townshipId).Select(t => t.DivisionCode).SingleAsync(ct);
        var code = request.DivisionCode.Trim();
        BusinessRule.Check(new VillageCodeLiesInTownship(code, townshipCode));
        BusinessRule.Check(new VillageCodeIsUnused(await db.Set<Village>().IgnoreQueryFilters([FazhiDbContext.TenantFilterName]).AnyAsync(v => v.DivisionCode == code, ct)));

        var village = new Village
        {
            TownshipId = townshipId,
            DivisionCode = code,
            Name = request.Name.Trim(),
            IsCommunity = request.IsCommunity,
        };
        db.Add(village);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/workspace/villages/{village.Id}",
            new VillageResponse(village.Id, village.DivisionCode, village.Name, village.IsCommunity));
    }
}

/// <summary>
/// The body of <c>POST /api/workspace/villages</c>. Public because the .NET 10 validations generator behind
/// <c>AddValidation()</c> skips internal types, and their DataAnnotations would then silently not run (ADR 0007).
/// </summary>
public sealed class RegisterVillageRequest
{
    [Required(ErrorMessage = "请填写村（社区）名称。")]
    [MaxLength(50, ErrorMessage = "名称不超过 50 字。")]
    public string Name { get; init; } = "";

    [Required(ErrorMessage = "请填写统计用区划代码。")]
    [RegularExpression(@"^\s*\d{12}\s*$", ErrorMessage = "统计用区划代码为 12 位数字。")]
    public string DivisionCode { get; init; } = "";

    public bool IsCommunity { get; init; }
}

internal sealed record VillageResponse(Guid Id, string DivisionCode, string Name, bool IsCommunity);

/// <summary>
/// 统计用区划代码: the first nine digits of a village-level code are those of its township, so a code outside the
/// township would file the village under another government.
/// </summary>
internal sealed record VillageCodeLiesInTownship(string VillageCode, string TownshipCode) : IBusinessRule
{
    public bool IsBroken => !VillageCode.StartsWith(TownshipCode[..9], StringComparison.Ordinal) || VillageCode == TownshipCode;

    public string Code => "organization.village.code-outside-township";

    public string Message => $"村（社区）的统计用区划代码应以本乡镇代码前九位“{TownshipCode[..9]}”开头（统计用区划代码编制规则）。";
}

/// <summary>A statistical division code names exactly one place.</summary>
internal sealed record VillageCodeIsUnused(bool AlreadyUsed) : IBusinessRule
{
    public bool IsBroken => AlreadyUsed;

    public string Code => "organization.village.code-in-use";

    public string Message => "该统计用区划代码已登记，一个代码只对应一个村（社区）（统计用区划代码编制规则）。";
}

/// <summary>
/// The township's 村（社区） list is kept by its government office: the legal clerk or a leader registers a village
/// (its 统计用区划代码 within the township's); officers, the legal advisor and village cadres do not (ADR 0010).
/// </summary>
internal sealed class VillagesRegisteredByClerkOrLeader() : WhoMayRule(
    "organization.villages.who", "村（社区）的登记由乡镇法制员或领导办理。", Roles.LegalClerk, Roles.Leader);
