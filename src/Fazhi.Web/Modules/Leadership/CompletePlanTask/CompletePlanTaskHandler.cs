using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Leadership.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Leadership.CompletePlanTask;

/// <summary>任务销号: the date it was done and what came of it; meets the task's deadline (late if after the due date).</summary>
public sealed record CompletePlanTaskRequest(
    [Required(ErrorMessage = "请填写完成日期。")] DateOnly? DoneOn,
    [Required(ErrorMessage = "请填写完成情况。"), MaxLength(1000, ErrorMessage = "完成情况不超过 1000 字。")] string Result);

internal sealed class CompletePlanTaskHandler(FazhiDbContext db, LeadershipQueries queries, IDeadlines deadlines)
{
    /// <returns>Null when the township has no such task in that year's plan.</returns>
    public async Task<PlanTask?> HandleAsync(Actor actor, int year, Guid taskId, CompletePlanTaskRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<PlanTasksCompletedByOwners>().Check(actor);
        var plan = await queries.PlanAsync(actor.TownshipId!.Value, year, ct);
        if (plan is null || plan.Tasks.All(t => t.Id != taskId))
        {
            return null;
        }

        var task = plan.Complete(taskId, request.DoneOn!.Value, request.Result);
        await deadlines.MeetAsync(LeadershipDeadlines.TaskCode, task.Id, task.DoneOn!.Value, ct);
        await db.SaveChangesAsync(ct);
        return task;
    }
}
