using Fazhi.Modules.Leadership.AddPlanTask;
using Fazhi.Modules.Leadership.AdoptWorkPlan;
using Fazhi.Modules.Leadership.CompletePlanTask;
using Fazhi.Modules.Leadership.WriteSummary;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Leadership;

/// <summary>The work plan's steps (each handler lives in its step folder) and the year's read.</summary>
internal static class LeadershipEndpoints
{
    internal static void MapWorkPlanSteps(this RouteGroupBuilder group)
    {
        group.MapPut("/plans/{year:int}", async (int year, AdoptWorkPlanRequest request, AdoptWorkPlanHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(WorkPlanResponse.From(await handler.HandleAsync(http.User.ToActor(), year, request, ct))))
            .WhoMay<LeadershipRecordsKeptByClerkOrLeader>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("印发年度法治建设工作要点");
        group.MapPost("/plans/{year:int}/tasks", async (int year, AddPlanTaskRequest request, AddPlanTaskHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(WorkPlanResponse.From((await handler.HandleAsync(http.User.ToActor(), year, request, ct)).Plan)))
            .WhoMay<LeadershipRecordsKeptByClerkOrLeader>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("列入工作要点任务（责任单位、完成时限，进入待办与预警）");
        group.MapPost("/plans/{year:int}/tasks/{taskId:guid}/done", async Task<Results<Ok<PlanTaskResponse>, NotFound>> (int year, Guid taskId, CompletePlanTaskRequest request, CompletePlanTaskHandler handler, HttpContext http, CancellationToken ct) =>
                await handler.HandleAsync(http.User.ToActor(), year, taskId, request, ct) is { } t
                    ? TypedResults.Ok(new PlanTaskResponse(t.Id, t.Order, t.Title, t.Owner, t.DueOn, t.DoneOn, t.Result))
                    : TypedResults.NotFound())
            .WhoMay<PlanTasksCompletedByOwners>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("工作要点任务销号");
        group.MapPut("/plans/{year:int}/summary", async (int year, WriteSummaryRequest request, WriteSummaryHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(WorkPlanResponse.From(await handler.HandleAsync(http.User.ToActor(), year, request, ct))))
            .WhoMay<LeadershipRecordsKeptByClerkOrLeader>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("形成年度工作总结");
        group.MapGet("/years/{year:int}", async (int year, LeadershipQueries queries, FazhiDbContext db, CancellationToken ct) =>
        {
            var y = await queries.YearAsync(db.Tenant.TownshipId!.Value, year, ct);
            return TypedResults.Ok(new
            {
                y.Year,
                Meetings = y.Meetings.Select(MeetingResponse.From),
                Statements = y.Statements.Select(DutyStatementResponse.From),
                Reports = y.Reports.Select(CountyReportResponse.From),
                Plan = y.Plan is null ? null : WorkPlanResponse.From(y.Plan),
            });
        }).WithSummary("第一责任人履职记录（年度）");
    }
}
