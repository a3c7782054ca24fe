using System.Globalization;
using System.Net.Http.Json;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Disputes.Model;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>
/// The record routes of the Disputes module, for <see cref="ForeignRecordRoutes.All"/>: each creates a fresh 太霞乡 record
/// (matter, committee, mediation case, screening finding, petition, 12345 ticket) in the state its step needs, through
/// the module's API (<see cref="DisputeRecords"/>), and gives a body with which the owner's call succeeds.
/// </summary>
public static class DisputeForeignRecordRoutes
{
    private const string Api = DisputeRecords.Api;
    private const string Pages = "/workspace/disputes";

    public static IReadOnlyDictionary<string, ForeignRecordRoute> All { get; } = new Dictionary<string, ForeignRecordRoute>(StringComparer.Ordinal)
    {
        // The intake
        ["GET /api/workspace/disputes/matters/{id:guid}"] = Route(async app => $"{Api}/matters/{await DisputeRecords.MatterAsync(app)}"),
        ["PAGE /workspace/disputes/matters/{id:guid}"] = Route(async app => $"{Pages}/matters/{await DisputeRecords.MatterAsync(app)}"),
        ["POST /api/workspace/disputes/matters/{id:guid}/assignment"] = Step(async app => $"{Api}/matters/{await DisputeRecords.MatterAsync(app)}/assignment",
            app => new { office = "司法所", assignedOn = Today(app) }),
        ["PAGE /workspace/disputes/matters/{id:guid}/route"] = Route(async app => $"{Pages}/matters/{await DisputeRecords.MatterAsync(app)}/route"),
        ["POST /api/workspace/disputes/matters/{id:guid}/reply"] = Step(async app => $"{Api}/matters/{await DisputeRecords.MatterAsync(app)}/reply",
            app => new { text = "已协调处理。", repliedOn = Today(app), final = true }),
        ["PAGE /workspace/disputes/matters/{id:guid}/reply"] = Route(async app => $"{Pages}/matters/{await DisputeRecords.MatterAsync(app)}/reply"),
        ["POST /api/workspace/disputes/matters/{id:guid}/follow-up"] = Step(async app => $"{Api}/matters/{await DisputeRecords.MatterAsync(app, replied: true)}/follow-up",
            app => new { satisfaction = (int)Satisfaction.Satisfied, followUpOn = Today(app) }),
        ["PAGE /workspace/disputes/matters/{id:guid}/follow-up"] = Route(async app => $"{Pages}/matters/{await DisputeRecords.MatterAsync(app, replied: true)}/follow-up"),
        ["POST /api/workspace/disputes/matters/{id:guid}/closing"] = Step(async app => $"{Api}/matters/{await DisputeRecords.MatterAsync(app, replied: true)}/closing",
            app => new { closedOn = Today(app) }),
        ["PAGE /workspace/disputes/matters/{id:guid}/closing"] = Route(async app => $"{Pages}/matters/{await DisputeRecords.MatterAsync(app, replied: true)}/closing"),
        ["POST /api/workspace/disputes/matters/{id:guid}/link"] = new(RecordAccess.Township, async app => $"{Api}/matters/{await DisputeRecords.MatterAsync(app)}/link")
        {
            BodyFor = async (app, _) => JsonContent.Create(new { firstMatterId = await DisputeRecords.MatterAsync(app), reason = "同一诉求人就同一事项再次来访。" }),
        },
        ["PAGE /workspace/disputes/matters/{id:guid}/link"] = Route(async app => $"{Pages}/matters/{await DisputeRecords.MatterAsync(app)}/link"),

        // 人民调解: committees
        ["GET /api/workspace/disputes/mediation/committees/{id:guid}"] = Route(async app => $"{Api}/mediation/committees/{await DisputeRecords.CommitteeAsync(app)}"),
        ["PAGE /workspace/disputes/mediation/committees/{id:guid}"] = Route(async app => $"{Pages}/mediation/committees/{await DisputeRecords.CommitteeAsync(app)}"),
        ["POST /api/workspace/disputes/mediation/committees/{id:guid}/appointments"] = Step(async app => $"{Api}/mediation/committees/{await DisputeRecords.CommitteeAsync(app)}/appointments",
            app => new { name = "赵永红", gender = (int)Gender.Female, phone = "13900139009", isLawyer = false, appointedOn = Today(app) }),
        ["PAGE /workspace/disputes/mediation/committees/{id:guid}/appointments"] = Route(async app => $"{Pages}/mediation/committees/{await DisputeRecords.CommitteeAsync(app)}/appointments"),
        ["POST /api/workspace/disputes/mediation/committees/{id:guid}/releases"] = new(RecordAccess.Township, async app => $"{Api}/mediation/committees/{await DisputeRecords.CommitteeAsync(app)}/releases")
        {
            BodyFor = async (app, path) => JsonContent.Create(new
            {
                mediatorId = await DisputeRecords.MediatorNamedAsync(app, IdIn(path), "王志强"),
                releasedOn = Today(app),
                reason = "外出务工",
            }),
        },
        ["PAGE /workspace/disputes/mediation/committees/{id:guid}/releases"] = Route(async app => $"{Pages}/mediation/committees/{await DisputeRecords.CommitteeAsync(app)}/releases"),
        ["POST /api/workspace/disputes/mediation/committees/{id:guid}/renewal"] = Step(async app => $"{Api}/mediation/committees/{await DisputeRecords.CommitteeAsync(app)}/renewal",
            app => new { formedOn = Today(app), members = DisputeRecords.Members }),
        ["PAGE /workspace/disputes/mediation/committees/{id:guid}/renewal"] = Route(async app => $"{Pages}/mediation/committees/{await DisputeRecords.CommitteeAsync(app)}/renewal"),

        // 人民调解: cases
        ["GET /api/workspace/disputes/mediation/cases/{id:guid}"] = Route(async app => $"{Api}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.Accepted)}"),
        ["PAGE /workspace/disputes/mediation/cases/{id:guid}"] = Route(async app => $"{Pages}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.Accepted)}"),
        ["POST /api/workspace/disputes/mediation/cases/{id:guid}/mediators"] = new(RecordAccess.Township, async app => $"{Api}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.Accepted)}/mediators")
        {
            BodyFor = async (app, path) =>
            {
                var caseId = IdIn(path);
                var committeeId = await app.WithDbAsync(db => db.Set<MediationCase>().Where(c => c.Id == caseId).Select(c => c.CommitteeId).SingleAsync());
                return JsonContent.Create(new { mediatorIds = new[] { (await DisputeRecords.MediatorsOfAsync(app, committeeId))[0] }, assignedOn = Today(app) });
            },
        },
        ["PAGE /workspace/disputes/mediation/cases/{id:guid}/mediators"] = Route(async app => $"{Pages}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.Accepted)}/mediators"),
        ["POST /api/workspace/disputes/mediation/cases/{id:guid}/sessions"] = Step(async app => $"{Api}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.MediatorsAssigned)}/sessions",
            app => new { heldOn = Today(app), place = "太霞乡人民调解室", participants = "双方当事人、调解员", record = "双方陈述了各自意见，调解员释明了相关法律规定。" }),
        ["PAGE /workspace/disputes/mediation/cases/{id:guid}/sessions"] = Route(async app => $"{Pages}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.MediatorsAssigned)}/sessions"),
        ["POST /api/workspace/disputes/mediation/cases/{id:guid}/refusal"] = new(RecordAccess.Township, async app => $"{Api}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.Accepted)}/refusal")
        {
            BodyFor = async (app, path) =>
            {
                var caseId = IdIn(path);
                var name = await app.WithDbAsync(db => db.Set<MediationCase>().Where(c => c.Id == caseId).SelectMany(c => c.Parties).Where(p => p.Side == PartySide.Respondent).Select(p => p.Name).FirstAsync());
                return JsonContent.Create(new { partyName = name, refusedOn = Today(app), reason = "被申请人明确表示不接受调解，要求通过诉讼解决。" });
            },
        },
        ["PAGE /workspace/disputes/mediation/cases/{id:guid}/refusal"] = Route(async app => $"{Pages}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.Accepted)}/refusal"),
        ["POST /api/workspace/disputes/mediation/cases/{id:guid}/termination"] = Step(async app => $"{Api}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.MediatorsAssigned)}/termination",
            app => new { endedOn = Today(app), reason = "双方对赔偿数额分歧较大，经三次调解未能达成协议。", routesAdvised = "告知当事人可以向人民法院提起诉讼。" }),
        ["PAGE /workspace/disputes/mediation/cases/{id:guid}/termination"] = Route(async app => $"{Pages}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.MediatorsAssigned)}/termination"),
        ["POST /api/workspace/disputes/mediation/cases/{id:guid}/agreement"] = Step(async app => $"{Api}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.MediatorsAssigned)}/agreement",
            DisputeRecords.AgreementBody),
        ["PAGE /workspace/disputes/mediation/cases/{id:guid}/agreement"] = Route(async app => $"{Pages}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.MediatorsAssigned)}/agreement"),
        ["GET /api/workspace/disputes/mediation/cases/{id:guid}/agreement.docx"] = Route(async app => $"{Api}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.WrittenAgreement)}/agreement.docx"),
        ["POST /api/workspace/disputes/mediation/cases/{id:guid}/signatures"] = new(RecordAccess.Township, async app => $"{Api}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.WrittenAgreement)}/signatures")
        {
            BodyFor = async (app, path) => JsonContent.Create(await DisputeRecords.SignaturesBodyAsync(app, IdIn(path))),
        },
        ["PAGE /workspace/disputes/mediation/cases/{id:guid}/signatures"] = Route(async app => $"{Pages}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.WrittenAgreement)}/signatures"),
        ["POST /api/workspace/disputes/mediation/cases/{id:guid}/judicial-confirmation"] = Step(async app => $"{Api}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.Effective)}/judicial-confirmation",
            app => new { appliedOn = Today(app), court = "示范县人民法院" }),
        ["PAGE /workspace/disputes/mediation/cases/{id:guid}/judicial-confirmation"] = Route(async app => $"{Pages}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.Effective)}/judicial-confirmation"),
        ["POST /api/workspace/disputes/mediation/cases/{id:guid}/performance"] = Step(async app => $"{Api}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.Effective)}/performance",
            app => new { status = (int)PerformanceStatus.Performed, checkedOn = Today(app), note = "被申请人已当场支付。" }),
        ["PAGE /workspace/disputes/mediation/cases/{id:guid}/performance"] = Route(async app => $"{Pages}/mediation/cases/{await DisputeRecords.CaseAsync(app, MediationProgress.Effective)}/performance"),

        // 矛盾纠纷排查
        ["GET /api/workspace/disputes/screening/rounds/{id:guid}"] = Route(async app => $"{Api}/screening/rounds/{(await DisputeRecords.FindingAsync(app)).Round}"),
        ["PAGE /workspace/disputes/screening/{id:guid}"] = Route(async app => $"{Pages}/screening/{(await DisputeRecords.FindingAsync(app)).Round}"),
        ["PAGE /workspace/disputes/screening/findings/{id:guid}"] = Route(async app => $"{Pages}/screening/findings/{(await DisputeRecords.FindingAsync(app)).Finding}"),
        ["POST /api/workspace/disputes/screening/findings/{id:guid}/resolution"] = Step(async app => $"{Api}/screening/findings/{(await DisputeRecords.FindingAsync(app)).Finding}/resolution",
            app => new { resolvedOn = Today(app), resolution = "经村调委会调解，双方确认了界址。" }),
        ["PAGE /workspace/disputes/screening/findings/{id:guid}/resolution"] = Route(async app => $"{Pages}/screening/findings/{(await DisputeRecords.FindingAsync(app)).Finding}/resolution"),
        ["POST /api/workspace/disputes/screening/findings/{id:guid}/escalation"] = Step(async app => $"{Api}/screening/findings/{(await DisputeRecords.FindingAsync(app)).Finding}/escalation",
            app => new { escalatedOn = Today(app), escalatedTo = "示范县矛盾纠纷调处化解中心" }),
        ["PAGE /workspace/disputes/screening/findings/{id:guid}/escalation"] = Route(async app => $"{Pages}/screening/findings/{(await DisputeRecords.FindingAsync(app)).Finding}/escalation"),
        ["POST /api/workspace/disputes/screening/findings/{id:guid}/leader"] = Step(async app => $"{Api}/screening/findings/{(await DisputeRecords.FindingAsync(app)).Finding}/leader",
            app => new { leaderUserName = "taixia.leader", dueOn = Day(Taixia.Today(app).AddDays(15)) }, role: "leader"),
        ["PAGE /workspace/disputes/screening/findings/{id:guid}/leader"] = Route(async app => $"{Pages}/screening/findings/{(await DisputeRecords.FindingAsync(app)).Finding}/leader", role: "leader"),

        // 信访
        ["GET /api/workspace/disputes/petitions/{id:guid}"] = Route(async app => $"{Api}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.Registered)}"),
        ["PAGE /workspace/disputes/petitions/{id:guid}"] = Route(async app => $"{Pages}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.Registered)}"),
        ["POST /api/workspace/disputes/petitions/{id:guid}/acceptance"] = Step(async app => $"{Api}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.Registered)}/acceptance",
            DisputeRecords.AcceptanceBody),
        ["PAGE /workspace/disputes/petitions/{id:guid}/acceptance"] = Route(async app => $"{Pages}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.Registered)}/acceptance"),
        ["GET /api/workspace/disputes/petitions/{id:guid}/acceptance-notice.docx"] = Route(async app => $"{Api}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.Accepted)}/acceptance-notice.docx"),
        ["POST /api/workspace/disputes/petitions/{id:guid}/decline"] = Step(async app => $"{Api}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.Registered)}/decline",
            app => new { declinedOn = Today(app), acceptedElsewhereBy = "示范县自然资源局", reason = "该事项已由县自然资源局受理并正在办理。" }),
        ["PAGE /workspace/disputes/petitions/{id:guid}/decline"] = Route(async app => $"{Pages}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.Registered)}/decline"),
        ["POST /api/workspace/disputes/petitions/{id:guid}/transfer"] = Step(async app => $"{Api}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.Registered)}/transfer",
            app => new { transferredOn = Today(app), transferredTo = "示范县自然资源局" }),
        ["PAGE /workspace/disputes/petitions/{id:guid}/transfer"] = Route(async app => $"{Pages}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.Registered)}/transfer"),
        ["POST /api/workspace/disputes/petitions/{id:guid}/objection"] = Step(async app => $"{Api}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.TransferredIn)}/objection",
            app => new { objectedOn = Today(app), reason = "该事项属于县自然资源局的法定职责，不属于本乡职责范围。" }),
        ["PAGE /workspace/disputes/petitions/{id:guid}/objection"] = Route(async app => $"{Pages}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.TransferredIn)}/objection"),
        ["POST /api/workspace/disputes/petitions/{id:guid}/extension"] = Step(async app => $"{Api}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.Accepted)}/extension",
            app => new { days = 30, reason = "需要会同县自然资源局现场勘测。", notifiedOn = Today(app) }, role: "leader"),
        ["PAGE /workspace/disputes/petitions/{id:guid}/extension"] = Route(async app => $"{Pages}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.Accepted)}/extension", role: "leader"),
        ["POST /api/workspace/disputes/petitions/{id:guid}/opinion"] = Step(async app => $"{Api}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.Accepted)}/opinion",
            DisputeRecords.OpinionBody),
        ["PAGE /workspace/disputes/petitions/{id:guid}/opinion"] = Route(async app => $"{Pages}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.Accepted)}/opinion"),
        ["GET /api/workspace/disputes/petitions/{id:guid}/opinion.docx"] = Route(async app => $"{Api}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.Answered)}/opinion.docx"),
        ["POST /api/workspace/disputes/petitions/{id:guid}/review-request"] = Step(async app => $"{Api}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.Answered)}/review-request",
            app => new { level = (int)ReviewLevel.Review, requestedOn = Today(app), organ = "示范县人民政府" }),
        ["PAGE /workspace/disputes/petitions/{id:guid}/review-request"] = Route(async app => $"{Pages}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.Answered)}/review-request"),
        ["POST /api/workspace/disputes/petitions/{id:guid}/review-opinion"] = Step(async app => $"{Api}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.ReviewRequested)}/review-opinion",
            app => new { level = (int)ReviewLevel.Review, decidedOn = Today(app), result = (int)ReviewResult.Upheld }),
        ["PAGE /workspace/disputes/petitions/{id:guid}/review-opinion"] = Route(async app => $"{Pages}/petitions/{await DisputeRecords.PetitionAsync(app, PetitionProgress.ReviewRequested)}/review-opinion"),

        // 12345
        ["GET /api/workspace/disputes/hotline/tickets/{id:guid}"] = Route(async app => $"{Api}/hotline/tickets/{await DisputeRecords.TicketAsync(app)}"),
        ["PAGE /workspace/disputes/hotline/{id:guid}"] = Route(async app => $"{Pages}/hotline/{await DisputeRecords.TicketAsync(app)}"),
        ["POST /api/workspace/disputes/hotline/tickets/{id:guid}/dispatch"] = Step(async app => $"{Api}/hotline/tickets/{await DisputeRecords.TicketAsync(app)}/dispatch",
            app => new { office = "党政综合办公室", dispatchedOn = Today(app) }),
        ["PAGE /workspace/disputes/hotline/{id:guid}/dispatch"] = Route(async app => $"{Pages}/hotline/{await DisputeRecords.TicketAsync(app)}/dispatch"),
        ["POST /api/workspace/disputes/hotline/tickets/{id:guid}/reply"] = Step(async app => $"{Api}/hotline/tickets/{await DisputeRecords.TicketAsync(app, dispatched: true)}/reply",
            app => new { text = "已安排电工更换路灯，现已恢复照明。", repliedOn = Today(app) }),
        ["PAGE /workspace/disputes/hotline/{id:guid}/reply"] = Route(async app => $"{Pages}/hotline/{await DisputeRecords.TicketAsync(app, dispatched: true)}/reply"),
        ["POST /api/workspace/disputes/hotline/tickets/{id:guid}/follow-up"] = Step(async app => $"{Api}/hotline/tickets/{await RepliedTicketAsync(app)}/follow-up",
            app => new { satisfaction = (int)Satisfaction.Satisfied, followUpOn = Today(app) }),
        ["PAGE /workspace/disputes/hotline/{id:guid}/follow-up"] = Route(async app => $"{Pages}/hotline/{await RepliedTicketAsync(app)}/follow-up"),
        ["POST /api/workspace/disputes/hotline/tickets/{id:guid}/return"] = Step(async app => $"{Api}/hotline/tickets/{await DisputeRecords.TicketAsync(app)}/return",
            app => new { returnedOn = Today(app), reason = "所反映路段属县公路局管养，不属本乡职责。" }),
        ["PAGE /workspace/disputes/hotline/{id:guid}/return"] = Route(async app => $"{Pages}/hotline/{await DisputeRecords.TicketAsync(app)}/return"),
        ["POST /api/workspace/disputes/hotline/tickets/{id:guid}/extension"] = Step(async app => $"{Api}/hotline/tickets/{await DisputeRecords.TicketAsync(app, dispatched: true)}/extension",
            _ => new { days = 3, reason = "需等待供电所配合更换线路。", centreApproval = "县12345热线中心同意延期3个工作日" }, role: "leader"),
        ["PAGE /workspace/disputes/hotline/{id:guid}/extension"] = Route(async app => $"{Pages}/hotline/{await DisputeRecords.TicketAsync(app, dispatched: true)}/extension", role: "leader"),
    };

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Today(FazhiApp app) => Day(Taixia.Today(app));

    /// <summary>The record id in a path such as /api/workspace/disputes/mediation/cases/{id}/refusal.</summary>
    private static Guid IdIn(string path) => path.Split('/').Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).First(g => g != Guid.Empty);

    private static async Task<Guid> RepliedTicketAsync(FazhiApp app)
    {
        var id = await DisputeRecords.TicketAsync(app, dispatched: true);
        await Taixia.PostAsync(app, "clerk", $"{Api}/hotline/tickets/{id}/reply", new { text = "已安排电工更换路灯，现已恢复照明。", repliedOn = Today(app) });
        return id;
    }

    private static ForeignRecordRoute Route(Func<FazhiApp, Task<string>> path, string role = "clerk") => new(RecordAccess.Township, path) { Role = role };

    private static ForeignRecordRoute Step(Func<FazhiApp, Task<string>> path, Func<FazhiApp, object> body, string role = "clerk") =>
        new(RecordAccess.Township, path) { Role = role, BodyFor = (app, _) => Task.FromResult<HttpContent>(JsonContent.Create(body(app))) };
}
