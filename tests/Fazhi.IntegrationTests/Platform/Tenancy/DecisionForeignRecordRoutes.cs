using System.Net.Http.Json;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Decisions.CollectiveMatters;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.Procedure;
using Fazhi.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>
/// The record routes of the Decisions module, for <see cref="ForeignRecordRoutes.All"/>: each creates a fresh 太霞乡
/// record in the state its step needs (on the fixture's date, 2026-11-23) and gives a body with which the owner's call
/// succeeds. One class per module, merged by the registry (docs/testing.md).
/// The public portal page <c>/t/{code}/decisions/{id}</c> is deliberately not here: a published decision is public.
/// </summary>
public static class DecisionForeignRecordRoutes
{
    private const string Api = "/api/workspace/decisions";

    private enum State
    {
        Drafting,
        HearingHeld,
        InReview,
        ReadyForMeeting,
        Adopted,
        Published,
    }

    // Declared before All: static fields initialise in order.
    private static readonly object Meeting = new
    {
        meetingName = "乡政府常务会议",
        heldOn = "2026-11-23",
        chair = "乡长",
        attendees = "班子成员",
        minutes = "同意。",
        outcome = 1,
        views = new[]
        {
            new { member = "副乡长", post = "副乡长", isHead = false, position = 1, view = "同意。" },
            new { member = "乡长", post = "乡长", isHead = true, position = 1, view = "同意。" },
        },
    };

