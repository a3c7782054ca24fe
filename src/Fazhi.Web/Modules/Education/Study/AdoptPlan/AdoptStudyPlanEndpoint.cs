using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Education.Study.AdoptPlan;

internal sealed record StudyPlanResponse(int Year, string Title, DateOnly AdoptedOn, IReadOnlyList<PlannedSession> Sessions)
{
    public static StudyPlanResponse From(StudyPlan p) => new(p.Year, p.Title, p.AdoptedOn, [.. p.Items.OrderBy(i => i.Month).Select(i => new PlannedSession(i.Month, i.Kind, i.Topic))]);
}

internal static class AdoptStudyPlanEndpoint
{
    internal static void MapAdoptStudyPlan(this RouteGroupBuilder group) =>
        group.MapPut("/study-plans/{year:int}", async (int year, AdoptStudyPlanRequest request, AdoptStudyPlanHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(StudyPlanResponse.From(await handler.HandleAsync(http.User.ToActor(), year, request, ct))))
            .WhoMay<StudyRecordedByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("制定（或重新印发）年度学法计划");
}
