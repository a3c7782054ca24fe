using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Education.Trainings.RecordTraining;

internal static class RecordTrainingEndpoint
{
    internal static void MapRecordTraining(this RouteGroupBuilder group) =>
        group.MapPost("/trainings", async (RecordTrainingRequest request, RecordTrainingHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(TrainingResponse.From(await handler.HandleAsync(http.User.ToActor(), request, ct))))
            .WhoMay<TrainingsRecordedByOrganisers>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记法治培训（场次、参训人次）");
}
