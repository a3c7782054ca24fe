using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fazhi.Modules.Documents.FilingReview;

internal static class FilingReviewEndpoints
{
    /// <summary>Under /api/county/filings: county reviewers only (route-prefix policy).</summary>
    internal static void MapFilingReview(this RouteGroupBuilder group)
    {
        group.MapGet("/", InboxAsync).WithSummary("本县各乡镇报送的备案");
        group.MapPost("/{filingId:guid}/decision", DecideAsync).WhoMay<FilingReviewedByCounty>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("准予备案或责令纠正");
    }

    private static async Task<Ok<IReadOnlyList<FilingInboxRow>>> InboxAsync(FilingReviewHandler handler, bool? pending, CancellationToken ct) =>
        TypedResults.Ok(await handler.InboxAsync(pending == true, ct));

    private static async Task<Results<Ok<string>, NotFound>> DecideAsync(Guid filingId, FilingDecisionRequest request, FilingReviewHandler handler, HttpContext http, CancellationToken ct) =>
        await handler.DecideAsync(filingId, request, http.User.ToActor(), ct) is { } f ? TypedResults.Ok(DocumentLabels.Of(f.Outcome)) : TypedResults.NotFound();
}
