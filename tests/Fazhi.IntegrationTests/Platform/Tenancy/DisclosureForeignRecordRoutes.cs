using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Disclosure.Catalogue.AddEntry;
using Fazhi.Modules.Disclosure.Model;
using Fazhi.Modules.Disclosure.Requests.Apply;
using Fazhi.Modules.Disclosure.Requests.ConsultThirdParty;
using Fazhi.Modules.Disclosure.Requests.Register;
using Fazhi.Modules.Disclosure.Requests.Reply;
using Fazhi.Modules.Disclosure.Requests.RequestCorrection;
using Fazhi.Platform.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>
/// The record routes of the Disclosure module, for <see cref="ForeignRecordRoutes.All"/>: each creates a fresh 太霞乡
/// application in the state its step needs (on the fixture's date, 2026-11-23) and gives a body with which the owner's
/// call succeeds. The portal's application and status pages carry no record id: the status page finds an application
/// only by its number and phone together.
/// </summary>
public static class DisclosureForeignRecordRoutes
{
    private const string Api = "/api/workspace/disclosure/requests";
    private const string Pages = "/workspace/disclosure/requests";

    private enum State
    {
        AwaitingConfirmation,
        InProgress,
        AwaitingCorrection,
        Consulting,
        Replied,
    }

    public static IReadOnlyDictionary<string, ForeignRecordRoute> All { get; } = new Dictionary<string, ForeignRecordRoute>(StringComparer.Ordinal)
    {
        ["PAGE /workspace/disclosure/requests/{id:guid}"] = Route(async app => $"{Pages}/{await RequestAsync(app, State.Replied)}"),
        ["PAGE /workspace/disclosure/requests/{id:guid}/receipt"] = Route(async app => $"{Pages}/{await RequestAsync(app, State.AwaitingConfirmation)}/receipt"),
        ["PAGE /workspace/disclosure/requests/{id:guid}/correction"] = Route(async app => $"{Pages}/{await RequestAsync(app, State.InProgress)}/correction"),
        ["PAGE /workspace/disclosure/requests/{id:guid}/corrected"] = Route(async app => $"{Pages}/{await RequestAsync(app, State.AwaitingCorrection)}/corrected"),
        ["PAGE /workspace/disclosure/requests/{id:guid}/third-party"] = Route(async app => $"{Pages}/{await RequestAsync(app, State.InProgress)}/third-party"),
        ["PAGE /workspace/disclosure/requests/{id:guid}/third-party-answer"] = Route(async app => $"{Pages}/{await RequestAsync(app, State.Consulting)}/third-party-answer"),
        ["PAGE /workspace/disclosure/requests/{id:guid}/extension"] = Route(async app => $"{Pages}/{await RequestAsync(app, State.InProgress)}/extension"),
        ["PAGE /workspace/disclosure/requests/{id:guid}/reply"] = Route(async app => $"{Pages}/{await RequestAsync(app, State.InProgress)}/reply"),
        ["PAGE /workspace/disclosure/requests/{id:guid}/closing"] = Route(async app => $"{Pages}/{await RequestAsync(app, State.InProgress)}/closing"),
        ["GET /api/workspace/disclosure/requests/{id:guid}"] = Route(async app => $"{Api}/{await RequestAsync(app, State.InProgress)}"),
        ["GET /api/workspace/disclosure/requests/{id:guid}/reply.docx"] = Route(async app => $"{Api}/{await RequestAsync(app, State.Replied)}/reply.docx"),
        ["POST /api/workspace/disclosure/requests/{id:guid}/receipt"] = Route(async app => $"{Api}/{await RequestAsync(app, State.AwaitingConfirmation)}/receipt", new { }),
        ["POST /api/workspace/disclosure/requests/{id:guid}/correction"] = Route(async app => $"{Api}/{await RequestAsync(app, State.InProgress)}/correction",
            new { items = "请写明所需信息的文号或形成时间。" }),
        ["POST /api/workspace/disclosure/requests/{id:guid}/corrected"] = Route(async app => $"{Api}/{await RequestAsync(app, State.AwaitingCorrection)}/corrected",
            new { description = "太霞乡2026年部门预算（太府〔2026〕3号）" }),
        ["POST /api/workspace/disclosure/requests/{id:guid}/third-party"] = Route(async app => $"{Api}/{await RequestAsync(app, State.InProgress)}/third-party",
            new { thirdParty = "太霞绿源农业发展有限公司" }),
        ["POST /api/workspace/disclosure/requests/{id:guid}/third-party-answer"] = Route(async app => $"{Api}/{await RequestAsync(app, State.Consulting)}/third-party-answer",
            new { answer = 1 }),
        ["POST /api/workspace/disclosure/requests/{id:guid}/extension"] = Route(async app => $"{Api}/{await RequestAsync(app, State.InProgress)}/extension",
            new { days = 10, reason = "需调取档案。", applicantToldOn = "2026-11-23" }) with { Role = "leader" },
        ["POST /api/workspace/disclosure/requests/{id:guid}/reply"] = Route(async app => $"{Api}/{await RequestAsync(app, State.InProgress)}/reply",
            new { type = 2, text = "提供预算说明一份。" }),
        ["PAGE /workspace/disclosure/catalogue/{id:guid}/publication"] = Route(async app => $"/workspace/disclosure/catalogue/{await EntryAsync(app)}/publication"),
        ["POST /api/workspace/disclosure/catalogue/{id:guid}/publication"] = Route(async app => $"/api/workspace/disclosure/catalogue/{await EntryAsync(app)}/publication", new { }),
        ["POST /api/workspace/disclosure/requests/{id:guid}/closing"] = Route(async app => $"{Api}/{await RequestAsync(app, State.InProgress)}/closing", new { kind = 1 }),
    };

