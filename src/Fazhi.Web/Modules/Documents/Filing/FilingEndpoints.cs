using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Documents.Filing;

internal static class FilingEndpoints
{
    internal static void MapFiling(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/filing", SubmitAsync).WhoMay<FilingSubmittedByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("报县级备案（须已公布）");
        group.MapPost("/{id:guid}/amendment", ReopenAsync).WhoMay<AmendmentReopenedByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("责令纠正或清理决定修改后重新起草");
        group.MapPost("/{id:guid}/repeal", RepealAsync).WhoMay<RepealedByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("废止（门户保留并标注失效）");
        group.MapPost("/{id:guid}/suspension", SuspendAsync).WhoMay<CorrectionAnsweredByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("责令纠正后停止执行（门户显示“已停止执行”）");
        group.MapPost("/{id:guid}/revocation", RevokeAsync).WhoMay<CorrectionAnsweredByClerkOrLeader>().ProducesProblem(StatusCodes.Status409Conflict).WithSummary("责令纠正后撤销（门户显示“已撤销”）");
    }

    private static async Task<Results<NoContent, NotFound>> SuspendAsync(Guid id, ReasonRequest request, FilingHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.SuspendAsync(id, request.Reason, http.User.ToActor(), ct) is null ? TypedResults.NotFound() : TypedResults.NoContent();

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid id, ReasonRequest request, FilingHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.RevokeAsync(id, request.Reason, http.User.ToActor(), ct) is null ? TypedResults.NotFound() : TypedResults.NoContent();

    private static async Task<Results<Ok<Guid>, NotFound>> SubmitAsync(Guid id, FilingHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.SubmitAsync(id, http.User.ToActor(), ct) is { } f ? TypedResults.Ok(f.Id) : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> ReopenAsync(Guid id, ReasonRequest request, FilingHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.ReopenAsync(id, request.Reason, http.User.ToActor(), ct) is null ? TypedResults.NotFound() : TypedResults.NoContent();

    private static async Task<Results<NoContent, NotFound>> RepealAsync(Guid id, ReasonRequest request, FilingHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.RepealAsync(id, request.Reason, http.User.ToActor(), ct) is null ? TypedResults.NotFound() : TypedResults.NoContent();
}