    public static IReadOnlyDictionary<string, ForeignRecordRoute> All { get; } = new Dictionary<string, ForeignRecordRoute>(StringComparer.Ordinal)
    {
        ["PAGE /workspace/decisions/{id:guid}"] = Route(async app => $"/workspace/decisions/{await DecisionAsync(app, State.Drafting)}"),
        // The portal shows a decision only once published (第32条); a draft of 太霞乡 is 404 to everyone.
        ["PAGE /t/{code}/decisions/{id:guid}"] = new(RecordAccess.Public,
            async app => $"/t/{ForeignRecordRoutes.OtherTownship}/decisions/{await DecisionAsync(app, State.Published)}")
        {
            UnpublishedPathFor = async app => $"/t/{ForeignRecordRoutes.OtherTownship}/decisions/{await DecisionAsync(app, State.Drafting)}",
        },
        ["GET /api/workspace/decisions/{id:guid}"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Drafting)}"),
        ["GET /api/workspace/decisions/{id:guid}/archive"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Drafting)}/archive"),
        ["GET /api/workspace/decisions/{id:guid}/archive.zip"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Drafting)}/archive.zip"),
        ["POST /api/workspace/decisions/{id:guid}/public-comment"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Drafting)}/public-comment", new { }),
        ["POST /api/workspace/decisions/{id:guid}/hearings"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Drafting)}/hearings",
            new { subject = "听证事项", place = "乡政府会议室", heldOn = "2026-12-20", participantSelection = "随机抽取", participants = "村民代表5名" }),
        ["POST /api/workspace/decisions/{id:guid}/hearings/{hearingId:guid}/notice"] = Route(async app =>
        {
            var (id, hearing) = await HearingAsync(app, noticed: false);
            return $"{Api}/{id}/hearings/{hearing}/notice";
        }, new { on = "2026-11-23" }),
        ["POST /api/workspace/decisions/{id:guid}/hearings/{hearingId:guid}/record"] = Route(async app =>
        {
            var (id, hearing) = await HearingAsync(app, noticed: true);
            return $"{Api}/{id}/hearings/{hearing}/record";
        }, new { record = "听证笔录", participantsSigned = true }),
        ["POST /api/workspace/decisions/{id:guid}/expert-opinions"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Drafting)}/expert-opinions",
            new { expert = "专家", affiliation = "县住建局", form = "书面咨询", opinion = "同意。", hasInterest = false, adopted = true }),
        ["POST /api/workspace/decisions/{id:guid}/risk-assessment"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Drafting)}/risk-assessment",
            new { assessor = "综治中心", points = new[] { new { category = "社会稳定", description = "争议", likelihood = 2, impact = 2, mitigation = "协商" } }, level = 1, mitigation = "协商" }),
        ["POST /api/workspace/decisions/{id:guid}/legality-review-request"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Drafting)}/legality-review-request", new { }),
        ["POST /api/workspace/decisions/{id:guid}/legality-review"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.InReview)}/legality-review",
            new { opinion = 1, opinionText = "合法。" }),
        ["POST /api/workspace/decisions/{id:guid}/collective-decision"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.ReadyForMeeting)}/collective-decision", Meeting),
        ["POST /api/workspace/decisions/{id:guid}/party-committee-requirement"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Drafting)}/party-committee-requirement",
            new { required = true }),
        ["POST /api/workspace/decisions/{id:guid}/party-committee-report"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Drafting)}/party-committee-report",
            new { committee = "中共太霞乡委员会", matter = "关于测试决策的请示" }),
        ["POST /api/workspace/decisions/{id:guid}/party-committee-reply"] = Route(async app => $"{Api}/{await ReportedDecisionAsync(app)}/party-committee-reply",
            new { agreed = true, reply = "同意。" }),
        ["POST /api/workspace/decisions/{id:guid}/publication"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Adopted)}/publication",
            new { documentNumber = "太政发〔2026〕99号", text = "决定。", interpretation = "说明。" }),
        ["POST /api/workspace/decisions/{id:guid}/milestones"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Published)}/milestones",
            new { title = "节点", executor = "承办单位", dueOn = "2027-03-31" }),
        ["POST /api/workspace/decisions/{id:guid}/milestones/{milestoneId:guid}/completion"] = Route(async app =>
        {
            var id = await DecisionAsync(app, State.Published);
            var milestone = await WorkflowAsync(app, async (w, d) => (await w.AddMilestoneAsync(d, "节点", "承办单位", new DateOnly(2027, 3, 31), default)).Id, id);
            return $"{Api}/{id}/milestones/{milestone}/completion";
        }, new { note = "已完成。" }),
        ["POST /api/workspace/decisions/{id:guid}/evaluations"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Published)}/evaluations",
            new { trigger = "决策机关认为有必要", evaluator = "第三方评估机构", dueOn = "2027-06-30" }),
        ["POST /api/workspace/decisions/{id:guid}/evaluations/{evaluationId:guid}/completion"] = Route(async app =>
        {
            var id = await DecisionAsync(app, State.Published);
            var evaluation = await WorkflowAsync(app, async (w, d) => (await w.PlanEvaluationAsync(d, "有必要", "第三方评估机构", null, new DateOnly(2027, 6, 30), default)).Id, id);
            return $"{Api}/{id}/evaluations/{evaluation}/completion";
        }, new { conclusion = 1, report = "效果良好。" }),
        ["POST /api/workspace/decisions/{id:guid}/archive/closing"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Published)}/archive/closing", new { }),
        ["POST /api/workspace/decisions/{id:guid}/attachments"] = new(RecordAccess.Township, async app => $"{Api}/{await DecisionAsync(app, State.Drafting)}/attachments", () =>
        {
            var form = new MultipartFormDataContent
            {
                { new ByteArrayContent([.. "%PDF-1.4\n"u8, .. "1 0 obj\n"u8]), "file", "审查意见.pdf" },
                { new StringContent("合法性审查意见书"), "purpose" },
            };
            return form;
        }),
        ["PAGE /workspace/decisions/collective-matters/{id:guid}"] = Route(async app => $"/workspace/decisions/collective-matters/{await MatterAsync(app)}"),
        ["POST /api/workspace/decisions/collective-matters/{id:guid}/meeting"] = Route(async app => $"{Api}/collective-matters/{await MatterAsync(app)}/meeting", Meeting),
    };

    private static ForeignRecordRoute Route(Func<FazhiApp, Task<string>> path, object? body = null) =>
        new(RecordAccess.Township, path, body is null ? null : () => JsonContent.Create(body));

    private static async Task<T> InTaixiaAsync<T>(FazhiApp app, Func<IServiceProvider, Guid, Task<T>> work)
    {
        var townshipId = await ForeignRecordRoutes.OtherTownshipIdAsync(app);
        return await app.InScopeAsync(TenantContext.System, sp => work(sp, townshipId));
    }

    private static Task<T> WorkflowAsync<T>(FazhiApp app, Func<DecisionWorkflow, MajorDecision, Task<T>> work, Guid id) =>
        app.InScopeAsync(TenantContext.System, async sp =>
        {
            var w = sp.GetRequiredService<DecisionWorkflow>();
            return await work(w, (await w.FindAsync(id, default))!);
        });

    private static async Task<Guid> DecisionAsync(FazhiApp app, State state)
    {
        var townshipId = await ForeignRecordRoutes.OtherTownshipIdAsync(app);
        return await app.InScopeAsync(TenantContext.System, async sp =>
        {
            var w = sp.GetRequiredService<DecisionWorkflow>();
            var d = await w.InitiateAsync(townshipId, new InitiateCommand("测试决策" + Guid.NewGuid().ToString("N")[..6], DecisionCategory.PublicPolicy, "乡党政办", "乡党委",
                "背景。", "第一条 测试。", "", [], null, new DateOnly(2026, 9, 1)), default);
            if (state == State.Drafting)
            {
                return d.Id;
            }

            if (state == State.InReview)
            {
                await w.RequestLegalityReviewAsync(d, new DateOnly(2026, 11, 23), null, default);
                return d.Id;
            }

            await w.OpenPublicCommentAsync(d, null, null, default, new DateOnly(2026, 9, 2));
            await w.RecordRiskAssessmentAsync(d, "综治中心", new DateOnly(2026, 10, 10), [RiskPoint.Create("社会稳定", "争议", 2, 2, "协商")], RiskLevel.Low, "协商", null, default);
            await w.RequestLegalityReviewAsync(d, new DateOnly(2026, 10, 12), null, default);
            await w.RecordLegalityOpinionAsync(d, "法律顾问", LegalityOpinion.Passed, "合法。", new DateOnly(2026, 10, 20), default);
            if (state == State.ReadyForMeeting)
            {
                return d.Id;
            }

            await w.DecideAsync(d, new MeetingCommand("乡政府常务会议", new DateOnly(2026, 11, 2), "乡长", "班子成员", null, "同意。", MeetingOutcome.Adopt, null,
                [new MemberView { Member = "副乡长", Post = "副乡长", Position = MemberPosition.Agree, View = "同意。" }, new MemberView { Member = "乡长", Post = "乡长", IsHead = true, Position = MemberPosition.Agree, View = "同意。" }]), default);
            if (state == State.Adopted)
            {
                return d.Id;
            }

            await w.PublishAsync(d, "太政发〔2026〕98号", "决定。", "说明。", new DateOnly(2026, 11, 10), default);
            return d.Id;
        });
    }

    /// <summary>A drafting decision of 太霞乡 already reported to the Party committee (第三十一条), awaiting its reply.</summary>
    private static async Task<Guid> ReportedDecisionAsync(FazhiApp app)
    {
        var id = await DecisionAsync(app, State.Drafting);
        await WorkflowAsync(app, async (w, d) =>
        {
            await w.ReportToPartyCommitteeAsync(d, "中共太霞乡委员会", "关于测试决策的请示", new DateOnly(2026, 11, 20), default);
            return true;
        }, id);
        return id;
    }

    private static async Task<(Guid Id, Guid Hearing)> HearingAsync(FazhiApp app, bool noticed)
    {
        var id = await DecisionAsync(app, State.Drafting);
        var hearing = await WorkflowAsync(app, async (w, d) =>
            (await w.ScheduleHearingAsync(d, "听证事项", "会议室", noticed ? new DateOnly(2026, 11, 20) : new DateOnly(2026, 12, 20), "随机抽取", "村民代表",
                noticed ? new DateOnly(2026, 11, 10) : null, default)).Id, id);
        return (id, hearing);
    }

    private static Task<Guid> MatterAsync(FazhiApp app) =>
        InTaixiaAsync(app, async (sp, townshipId) => (await sp.GetRequiredService<CollectiveMatterRegister>()
            .RegisterAsync(townshipId, new CollectiveMatterRequest(CollectiveMatterCategory.LargeFunds, "测试资金安排", "副乡长", "说明。", 10000m, null), default)).Id);
}
