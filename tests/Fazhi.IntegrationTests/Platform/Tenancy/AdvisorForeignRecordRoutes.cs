using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Advisors.Engagements.SignContract;
using Fazhi.Modules.Advisors.Model;
using Fazhi.Modules.Advisors.Reviews.SubmitReview;
using Fazhi.Platform.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>The record routes of the Advisors module, for <see cref="ForeignRecordRoutes.All"/>: fresh 太霞乡 records.</summary>
public static class AdvisorForeignRecordRoutes
{
    private const string Api = "/api/workspace/advisors";

    public static IReadOnlyDictionary<string, ForeignRecordRoute> All { get; } = new Dictionary<string, ForeignRecordRoute>(StringComparer.Ordinal)
    {
        ["PAGE /workspace/advisors/{id:guid}"] = Route(async app => $"/workspace/advisors/{await ContractAsync(app)}"),
        ["PAGE /workspace/advisors/{id:guid}/services"] = Route(async app => $"/workspace/advisors/{await ContractAsync(app)}/services"),
        ["PAGE /workspace/advisors/{id:guid}/assessment"] = Route(async app => $"/workspace/advisors/{await ContractAsync(app)}/assessment"),
        ["POST /api/workspace/advisors/contracts/{id:guid}/assessments"] = Route(async app => $"{Api}/contracts/{await ContractAsync(app)}/assessments",
            new { year = 2026, half = 1, grade = 1, remarks = "称职。", on = "2026-07-03" }) with { Role = "leader" },
        ["GET /api/workspace/advisors/contracts/{id:guid}"] = Route(async app => $"{Api}/contracts/{await ContractAsync(app)}"),
        ["POST /api/workspace/advisors/contracts/{id:guid}/services"] = Route(async app => $"{Api}/contracts/{await ContractAsync(app)}/services",
            new { kind = 1, on = "2026-11-23", subject = "村民法律咨询", peopleServed = 3 }),
        ["PAGE /workspace/advisors/reviews/{id:guid}"] = Route(async app => $"/workspace/advisors/reviews/{await ReviewAsync(app)}"),
        ["PAGE /workspace/advisors/reviews/{id:guid}/opinion"] = Route(async app => $"/workspace/advisors/reviews/{await ReviewAsync(app)}/opinion"),
        ["PAGE /workspace/advisors/reviews/{id:guid}/signing"] = Route(async app => $"/workspace/advisors/reviews/{await ReviewAsync(app)}/signing"),
        ["GET /api/workspace/advisors/reviews/{id:guid}"] = Route(async app => $"{Api}/reviews/{await ReviewAsync(app)}"),
        ["POST /api/workspace/advisors/reviews/{id:guid}/opinion"] = Route(async app => $"{Api}/reviews/{await ReviewAsync(app)}/opinion", new { opinion = 1, text = "同意签订。", adopted = true }),
        ["POST /api/workspace/advisors/reviews/{id:guid}/signing"] = Route(async app => $"{Api}/reviews/{await ReviewAsync(app)}/signing", new { }),
    };

    private static ForeignRecordRoute Route(Func<FazhiApp, Task<string>> path, object? body = null) =>
        new(RecordAccess.Township, path, body is null ? null : () => Taixia.Json(body));

    private static Actor Clerk(Guid township) => Actor.For(ForeignRecordRoutes.OtherClerk, "太霞乡法制员", township, Roles.LegalClerk);

    private static Task<Guid> ContractAsync(FazhiApp app) => Taixia.AsClerkAsync(app, async (services, township) =>
        (await services.GetRequiredService<SignContractHandler>().HandleAsync(Clerk(township), new SignContractRequest("杨俊", AdvisorKind.Lawyer, "示范县明理律师事务所",
            new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 30000m, "法律咨询", true, []), default)).Id);

    private static Task<Guid> ReviewAsync(FazhiApp app) => Taixia.AsClerkAsync(app, async (services, township) =>
        (await services.GetRequiredService<SubmitReviewHandler>().HandleAsync(Clerk(township), new SubmitReviewRequest("石门村便民桥维修合同", "示范县路桥建设有限公司", 50000m, null), default)).Id);
}
