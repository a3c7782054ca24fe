using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Intake.Register;

internal static class RegisterMatterEndpoint
{
    internal static void MapRegisterMatter(this RouteGroupBuilder group) =>
        group.MapPost("/matters", async (RegisterMatterRequest request, RegisterMatterHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var (matter, first) = await handler.HandleAsync(http.User.ToActor(), request, ct);
                return TypedResults.Created($"/api/workspace/disputes/matters/{matter.Id}", Record.MatterResponse.From(matter, first));
            })
            .WhoMay<MatterRegisteredByStaff>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记群众来访、来信、来电、网上诉求（同一诉求人同一事项重复反映的自动关联）");
}
