using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Education.Staff.RegisterStaff;

internal static class RegisterStaffEndpoint
{
    internal static void MapRegisterStaff(this RouteGroupBuilder group) =>
        group.MapPost("/staff", async (RegisterStaffRequest request, RegisterStaffHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var member = await handler.HandleAsync(http.User.ToActor(), request, ct);
                return TypedResults.Ok(StaffResponse.From(member));
            })
            .WhoMay<RegistersKeptByClerkOrLeader>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("登记干部职工（参学率、参考率按名册计算）");
}
