using Fazhi.Modules.Decisions.Model;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Decisions;

/// <summary>Chinese names of the major-decision records and fields, for the audit log and record histories.</summary>
internal static class DecisionDisplayLabels
{
    public static IServiceCollection AddDecisionDisplayLabels(this IServiceCollection services)
    {
        services.AddModuleLabel("decisions", "重大行政决策");
        services.AddRecordLabels<DecisionCatalog>("重大行政决策事项目录", new Dictionary<string, string>
        {
            [nameof(DecisionCatalog.ApprovalReference)] = "目录审定文号",
            [nameof(DecisionCatalog.ApprovedOn)] = "目录审定日期",
        });
        services.AddRecordLabels<CatalogItem>("决策事项目录条目", new Dictionary<string, string>
        {
            [nameof(CatalogItem.CatalogId)] = "所属目录",
            [nameof(CatalogItem.AddedAfterApproval)] = "目录审定后增补",
            [nameof(CatalogItem.AddedOn)] = "列入日期",
            [nameof(CatalogItem.AdditionReason)] = "增补理由",
            [nameof(CatalogItem.Category)] = "决策类别",
            [nameof(CatalogItem.HearingPlanned)] = "拟举行听证会",
            [nameof(CatalogItem.Owner)] = "承办单位",
            [nameof(CatalogItem.PlannedDecisionOn)] = "计划决策时间",
            [nameof(CatalogItem.PlannedSteps)] = "拟履行程序",
        });
        services.AddRecordLabels<MajorDecision>("重大行政决策", new Dictionary<string, string>
        {
            [nameof(MajorDecision.ArchiveClosedBy)] = "归档人",
            [nameof(MajorDecision.ArchiveClosedOn)] = "归档日期",
            [nameof(MajorDecision.ArchiveSeal)] = "归档校验值",
            [nameof(MajorDecision.Background)] = "决策背景",
            [nameof(MajorDecision.CatalogItemId)] = "目录条目",
            [nameof(MajorDecision.Category)] = "决策类别",
            [nameof(MajorDecision.CommentClosesOn)] = "征求意见截止日期",
            [nameof(MajorDecision.CommentOpensOn)] = "征求意见开始日期",
            [nameof(MajorDecision.CommentShortenedReason)] = "缩短征求意见期限的理由",
            [nameof(MajorDecision.ConsultationId)] = "公开征求意见",
            [nameof(MajorDecision.ContingencyPlan)] = "应急处置预案",
            [nameof(MajorDecision.DecidedOn)] = "决定日期",
            [nameof(MajorDecision.DocumentNumber)] = "决策文号",
            [nameof(MajorDecision.DraftExplanation)] = "草案起草说明",
            [nameof(MajorDecision.DraftText)] = "决策草案",
            [nameof(MajorDecision.InitiatedOn)] = "启动日期",
            [nameof(MajorDecision.Interpretation)] = "政策解读",
            [nameof(MajorDecision.LegalityReviewOpinion)] = "合法性审查结论",
            [nameof(MajorDecision.LegalityReviewOpinionText)] = "合法性审查意见书",
            [nameof(MajorDecision.LegalityReviewReplyBy)] = "合法性审查答复期限",
            [nameof(MajorDecision.LegalityReviewRequestedOn)] = "送请合法性审查日期",
            [nameof(MajorDecision.LegalityReviewedOn)] = "合法性审查日期",
            [nameof(MajorDecision.LegalityReviewer)] = "合法性审查人",
            [nameof(MajorDecision.MeetingId)] = "集体讨论会议",
            [nameof(MajorDecision.Outcome)] = "讨论结果",
            [nameof(MajorDecision.Owner)] = "承办单位",
            [nameof(MajorDecision.PartyAgreed)] = "党委同意",
            [nameof(MajorDecision.PartyCommittee)] = "请示报告的党委",
            [nameof(MajorDecision.PartyRepliedOn)] = "党委答复日期",
            [nameof(MajorDecision.PartyReply)] = "党委答复意见",
            [nameof(MajorDecision.PartyReportMatter)] = "请示报告事项",
            [nameof(MajorDecision.PartyReportedOn)] = "请示报告日期",
            [nameof(MajorDecision.Proposer)] = "提出人",
            [nameof(MajorDecision.PublishedOn)] = "公布日期",
            [nameof(MajorDecision.PublishedText)] = "公布文本",
            [nameof(MajorDecision.RequiresPartyCommitteeReport)] = "须报请党委决定",
            [nameof(MajorDecision.RiskAssessedOn)] = "风险评估日期",
            [nameof(MajorDecision.RiskAssessor)] = "风险评估人",
            [nameof(MajorDecision.RiskLevel)] = "风险等级",
            [nameof(MajorDecision.RiskMitigation)] = "风险防范措施",
            [nameof(MajorDecision.Sequence)] = "年度序号",
            [nameof(MajorDecision.Stage)] = "办理阶段",
            [nameof(MajorDecision.Title)] = "决策事项",
        });
        services.AddRecordLabels<DecisionHearing>("决策听证会", new Dictionary<string, string>
        {
            [nameof(DecisionHearing.DecisionId)] = "所属决策",
            [nameof(DecisionHearing.HeldOn)] = "举行日期",
            [nameof(DecisionHearing.NoticedOn)] = "公告日期",
            [nameof(DecisionHearing.ParticipantSelection)] = "参加人遴选方式",
            [nameof(DecisionHearing.Participants)] = "听证参加人",
            [nameof(DecisionHearing.Place)] = "地点",
            [nameof(DecisionHearing.Record)] = "听证笔录",
            [nameof(DecisionHearing.RecordSigned)] = "笔录已签字",
            [nameof(DecisionHearing.RecordedOn)] = "笔录日期",
            [nameof(DecisionHearing.Subject)] = "听证事项",
        });
        services.AddRecordLabels<DecisionOption>("决策备选方案", new Dictionary<string, string>
        {
            [nameof(DecisionOption.DecisionId)] = "所属决策",
            [nameof(DecisionOption.Description)] = "方案说明",
            [nameof(DecisionOption.Name)] = "方案名称",
            [nameof(DecisionOption.Recommended)] = "推荐方案",
        });
        services.AddRecordLabels<ExpertOpinion>("专家论证意见", new Dictionary<string, string>
        {
            [nameof(ExpertOpinion.Adopted)] = "采纳",
            [nameof(ExpertOpinion.AdoptionNote)] = "采纳说明",
            [nameof(ExpertOpinion.Affiliation)] = "工作单位",
            [nameof(ExpertOpinion.DecisionId)] = "所属决策",
            [nameof(ExpertOpinion.Expert)] = "专家",
            [nameof(ExpertOpinion.Form)] = "论证方式",
            [nameof(ExpertOpinion.GivenOn)] = "提出日期",
            [nameof(ExpertOpinion.Opinion)] = "论证意见",
        });
        services.AddRecordLabels<RiskPoint>("风险点", new Dictionary<string, string>
        {
            [nameof(RiskPoint.Category)] = "风险类别",
            [nameof(RiskPoint.DecisionId)] = "所属决策",
            [nameof(RiskPoint.Description)] = "风险描述",
            [nameof(RiskPoint.Impact)] = "影响程度",
            [nameof(RiskPoint.Likelihood)] = "发生可能性",
            [nameof(RiskPoint.Mitigation)] = "防范措施",
            [nameof(RiskPoint.Score)] = "风险分值",
        });
        services.AddRecordLabels<CollectiveMeeting>("集体讨论会议", new Dictionary<string, string>
        {
            [nameof(CollectiveMeeting.Absentees)] = "缺席人员",
            [nameof(CollectiveMeeting.Attendees)] = "出席人员",
            [nameof(CollectiveMeeting.Chair)] = "主持人",
            [nameof(CollectiveMeeting.HeldOn)] = "会议日期",
            [nameof(CollectiveMeeting.MeetingName)] = "会议名称",
            [nameof(CollectiveMeeting.Minutes)] = "会议纪要",
            [nameof(CollectiveMeeting.Outcome)] = "会议结果",
            [nameof(CollectiveMeeting.OverruleReasons)] = "行政首长不同意见的理由",
            [nameof(CollectiveMeeting.SubjectId)] = "讨论事项",
            [nameof(CollectiveMeeting.SubjectKind)] = "事项类型",
        });
        services.AddRecordLabels<MemberView>("与会人员意见", new Dictionary<string, string>
        {
            [nameof(MemberView.IsHead)] = "行政首长",
            [nameof(MemberView.MeetingId)] = "所属会议",
            [nameof(MemberView.Member)] = "与会人员",
            [nameof(MemberView.Position)] = "表态",
            [nameof(MemberView.Post)] = "职务",
            [nameof(MemberView.View)] = "发表意见",
            [nameof(MemberView.Order)] = "发言顺序",
        });
        services.AddRecordLabels<CollectiveMatter>("“三重一大”事项", new Dictionary<string, string>
        {
            [nameof(CollectiveMatter.Amount)] = "金额（元）",
            [nameof(CollectiveMatter.Background)] = "事项说明",
            [nameof(CollectiveMatter.Category)] = "事项类别",
            [nameof(CollectiveMatter.DecidedOn)] = "决定日期",
            [nameof(CollectiveMatter.MeetingId)] = "集体讨论会议",
            [nameof(CollectiveMatter.Outcome)] = "讨论结果",
            [nameof(CollectiveMatter.Proposer)] = "提议人",
            [nameof(CollectiveMatter.RegisteredOn)] = "登记日期",
            [nameof(CollectiveMatter.Topic)] = "议题",
        });
        services.AddRecordLabels<ImplementationMilestone>("决策执行节点", new Dictionary<string, string>
        {
            [nameof(ImplementationMilestone.DecisionId)] = "所属决策",
            [nameof(ImplementationMilestone.DoneOn)] = "完成日期",
            [nameof(ImplementationMilestone.DueOn)] = "计划完成日期",
            [nameof(ImplementationMilestone.Executor)] = "执行单位",
            [nameof(ImplementationMilestone.Note)] = "执行情况",
            [nameof(ImplementationMilestone.Title)] = "执行事项",
        });
        services.AddRecordLabels<PostDecisionEvaluation>("决策后评估", new Dictionary<string, string>
        {
            [nameof(PostDecisionEvaluation.CompletedOn)] = "完成日期",
            [nameof(PostDecisionEvaluation.Conclusion)] = "评估结论",
            [nameof(PostDecisionEvaluation.DecisionId)] = "所属决策",
            [nameof(PostDecisionEvaluation.DueOn)] = "应完成日期",
            [nameof(PostDecisionEvaluation.Evaluator)] = "评估单位",
            [nameof(PostDecisionEvaluation.Report)] = "评估报告",
            [nameof(PostDecisionEvaluation.StartedOn)] = "启动日期",
            [nameof(PostDecisionEvaluation.Trigger)] = "评估原因",
        });
        services.AddEnumLabels<DecisionCategory>(DecisionLabels.Category);
        services.AddEnumLabels<DecisionStage>(DecisionLabels.Stage);
        services.AddEnumLabels<RiskLevel>(DecisionLabels.Risk);
        services.AddEnumLabels<LegalityReviewOpinion>(DecisionLabels.ReviewOpinion);
        services.AddEnumLabels<MeetingOutcome>(DecisionLabels.Outcome);
        services.AddEnumLabels<MemberPosition>(DecisionLabels.Position);
        services.AddEnumLabels<CollectiveMatterCategory>(DecisionLabels.Matter);
        services.AddEnumLabels<EvaluationConclusion>(DecisionLabels.Conclusion);
        services.AddEnumLabels<MeetingSubject>(s => s switch
        {
            MeetingSubject.MajorDecision => "重大行政决策",
            MeetingSubject.CollectiveMatter => "“三重一大”事项",
            _ => s.ToString(),
        });
        return services;
    }
}
