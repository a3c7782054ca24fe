using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Education.Publicity.RecordActivity;

internal static class RecordActivityEndpoint
{
    internal static void MapRecordActivity(this RouteGroupBuilder group) =>
        group.MapPost("/activities", async (RecordActivityRequest request, RecordActivityHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(ActivityResponse.From(await handler.HandleAsync(http.User.ToActor(), request, [], ct))))
            .WhoMay<ActivitiesRecordedWhereTheyHappen>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记普法活动（须有主题和地点；照片另用 /activities/{id}/photos 上传）");
}
