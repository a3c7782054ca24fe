using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Leadership.AddPlanTask;
using Fazhi.Modules.Leadership.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Leadership.WriteSummary;

/// <summary>年度工作总结: the year-end summary of the 工作要点 (part 三 of the report draws on it).</summary>
public sealed record WriteSummaryRequest(
    [Required(ErrorMessage = "请填写总结。"), MaxLength(20000, ErrorMessage = "总结不超过 20000 字。")] string Text,
    [Required(ErrorMessage = "请填写总结日期。")] DateOnly? WrittenOn);

internal sealed class WriteSummaryHandler(FazhiDbContext db, LeadershipQueries queries)
{
    public async Task<WorkPlan> HandleAsync(Actor actor, int year, WriteSummaryRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<LeadershipRecordsKeptByClerkOrLeader>().Check(actor);
        var plan = await queries.PlanAsync(actor.TownshipId!.Value, year, ct);
        BusinessRule.Check(new PlanAdoptedFirst(plan is not null));
        plan!.Summarize(request.Text, request.WrittenOn!.Value);
        await db.SaveChangesAsync(ct);
        return plan;
    }
}
