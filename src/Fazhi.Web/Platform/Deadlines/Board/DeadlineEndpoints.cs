using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Fazhi.Platform.Deadlines.Board;

internal sealed record DeadlineResponse(
    Guid Id, string RuleCode, string Title, string Owner, string OwnerLabel, string LegalBasis, string StartEvent, DateOnly StartDate, string Period,
    DateOnly DueDate, string State, string StateLabel, DateOnly? MetOn, string DaysLeft, bool CalendarUnconfirmed,
    string Module, string SubjectTitle, string Url, int Extensions);

internal sealed record DeadlineListResponse(int Total, int Page, int PageCount, IReadOnlyList<DeadlineResponse> Items);

public sealed record ExtendDeadlineRequest(
    [property: Range(1, Rules.ExtensionDaysWithinLimit.Max, ErrorMessage = "延长天数应在 1—365 之间。")] int Days,
    [property: MaxLength(500, ErrorMessage = "理由不超过 500 字。")] string? Reason);

public sealed record RequestExtensionRequest(
    [property: Range(1, Rules.ExtensionDaysWithinLimit.Max, ErrorMessage = "延长天数应在 1—365 之间。")] int Days,
    [property: MaxLength(500, ErrorMessage = "理由不超过 500 字。")] string? Reason);

public sealed record RefuseExtensionRequest([property: MaxLength(500, ErrorMessage = "理由不超过 500 字。")] string? Reason);

internal sealed record ExtensionRequestResponse(Guid Id, Guid DeadlineId, int Days, string Reason, string RequesterName, string State, string? DecidedBy, string? RefusalReason, DateOnly DueDate);

internal static class DeadlineEndpoints
{
    internal static void MapDeadlineApi(this RouteGroupBuilder group)
    {
        group.MapGet("/", async ([AsParameters] DeadlineQuery query, DeadlineBoard board, CancellationToken ct) =>
        {
            var page = await board.PageAsync(new DeadlineFilter { State = query.State, Module = query.Module, Q = query.Q, Page = query.Page ?? 1 }, ct);
            return TypedResults.Ok(new DeadlineListResponse(page.Total, page.Page, page.PageCount, [.. page.Rows.Select(ToResponse)]));
        }).WithSummary("本乡镇期限台账（state=open|Pending|DueSoon|Overdue|Met|MetLate|Elapsed|Cancelled；owner 为承担主体，只有 Government 的期限会逾期）");

        group.MapPost("/{id:guid}/extension", async Task<Results<Ok<DeadlineResponse>, NotFound>> (
            Guid id, ExtendDeadlineRequest request, HttpContext http, IDeadlines deadlines, DeadlineBoard board, FazhiDbContext db, CancellationToken ct) =>
        {
            if (await board.DetailsAsync(id, ct) is null)
            {
                return TypedResults.NotFound();
            }

            await deadlines.ExtendAsync(id, request.Days, request.Reason ?? "", http.User.ToActor(), ct);
            await db.SaveChangesAsync(ct);
            var details = await board.DetailsAsync(id, ct);
            return TypedResults.Ok(ToResponse(details!.Row));
        }).WhoMay<Rules.DeadlineExtendedByLeader>().WithSummary("领导批准延长期限（须写明理由）")
          .ProducesProblem(StatusCodes.Status409Conflict)
          .ProducesValidationProblem();

        group.MapPost("/{id:guid}/extension-requests", (Guid id, RequestExtensionRequest request, HttpContext http, Requests.ExtensionRequestDesk desk, DeadlineBoard board, FazhiDbContext db, CancellationToken ct) =>
            DecideAsync(id, board, db, () => desk.AskAsync(id, request.Days, request.Reason, http.User.ToActor(), ct), ct))
          .WhoMay<Requests.ExtensionRequestedByStaff>().WithSummary("承办人申请延长期限（写明天数和理由），提交领导审批")
          .ProducesProblem(StatusCodes.Status409Conflict)
          .ProducesValidationProblem();

        group.MapPost("/{id:guid}/extension-requests/approval", (Guid id, HttpContext http, Requests.ExtensionRequestDesk desk, DeadlineBoard board, FazhiDbContext db, CancellationToken ct) =>
            DecideAsync(id, board, db, () => desk.ApproveAsync(id, http.User.ToActor(), ct), ct))
          .WhoMay<Rules.DeadlineExtendedByLeader>().WithSummary("领导批准等待审批的延期申请（按申请的天数和理由延长）")
          .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:guid}/extension-requests/refusal", (Guid id, RefuseExtensionRequest request, HttpContext http, Requests.ExtensionRequestDesk desk, DeadlineBoard board, FazhiDbContext db, CancellationToken ct) =>
            DecideAsync(id, board, db, () => desk.RefuseAsync(id, request.Reason, http.User.ToActor(), ct), ct))
          .WhoMay<Rules.DeadlineExtendedByLeader>().WithSummary("领导不予批准延期申请（须写明理由，申请人收到通知）")
          .ProducesProblem(StatusCodes.Status409Conflict)
          .ProducesValidationProblem();
    }

    /// <summary>A deadline of another township is a 404; the step and its notifications are saved together.</summary>
    private static async Task<Results<Ok<ExtensionRequestResponse>, NotFound>> DecideAsync(
        Guid id, DeadlineBoard board, FazhiDbContext db, Func<Task<Requests.DeadlineExtensionRequest>> step, CancellationToken ct)
    {
        if (await board.DetailsAsync(id, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var r = await step();
        await db.SaveChangesAsync(ct);
        var due = (await board.DetailsAsync(id, ct))!.Row.DueDate;
        return TypedResults.Ok(new ExtensionRequestResponse(r.Id, r.DeadlineId, r.Days, r.Reason, r.RequesterName, r.State.ToString(), r.DecidedBy, r.RefusalReason, due));
    }

    internal static DeadlineResponse ToResponse(DeadlineRow row) =>
        new(row.Id, row.RuleCode, row.Title, row.Owner.ToString(), row.OwnerLabel, row.LegalBasis, row.StartEvent, row.StartDate, row.PeriodText, row.DueDate,
            row.State.ToString(), row.StateLabel, row.MetOn, row.DaysLeftText, row.CalendarUnconfirmed, row.SubjectModule,
            row.SubjectTitle, row.SubjectUrl, row.Extensions);
}

internal sealed record DeadlineQuery(
    [property: FromQuery] string? State,
    [property: FromQuery] string? Module,
    [property: FromQuery] string? Q,
    [property: FromQuery, Range(1, 100000, ErrorMessage = "页码应为正整数。")] int? Page);
