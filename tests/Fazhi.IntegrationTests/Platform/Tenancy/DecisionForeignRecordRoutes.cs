using System.Net.Http.Json;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.Decisions.CollectiveDeliberation;
using Fazhi.Modules.Decisions.CollectiveMatters.Register;
using Fazhi.Modules.Decisions.Evaluations.Plan;
using Fazhi.Modules.Decisions.Implementation.AddMilestone;
using Fazhi.Modules.Decisions.Initiation;
using Fazhi.Modules.Decisions.LegalityReview.Opinion;
using Fazhi.Modules.Decisions.LegalityReview.Submission;
using Fazhi.Modules.Decisions.Meetings;
using Fazhi.Modules.Decisions.Model;
using Fazhi.Modules.Decisions.PartyCommittee.Report;
using Fazhi.Modules.Decisions.Publication;
using Fazhi.Modules.Decisions.PublicParticipation.OpenComment;
using Fazhi.Modules.Decisions.PublicParticipation.ScheduleHearing;
using Fazhi.Modules.Decisions.RiskAssessment;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>
/// The record routes of the Decisions module, for <see cref="ForeignRecordRoutes.All"/>: each creates a fresh 太霞乡
/// record in the state its step needs (on the fixture's date, 2026-11-23), through the steps' own handlers as 太霞乡's
/// clerk or advisor, and gives a body with which the owner's call succeeds. One class per module, merged by the
/// registry (docs/testing.md). The public portal page <c>/t/{code}/decisions/{id}</c> is deliberately not a township
/// route: a published decision is public.
/// </summary>
public static class DecisionForeignRecordRoutes
{
    private const string Api = "/api/workspace/decisions";
    private const string Pages = "/workspace/decisions";

