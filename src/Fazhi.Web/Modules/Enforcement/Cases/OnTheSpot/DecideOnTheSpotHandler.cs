using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Enforcement.Cases.Filing;
using Fazhi.Modules.Enforcement.Cases.Rules;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.OnTheSpot;

/// <summary>简易程序 (行政处罚法 第五十一条、第五十二条): the case and the decision handed over on the spot.</summary>
public sealed record DecideOnTheSpotRequest(
    [Required(ErrorMessage = "请填写案件信息。")] FileCaseRequest Case,
    [Required(ErrorMessage = "请选择处罚种类。")] List<string> Kinds,
    [Range(0, 3000, ErrorMessage = "当场罚款金额应在 0 到 3000 元之间。")] decimal? Fine,
    [Required(ErrorMessage = "请填写当场处罚决定书内容。"), MaxLength(8000, ErrorMessage = "决定书内容不超过 8000 字。")] string Text)
{
    public static DecideOnTheSpotRequest Blank() => new(FileCaseRequest.Blank(), ["罚款"], null, "");
}

internal sealed class DecideOnTheSpotHandler(FazhiDbContext db, CaseOpening opening, IDeadlines deadlines, IOptions<EnforcementOptions> options, TimeProvider clock)
{
    public async Task<EnforcementCase> HandleAsync(Actor actor, DecideOnTheSpotRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<OnTheSpotPenaltyByOfficers>().Check(actor);
        var kinds = CaseSteps.Kinds(request.Kinds);
        // The limits first, so a refused on-the-spot penalty leaves no half-filed case.
        BusinessRule.Check(new SimplifiedProcedureWithinLimits(request.Case.PartyKind, kinds, request.Fine, options.Value));
        var on = CaseSteps.ActDate(request.Case.FiledOn, null, "立案", Platform.Time.ChinaTime.Today(clock), "Case.FiledOn");
        var townshipId = actor.TownshipId!.Value;
        var @case = await opening.OpenAsync(townshipId, request.Case, CaseProcedure.Simplified, on, "Case.", ct);
        var item = await db.PowerItemAsync(@case.PowerItemId, ct);
        var number = await db.NextDecisionNumberAsync(townshipId, on.Year, options.Value, ct);
        @case.DecideOnTheSpot(item, kinds, request.Fine, number, request.Text, on, options.Value);
        if (request.Fine is > 0)
        {
            await deadlines.OpenAsync(EnforcementDeadlines.Payment(options.Value), townshipId, CaseSteps.Subject(@case), on, ct);
        }

        await deadlines.OpenAsync(EnforcementDeadlines.Publication(options.Value), townshipId, CaseSteps.Subject(@case), on, ct);
        await db.SaveChangesAsync(ct);
        return @case;
    }
}
