using Fazhi.Modules.Documents.Model;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Documents;

/// <summary>Chinese names of the normative-document records and fields, for the audit log and record histories.</summary>
internal static class DocumentDisplayLabels
{
    public static IServiceCollection AddDocumentDisplayLabels(this IServiceCollection services)
    {
        services.AddModuleLabel(DocumentDeadlines.Module, "规范性文件");
        services.AddRecordLabels<NormativeDocument>("行政规范性文件", new Dictionary<string, string>
        {
            [nameof(NormativeDocument.CleanupAmendPending)] = "清理后待修改",
            [nameof(NormativeDocument.ConsultationId)] = "公开征求意见",
            [nameof(NormativeDocument.CurrentVersion)] = "当前版本",
            [nameof(NormativeDocument.DisclosureMode)] = "公开方式",
            [nameof(NormativeDocument.DocumentNumber)] = "文号",
            [nameof(NormativeDocument.EffectiveFrom)] = "施行日期",
            [nameof(NormativeDocument.FirstPublishedOn)] = "首次公布日期",
            [nameof(NormativeDocument.InChargeSignedAt)] = "分管领导签发时间",
            [nameof(NormativeDocument.InChargeSigner)] = "分管领导",
            [nameof(NormativeDocument.InChargeSignerUserName)] = "分管领导账号",
            [nameof(NormativeDocument.IndexNumber)] = "索引号",
            [nameof(NormativeDocument.InvalidReason)] = "失效原因",
            [nameof(NormativeDocument.InvalidSince)] = "失效日期",
            [nameof(NormativeDocument.IsReopened)] = "已重新办理",
            [nameof(NormativeDocument.NumberSequence)] = "文号序号",
            [nameof(NormativeDocument.NumberYear)] = "文号年份",
            [nameof(NormativeDocument.PrincipalSignedAt)] = "主要领导签发时间",
            [nameof(NormativeDocument.PrincipalSigner)] = "主要领导",
            [nameof(NormativeDocument.PrincipalSignerUserName)] = "主要领导账号",
            [nameof(NormativeDocument.PublicCommentChosen)] = "选择公开征求意见",
            [nameof(NormativeDocument.PublicCommentCompleted)] = "已完成公开征求意见",
            [nameof(NormativeDocument.PublishedBody)] = "公布正文",
            [nameof(NormativeDocument.PublishedOn)] = "公布日期",
            [nameof(NormativeDocument.PublishedOnTime)] = "按期公布",
            [nameof(NormativeDocument.PublishedTitle)] = "公布标题",
            [nameof(NormativeDocument.PublishedVersion)] = "公布版本",
            [nameof(NormativeDocument.Publisher)] = "发布机构",
            [nameof(NormativeDocument.RegisteredOn)] = "统一登记日期",
            [nameof(NormativeDocument.ReopenReason)] = "重新办理理由",
            [nameof(NormativeDocument.SignedOn)] = "签发日期",
            [nameof(NormativeDocument.SignedVersion)] = "签发版本",
            [nameof(NormativeDocument.Status)] = "办理状态",
            [nameof(NormativeDocument.Title)] = "文件名称",
            [nameof(NormativeDocument.Touches)] = "涉及事项",
            [nameof(NormativeDocument.ValidUntil)] = "有效期至",
            [nameof(NormativeDocument.Validity)] = "有效性",
            [nameof(NormativeDocument.WrittenOn)] = "成文日期",
        });
        services.AddRecordLabels<DocumentVersion>("规范性文件版本", new Dictionary<string, string>
        {
            [nameof(DocumentVersion.Body)] = "正文",
            [nameof(DocumentVersion.DocumentId)] = "所属文件",
            [nameof(DocumentVersion.Explanation)] = "起草说明",
            [nameof(DocumentVersion.Number)] = "版本号",
            [nameof(DocumentVersion.SavedAt)] = "保存时间",
            [nameof(DocumentVersion.SavedBy)] = "保存人",
        });
        services.AddRecordLabels<DocumentHistoryEntry>("规范性文件办理记录", new Dictionary<string, string>
        {
            [nameof(DocumentHistoryEntry.Action)] = "办理事项",
            [nameof(DocumentHistoryEntry.Actor)] = "办理人",
            [nameof(DocumentHistoryEntry.At)] = "办理时间",
            [nameof(DocumentHistoryEntry.Detail)] = "说明",
            [nameof(DocumentHistoryEntry.DocumentId)] = "所属文件",
        });
        services.AddRecordLabels<Model.LegalityReview>("合法性审核", new Dictionary<string, string>
        {
            [nameof(Model.LegalityReview.AssignedAt)] = "送审时间",
            [nameof(Model.LegalityReview.AssignedBy)] = "送审人",
            [nameof(Model.LegalityReview.CompletedAt)] = "审核完成时间",
            [nameof(Model.LegalityReview.CompletedBy)] = "审核人",
            [nameof(Model.LegalityReview.DocumentId)] = "所属文件",
            [nameof(Model.LegalityReview.Opinion)] = "审核意见",
            [nameof(Model.LegalityReview.PeriodWorkingDays)] = "审核期限（工作日）",
            [nameof(Model.LegalityReview.Reasons)] = "审核理由",
            [nameof(Model.LegalityReview.ReviewerKind)] = "审核机构类型",
            [nameof(Model.LegalityReview.ReviewerName)] = "审核机构或人员",
            [nameof(Model.LegalityReview.ReviewerUserName)] = "审核人账号",
            [nameof(Model.LegalityReview.VersionNumber)] = "审核版本",
        });
        services.AddRecordLabels<Model.Deliberation>("集体审议", new Dictionary<string, string>
        {
            [nameof(Model.Deliberation.Attendees)] = "参会人员",
            [nameof(Model.Deliberation.Decision)] = "审议结果",
            [nameof(Model.Deliberation.DissentingViews)] = "不同意见",
            [nameof(Model.Deliberation.DocumentId)] = "所属文件",
            [nameof(Model.Deliberation.MeetingDate)] = "会议日期",
            [nameof(Model.Deliberation.Minutes)] = "会议纪要",
            [nameof(Model.Deliberation.RecordedAt)] = "登记时间",
            [nameof(Model.Deliberation.RecordedBy)] = "登记人",
            [nameof(Model.Deliberation.VersionNumber)] = "审议版本",
        });
        services.AddRecordLabels<Model.Filing>("备案审查", new Dictionary<string, string>
        {
            [nameof(Model.Filing.DocumentId)] = "所属文件",
            [nameof(Model.Filing.DocumentNumber)] = "文号",
            [nameof(Model.Filing.Outcome)] = "审查结果",
            [nameof(Model.Filing.Reasons)] = "审查意见",
            [nameof(Model.Filing.ReviewedAt)] = "审查时间",
            [nameof(Model.Filing.ReviewedBy)] = "审查人",
            [nameof(Model.Filing.SubmittedBy)] = "报备人",
            [nameof(Model.Filing.SubmittedOn)] = "报备日期",
            [nameof(Model.Filing.SubmittedOnTime)] = "按期报备",
            [nameof(Model.Filing.Title)] = "文件名称",
            [nameof(Model.Filing.VersionNumber)] = "报备版本",
        });
        services.AddRecordLabels<DocumentEvaluation>("实施效果评估", new Dictionary<string, string>
        {
            [nameof(DocumentEvaluation.Conclusion)] = "评估结论",
            [nameof(DocumentEvaluation.DocumentId)] = "所属文件",
            [nameof(DocumentEvaluation.EvaluatedOn)] = "评估日期",
            [nameof(DocumentEvaluation.Evaluator)] = "评估单位",
            [nameof(DocumentEvaluation.Findings)] = "评估发现",
            [nameof(DocumentEvaluation.RecordedBy)] = "登记人",
        });
        services.AddRecordLabels<CleanupCampaign>("规范性文件清理", new Dictionary<string, string>
        {
            [nameof(CleanupCampaign.PublishedOn)] = "清理结果公布日期",
            [nameof(CleanupCampaign.Reason)] = "清理依据",
            [nameof(CleanupCampaign.StartedBy)] = "发起人",
            [nameof(CleanupCampaign.StartedOn)] = "发起日期",
            [nameof(CleanupCampaign.Title)] = "清理名称",
        });
        services.AddRecordLabels<CleanupItem>("清理文件", new Dictionary<string, string>
        {
            [nameof(CleanupItem.DocumentId)] = "文件",
            [nameof(CleanupItem.DocumentNumber)] = "文号",
            [nameof(CleanupItem.Outcome)] = "清理结论",
            [nameof(CleanupItem.Reason)] = "理由",
            [nameof(CleanupItem.Title)] = "文件名称",
        });
        services.AddRecordLabels<CorrectionOrder>("责令纠正", new Dictionary<string, string>
        {
            [nameof(CorrectionOrder.DocumentId)] = "规范性文件",
            [nameof(CorrectionOrder.FilingId)] = "备案",
            [nameof(CorrectionOrder.OrderedOn)] = "责令纠正日期",
            [nameof(CorrectionOrder.DueOn)] = "纠正期限",
            [nameof(CorrectionOrder.State)] = "纠正状态",
            [nameof(CorrectionOrder.SuspendedOn)] = "停止执行日期",
            [nameof(CorrectionOrder.ResolvedOn)] = "办结日期",
        });
        services.AddEnumLabels<CorrectionState>(state => state switch
        {
            CorrectionState.Ordered => "正在纠正",
            CorrectionState.Suspended => "已停止执行",
            CorrectionState.Corrected => "已纠正",
            CorrectionState.Ended => "已撤销或废止",
            _ => state.ToString(),
        });
        services.AddEnumLabels<DocumentStatus>(DocumentLabels.Of);
        services.AddEnumLabels<ReviewOpinion>(DocumentLabels.Of);
        services.AddEnumLabels<ReviewerKind>(DocumentLabels.Of);
        services.AddEnumLabels<DeliberationDecision>(DocumentLabels.Of);
        services.AddEnumLabels<FilingOutcome>(DocumentLabels.Of);
        services.AddEnumLabels<Validity>(DocumentLabels.Of);
        services.AddEnumLabels<CleanupOutcome>(DocumentLabels.Of);
        services.AddEnumLabels<DocumentTouches>(DocumentLabels.Of);
        return services;
    }
}
