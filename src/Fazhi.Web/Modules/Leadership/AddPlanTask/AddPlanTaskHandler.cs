using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Leadership.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Leadership.AddPlanTask;

/// <summary>列入工作要点任务: the task, its owner and due date, which goes on the 待办与预警 board.</summary>
public sealed record AddPlanTaskRequest(
    [Required(ErrorMessage = "请填写任务。"), MaxLength(300, ErrorMessage = "任务不超过 300 字。")] string Title,
    [Required(ErrorMessage = "请填写责任单位或责任人。"), MaxLength(100, ErrorMessage = "不超过 100 字。")] string Owner,
    [Required(ErrorMessage = "请填写完成时限。")] DateOnly? DueOn);

internal sealed record PlanAdoptedFirst(bool Adopted) : IBusinessRule
{
    public bool IsBroken => !Adopted;

    public string Code => "leadership.plan.not-adopted";

    public string Message => "请先印发本年度法治建设工作要点，再列入任务（年初制定工作要点）。";
}

internal sealed class AddPlanTaskHandler(FazhiDbContext db, LeadershipQueries queries, IDeadlines deadlines, TimeProvider clock)
{
    public async Task<(WorkPlan Plan, PlanTask Task)> HandleAsync(Actor actor, int year, AddPlanTaskRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<LeadershipRecordsKeptByClerkOrLeader>().Check(actor);
        var plan = await queries.PlanAsync(actor.TownshipId!.Value, year, ct);
        BusinessRule.Check(new PlanAdoptedFirst(plan is not null));
        var task = plan!.AddTask(request.Title, request.Owner, request.DueOn!.Value);
        db.Add(task);
        var listedOn = Platform.Time.ChinaTime.Today(clock);
        var start = listedOn < task.DueOn ? listedOn : plan.AdoptedOn;
        await deadlines.OpenAsync(LeadershipDeadlines.Task(start, task.DueOn), plan.TownshipId, LeadershipDeadlines.Subject(task, year), start, ct);
        await db.SaveChangesAsync(ct);
        return (plan, task);
    }
}