    private enum State
    {
        Drafting,
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
        ["PAGE /workspace/decisions/{id:guid}"] = Route(async app => $"{Pages}/{await DecisionAsync(app, State.Drafting)}"),
        // The portal shows a decision only once published (第32条); a draft of 太霞乡 is 404 to everyone.
        ["PAGE /t/{code}/decisions/{id:guid}"] = new(RecordAccess.Public,
            async app => $"/t/{ForeignRecordRoutes.OtherTownship}/decisions/{await DecisionAsync(app, State.Published)}")
        {
            UnpublishedPathFor = async app => $"/t/{ForeignRecordRoutes.OtherTownship}/decisions/{await DecisionAsync(app, State.Drafting)}",
        },
        ["GET /api/workspace/decisions/{id:guid}"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Drafting)}"),
        ["GET /api/workspace/decisions/{id:guid}/archive"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Drafting)}/archive"),
        ["GET /api/workspace/decisions/{id:guid}/archive.zip"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Drafting)}/archive.zip"),

        // Each step's API route, on a decision in the state the step needs …
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
            var (id, milestone) = await MilestoneAsync(app);
            return $"{Api}/{id}/milestones/{milestone}/completion";
        }, new { note = "已完成。" }),
        ["POST /api/workspace/decisions/{id:guid}/evaluations"] = Route(async app => $"{Api}/{await DecisionAsync(app, State.Published)}/evaluations",
            new { trigger = "决策机关认为有必要", evaluator = "第三方评估机构", dueOn = "2027-06-30" }),
        ["POST /api/workspace/decisions/{id:guid}/evaluations/{evaluationId:guid}/completion"] = Route(async app =>
        {
            var (id, evaluation) = await EvaluationAsync(app);
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

        // … and each step's page, which shows the step's form for the decision (or its hearing, milestone, evaluation).
        ["PAGE /workspace/decisions/{id:guid}/public-comment"] = StepPage("public-comment"),
        ["PAGE /workspace/decisions/{id:guid}/hearings/new"] = StepPage("hearings/new"),
        ["PAGE /workspace/decisions/{id:guid}/hearings/{hearingId:guid}/notice"] = Route(async app =>
        {
            var (id, hearing) = await HearingAsync(app, noticed: false);
            return $"{Pages}/{id}/hearings/{hearing}/notice";
        }),
        ["PAGE /workspace/decisions/{id:guid}/hearings/{hearingId:guid}/record"] = Route(async app =>
        {
            var (id, hearing) = await HearingAsync(app, noticed: true);
            return $"{Pages}/{id}/hearings/{hearing}/record";
        }),
        ["PAGE /workspace/decisions/{id:guid}/expert-opinions/new"] = StepPage("expert-opinions/new"),
        ["PAGE /workspace/decisions/{id:guid}/risk-assessment"] = StepPage("risk-assessment"),
        ["PAGE /workspace/decisions/{id:guid}/legality-review/submission"] = StepPage("legality-review/submission"),
        ["PAGE /workspace/decisions/{id:guid}/legality-review/opinion"] = StepPage("legality-review/opinion", State.InReview),
        ["PAGE /workspace/decisions/{id:guid}/collective-deliberation"] = StepPage("collective-deliberation", State.ReadyForMeeting),
        ["PAGE /workspace/decisions/{id:guid}/party-committee/requirement"] = StepPage("party-committee/requirement"),
        ["PAGE /workspace/decisions/{id:guid}/party-committee/report"] = StepPage("party-committee/report"),
        ["PAGE /workspace/decisions/{id:guid}/party-committee/reply"] = Route(async app => $"{Pages}/{await ReportedDecisionAsync(app)}/party-committee/reply"),
        ["PAGE /workspace/decisions/{id:guid}/publication"] = StepPage("publication", State.Adopted),
        ["PAGE /workspace/decisions/{id:guid}/milestones/new"] = StepPage("milestones/new", State.Published),
        ["PAGE /workspace/decisions/{id:guid}/milestones/{milestoneId:guid}/completion"] = Route(async app =>
        {
            var (id, milestone) = await MilestoneAsync(app);
            return $"{Pages}/{id}/milestones/{milestone}/completion";
        }),
        ["PAGE /workspace/decisions/{id:guid}/evaluations/new"] = StepPage("evaluations/new", State.Published),
        ["PAGE /workspace/decisions/{id:guid}/evaluations/{evaluationId:guid}/completion"] = Route(async app =>
        {
            var (id, evaluation) = await EvaluationAsync(app);
            return $"{Pages}/{id}/evaluations/{evaluation}/completion";
        }),
        ["PAGE /workspace/decisions/{id:guid}/archive/files/new"] = StepPage("archive/files/new"),
        ["PAGE /workspace/decisions/{id:guid}/archive/closing"] = StepPage("archive/closing", State.Published),

        // 三重一大
        ["PAGE /workspace/decisions/collective-matters/{id:guid}"] = Route(async app => $"{Pages}/collective-matters/{await MatterAsync(app)}"),
        ["PAGE /workspace/decisions/collective-matters/{id:guid}/meeting"] = Route(async app => $"{Pages}/collective-matters/{await MatterAsync(app)}/meeting"),
        ["PAGE /workspace/decisions/collective-matters/{id:guid}/audio"] = Route(async app => $"{Pages}/collective-matters/{await MatterAsync(app)}/audio"),
        ["POST /api/workspace/decisions/collective-matters/{id:guid}/meeting"] = Route(async app => $"{Api}/collective-matters/{await MatterAsync(app)}/meeting", Meeting),
    };

    private static ForeignRecordRoute Route(Func<FazhiApp, Task<string>> path, object? body = null) =>
        new(RecordAccess.Township, path, body is null ? null : () => JsonContent.Create(body));

    private static ForeignRecordRoute StepPage(string step, State state = State.Drafting) =>
        Route(async app => $"{Pages}/{await DecisionAsync(app, state)}/{step}");

    private static Actor Clerk(Guid townshipId) => Actor.For("taixia.clerk", "太霞乡法制员", townshipId, Roles.LegalClerk);

    /// <summary>Runs steps of 太霞乡 through their handlers, as its clerk (and its advisor where the rule wants one).</summary>
    private static async Task<T> AsTaixiaAsync<T>(FazhiApp app, Func<IServiceProvider, Actor, Task<T>> work)
    {
        var townshipId = await ForeignRecordRoutes.OtherTownshipIdAsync(app);
        return await app.InScopeAsync(TenantContext.System, sp => work(sp, Clerk(townshipId)));
    }

    private static Task<Guid> DecisionAsync(FazhiApp app, State state) =>
        AsTaixiaAsync(app, async (sp, clerk) =>
        {
            var d = await sp.GetRequiredService<InitiateDecisionHandler>().HandleAsync(clerk, new InitiateDecisionRequest("测试决策" + Guid.NewGuid().ToString("N")[..6],
                DecisionCategory.PublicPolicy, "乡党政办", "乡党委", "背景。", "第一条 测试。", null, [], null, new DateOnly(2026, 9, 1)), default);
            if (state == State.Drafting)
            {
                return d.Id;
            }

            if (state == State.InReview)
            {
                await sp.GetRequiredService<SubmitForLegalityReviewHandler>().HandleAsync(clerk, d.Id, new SubmitForLegalityReviewRequest(new DateOnly(2026, 11, 23), null), default);
                return d.Id;
            }

            // Public comment opened on 2 September (the handler opens it "today"), so that it has ended by the meeting.
            await new SeedClock().Set(new DateOnly(2026, 9, 2)).Create<OpenPublicCommentHandler>(sp).HandleAsync(clerk, d.Id, new OpenPublicCommentRequest(null, null), default);
            await sp.GetRequiredService<RecordRiskAssessmentHandler>().HandleAsync(clerk, d.Id, new RecordRiskAssessmentRequest("综治中心", new DateOnly(2026, 10, 10),
                [new("社会稳定", "争议", 2, 2, "协商")], RiskLevel.Low, "协商", null), default);
            await sp.GetRequiredService<SubmitForLegalityReviewHandler>().HandleAsync(clerk, d.Id, new SubmitForLegalityReviewRequest(new DateOnly(2026, 10, 12), null), default);
            await sp.GetRequiredService<GiveLegalityReviewOpinionHandler>().HandleAsync(Actor.For("taixia.advisor", "太霞乡法律顾问", clerk.TownshipId, Roles.LegalAdvisor), d.Id,
                new GiveLegalityReviewOpinionRequest("法律顾问", LegalityReviewOpinion.Passed, "合法。", new DateOnly(2026, 10, 20)), default);
            if (state == State.ReadyForMeeting)
            {
                return d.Id;
            }

            await sp.GetRequiredService<RecordCollectiveDeliberationHandler>().HandleAsync(clerk, d.Id, new MeetingRecordRequest("乡政府常务会议", new DateOnly(2026, 11, 2), "乡长",
                "班子成员", null, "同意。", MeetingOutcome.Adopt, null,
                [new("副乡长", "副乡长", false, MemberPosition.Agree, "同意。"), new("乡长", "乡长", true, MemberPosition.Agree, "同意。")]), default);
            if (state == State.Adopted)
            {
                return d.Id;
            }

            await sp.GetRequiredService<PublishDecisionHandler>().HandleAsync(clerk, d.Id, new PublishDecisionRequest("太政发〔2026〕98号", "决定。", "说明。", new DateOnly(2026, 11, 10)), default);
            return d.Id;
        });

    /// <summary>A drafting decision of 太霞乡 already reported to the Party committee (第三十一条), awaiting its reply.</summary>
    private static async Task<Guid> ReportedDecisionAsync(FazhiApp app)
    {
        var id = await DecisionAsync(app, State.Drafting);
        await AsTaixiaAsync(app, (sp, clerk) => sp.GetRequiredService<ReportToPartyCommitteeHandler>().HandleAsync(clerk, id,
            new ReportToPartyCommitteeRequest("中共太霞乡委员会", "关于测试决策的请示", new DateOnly(2026, 11, 20)), default));
        return id;
    }

    private static async Task<(Guid Id, Guid Hearing)> HearingAsync(FazhiApp app, bool noticed)
    {
        var id = await DecisionAsync(app, State.Drafting);
        var decision = await AsTaixiaAsync(app, (sp, clerk) => sp.GetRequiredService<ScheduleHearingHandler>().HandleAsync(clerk, id, new ScheduleHearingRequest("听证事项", "会议室",
            noticed ? new DateOnly(2026, 11, 20) : new DateOnly(2026, 12, 20), "随机抽取", "村民代表", noticed ? new DateOnly(2026, 11, 10) : null), default));
        return (id, decision!.Hearings.Single().Id);
    }

    private static async Task<(Guid Id, Guid Milestone)> MilestoneAsync(FazhiApp app)
    {
        var id = await DecisionAsync(app, State.Published);
        var decision = await AsTaixiaAsync(app, (sp, clerk) => sp.GetRequiredService<AddMilestoneHandler>().HandleAsync(clerk, id,
            new AddMilestoneRequest("节点", "承办单位", new DateOnly(2027, 3, 31)), default));
        return (id, decision!.Milestones.Single().Id);
    }

    private static async Task<(Guid Id, Guid Evaluation)> EvaluationAsync(FazhiApp app)
    {
        var id = await DecisionAsync(app, State.Published);
        var decision = await AsTaixiaAsync(app, (sp, clerk) => sp.GetRequiredService<PlanEvaluationHandler>().HandleAsync(clerk, id,
            new PlanEvaluationRequest("有必要", "第三方评估机构", null, new DateOnly(2027, 6, 30)), default));
        return (id, decision!.Evaluations.Single().Id);
    }

    private static Task<Guid> MatterAsync(FazhiApp app) =>
        AsTaixiaAsync(app, async (sp, clerk) => (await sp.GetRequiredService<RegisterCollectiveMatterHandler>()
            .HandleAsync(clerk, new RegisterCollectiveMatterRequest(CollectiveMatterCategory.LargeFunds, "测试资金安排", "副乡长", "说明。", 10000m, null), default)).Id);
}
