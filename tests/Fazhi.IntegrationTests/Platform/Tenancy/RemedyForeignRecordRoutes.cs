using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Remedies.Cases.Register;
using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>The record routes of the Remedies module, for <see cref="ForeignRecordRoutes.All"/>: a fresh 太霞乡 case.</summary>
public static class RemedyForeignRecordRoutes
{
    private const string Api = "/api/workspace/remedies";

    public static IReadOnlyDictionary<string, ForeignRecordRoute> All { get; } = new Dictionary<string, ForeignRecordRoute>(StringComparer.Ordinal)
    {
        ["PAGE /workspace/remedies/{id:guid}"] = Route(async app => $"/workspace/remedies/{await CaseAsync(app)}"),
        ["PAGE /workspace/remedies/{id:guid}/answer"] = Route(async app => $"/workspace/remedies/{await CaseAsync(app)}/answer"),
        ["PAGE /workspace/remedies/{id:guid}/hearing"] = Route(async app => $"/workspace/remedies/{await CaseAsync(app)}/hearing"),
        ["PAGE /workspace/remedies/{id:guid}/outcome"] = Route(async app => $"/workspace/remedies/{await CaseAsync(app)}/outcome"),
        ["PAGE /workspace/remedies/{id:guid}/opinion"] = Route(async app => $"/workspace/remedies/{await CaseAsync(app)}/opinion"),
        ["PAGE /workspace/remedies/{id:guid}/correction"] = Route(async app => $"/workspace/remedies/{await CaseAsync(app)}/correction"),
        ["GET /api/workspace/remedies/cases/{id:guid}"] = Route(async app => $"{Api}/cases/{await CaseAsync(app)}"),
        ["POST /api/workspace/remedies/cases/{id:guid}/answer"] = Route(async app => $"{Api}/cases/{await CaseAsync(app)}/answer", new { summary = "提交书面答复及证据。" }),
        ["POST /api/workspace/remedies/cases/{id:guid}/hearing"] = Route(async app => $"{Api}/cases/{await CaseAsync(app)}/hearing",
            new { on = "2026-11-23", leaderAppeared = true, appearedBy = "乡长 周明" }),
        ["POST /api/workspace/remedies/cases/{id:guid}/outcome"] = Route(async app => $"{Api}/cases/{await CaseAsync(app)}/outcome",
            new { outcome = 1, on = "2026-11-23", summary = "维持。" }),
        ["POST /api/workspace/remedies/cases/{id:guid}/opinion"] = Route(async app => $"{Api}/cases/{await CaseAsync(app)}/opinion",
            new { number = "示县复意〔2026〕1号", receivedOn = "2026-11-23", summary = "责令限期拆除前未告知陈述申辩权利。" }),
        ["POST /api/workspace/remedies/cases/{id:guid}/correction"] = Route(async app => $"{Api}/cases/{await CaseWithOpinionAsync(app)}/correction",
            new { report = "已重新告知陈述申辩权利。" }),
    };

    private static ForeignRecordRoute Route(Func<FazhiApp, Task<string>> path, object? body = null) =>
        new(RecordAccess.Township, path, body is null ? null : () => Taixia.Json(body));

    private static Task<Guid> CaseAsync(FazhiApp app) => Taixia.AsClerkAsync(app, async (services, township) =>
        (await services.GetRequiredService<RegisterCaseHandler>().HandleAsync(Actor.For(ForeignRecordRoutes.OtherClerk, "太霞乡法制员", township, Roles.LegalClerk),
            new RegisterCaseRequest(RemedyKind.Reconsideration, "示县复〔2026〕30号", "张三", "责令限期拆除决定", "示范县人民政府", false, false, new DateOnly(2026, 11, 20)), default)).Id);

    /// <summary>A case whose 行政复议意见书 is recorded: the corrective report answers one (行政复议法 第七十六条).</summary>
    private static async Task<Guid> CaseWithOpinionAsync(FazhiApp app)
    {
        var id = await CaseAsync(app);
        return await Taixia.AsClerkAsync(app, async (services, township) =>
            (await services.GetRequiredService<Fazhi.Modules.Remedies.Cases.RecordOpinion.RecordOpinionHandler>().HandleAsync(
                Actor.For(ForeignRecordRoutes.OtherClerk, "太霞乡法制员", township, Roles.LegalClerk), id,
                new Fazhi.Modules.Remedies.Cases.RecordOpinion.RecordOpinionRequest("示县复意〔2026〕2号", new DateOnly(2026, 11, 23), "责令限期拆除前未告知陈述申辩权利。"), default))!.Id);
    }
}
