using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Leadership.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Leadership.AdoptWorkPlan;

/// <summary>印发年度法治建设工作要点: title, date and the meeting that adopted it; tasks are listed by the next step.</summary>
public sealed record AdoptWorkPlanRequest(
    [Required(ErrorMessage = "请填写工作要点名称。"), MaxLength(200, ErrorMessage = "名称不超过 200 字。")] string Title,
    [Required(ErrorMessage = "请填写印发日期。")] DateOnly? AdoptedOn,
    [Required(ErrorMessage = "请填写审议通过的会议。"), MaxLength(200, ErrorMessage = "不超过 200 字。")] string AdoptedAt);

internal sealed class AdoptWorkPlanHandler(FazhiDbContext db, LeadershipQueries queries)
{
    public async Task<WorkPlan> HandleAsync(Actor actor, int year, AdoptWorkPlanRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<LeadershipRecordsKeptByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId!.Value;
        var plan = await queries.PlanAsync(townshipId, year, ct);
        if (plan is null)
        {
            plan = WorkPlan.Adopt(townshipId, year, request.Title, request.AdoptedOn!.Value, request.AdoptedAt);
            db.Add(plan);
        }
        else
        {
            plan.Readopt(request.Title, request.AdoptedOn!.Value, request.AdoptedAt);
        }

        await db.SaveChangesAsync(ct);
        return plan;
    }
}