    private static ForeignRecordRoute Route(Func<FazhiApp, Task<string>> path, object? body = null) =>
        new(RecordAccess.Township, path, body is null ? null : () => Taixia.Json(body));

    private static Task<Guid> EntryAsync(FazhiApp app) => Taixia.AsClerkAsync(app, async (services, township) =>
        (await services.GetRequiredService<AddEntryHandler>().HandleAsync(Actor.For(ForeignRecordRoutes.OtherClerk, "太霞乡法制员", township, Roles.LegalClerk),
            new AddEntryRequest(InformationCategory.Budget, "太霞乡2026年部门预算", "预算收支。", new DateOnly(2026, 11, 20), null), default)).Id);

    private static Task<Guid> RequestAsync(FazhiApp app, State state) => Taixia.AsClerkAsync(app, async (services, township) =>
    {
        var clerk = Actor.For(ForeignRecordRoutes.OtherClerk, "太霞乡法制员", township, Roles.LegalClerk);
        var fields = ApplyRequest.Blank with { ApplicantName = "王秀英", IdentityNumber = "441823197001011234", Phone = "13700001111", Description = "太霞乡2026年部门预算" };
        if (state == State.AwaitingConfirmation)
        {
            return (await services.GetRequiredService<ApplyHandler>().HandleAsync(township, fields, default)).Id;
        }

        var today = new DateOnly(2026, 11, 23);
        var request = await services.GetRequiredService<RegisterHandler>().HandleAsync(clerk, new RegisterRequest(RequestChannel.InPerson, fields.ApplicantKind, fields.ApplicantName,
            fields.IdentityNumber, fields.Phone, null, null, fields.Description, DeliveryForm.Paper, DeliveryWay.Pickup, today, null), default);
        switch (state)
        {
            case State.AwaitingCorrection:
                await services.GetRequiredService<RequestCorrectionHandler>().HandleAsync(clerk, request.Id, new RequestCorrectionRequest("请写明文号。", null, null), default);
                break;
            case State.Consulting:
                await services.GetRequiredService<ConsultThirdPartyHandler>().HandleAsync(clerk, request.Id, new ConsultThirdPartyRequest("太霞绿源农业发展有限公司", null), default);
                break;
            case State.Replied:
                await services.GetRequiredService<ReplyHandler>().HandleAsync(clerk, request.Id, new ReplyRequest(ReplyType.Provided, null, null, "提供预算说明一份。", null), default);
                break;
        }

        return request.Id;
    });
}
