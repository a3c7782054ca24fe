using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Cases.Rules;
using Fazhi.Modules.Enforcement.Officers;
using Fazhi.Modules.Enforcement.Powers;
using Fazhi.Modules.Enforcement.Publicity;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Enforcement;

/// <summary>Chinese names of the enforcement records and fields, for the audit log and record histories.</summary>
internal static class EnforcementDisplayLabels
{
    public static IServiceCollection AddEnforcementDisplayLabels(this IServiceCollection services)
    {
        services.AddModuleLabel("enforcement", "行政执法");
        services.AddRecordLabels<EnforcementCase>("行政处罚案件", new Dictionary<string, string>
        {
            [nameof(EnforcementCase.CaseNumber)] = "案件编号",
            [nameof(EnforcementCase.ClosedOn)] = "结案日期",
            [nameof(EnforcementCase.DecidedOn)] = "决定日期",
            [nameof(EnforcementCase.DecisionNumber)] = "处罚决定书文号",
            [nameof(EnforcementCase.DecisionText)] = "处罚决定书",
            [nameof(EnforcementCase.DiscussedOn)] = "集体讨论日期",
            [nameof(EnforcementCase.DiscussionAttendees)] = "集体讨论参加人",
            [nameof(EnforcementCase.DiscussionConclusion)] = "集体讨论结论",
            [nameof(EnforcementCase.Facts)] = "违法事实",
            [nameof(EnforcementCase.FiledOn)] = "立案日期",
            [nameof(EnforcementCase.DiscoveredOn)] = "检查或发现线索日期",
            [nameof(EnforcementCase.FineAmount)] = "罚款金额（元）",
            [nameof(EnforcementCase.HearingEligible)] = "可申请听证",
            [nameof(EnforcementCase.HearingHeldOn)] = "听证举行日期",
            [nameof(EnforcementCase.HearingHost)] = "听证主持人",
            [nameof(EnforcementCase.HearingNotifiedOn)] = "听证通知日期",
            [nameof(EnforcementCase.HearingRecord)] = "听证笔录",
            [nameof(EnforcementCase.HearingRequestedOn)] = "申请听证日期",
            [nameof(EnforcementCase.HearingScheduledOn)] = "听证日期",
            [nameof(EnforcementCase.IntendedFine)] = "拟罚款金额（元）",
            [nameof(EnforcementCase.IntendedPenaltyKinds)] = "拟处罚种类",
            [nameof(EnforcementCase.IsComplex)] = "情节复杂",
            [nameof(EnforcementCase.IsMajor)] = "重大执法决定",
            [nameof(EnforcementCase.IsRevoked)] = "已撤销",
            [nameof(EnforcementCase.LateFeePaid)] = "加处罚款（元）",
            [nameof(EnforcementCase.LegalRepresentative)] = "法定代表人",
            [nameof(EnforcementCase.LegalReviewOpinion)] = "法制审核意见",
            [nameof(EnforcementCase.LegalReviewReasons)] = "法制审核理由",
            [nameof(EnforcementCase.LegalReviewRequestedOn)] = "送法制审核日期",
            [nameof(EnforcementCase.LegalReviewedOn)] = "法制审核日期",
            [nameof(EnforcementCase.LegalReviewerName)] = "法制审核人员",
            [nameof(EnforcementCase.LegalReviewerUserId)] = "法制审核人员账号",
            [nameof(EnforcementCase.NoticedOn)] = "告知日期",
            [nameof(EnforcementCase.PaidAmount)] = "已缴金额（元）",
            [nameof(EnforcementCase.PaidOn)] = "缴纳日期",
            [nameof(EnforcementCase.PartyAddress)] = "当事人住址",
            [nameof(EnforcementCase.PartyCreditCode)] = "统一社会信用代码",
            [nameof(EnforcementCase.PartyIdNumber)] = "身份证号码",
            [nameof(EnforcementCase.PartyKind)] = "当事人类型",
            [nameof(EnforcementCase.PartyName)] = "当事人",
            [nameof(EnforcementCase.PartyPhone)] = "当事人电话",
            [nameof(EnforcementCase.PaymentDueOn)] = "缴款期限",
            [nameof(EnforcementCase.PenaltyKinds)] = "处罚种类",
            [nameof(EnforcementCase.PowerItemId)] = "职权事项",
            [nameof(EnforcementCase.PowerItemName)] = "职权事项名称",
            [nameof(EnforcementCase.Procedure)] = "程序",
            [nameof(EnforcementCase.RevocationReason)] = "撤销理由",
            [nameof(EnforcementCase.RevokedOn)] = "撤销日期",
            [nameof(EnforcementCase.Sequence)] = "年度序号",
            [nameof(EnforcementCase.ServedOn)] = "送达日期",
            [nameof(EnforcementCase.ServiceMethod)] = "送达方式",
            [nameof(EnforcementCase.Source)] = "案件来源",
            [nameof(EnforcementCase.SourceReference)] = "来源编号",
            [nameof(EnforcementCase.Stage)] = "办理阶段",
            [nameof(EnforcementCase.StatementDeadline)] = "陈述申辩期限",
            [nameof(EnforcementCase.StatementSummary)] = "陈述申辩内容",
            [nameof(EnforcementCase.StatementWaived)] = "放弃陈述申辩",
            [nameof(EnforcementCase.Title)] = "案由",
        });
        services.AddRecordLabels<CaseFileChecklist>("案卷评查项目", new Dictionary<string, string>
        {
            [nameof(CaseFileChecklist.Archived)] = "已归档",
            [nameof(CaseFileChecklist.EvidenceSufficient)] = "证据确凿充分",
            [nameof(CaseFileChecklist.FactsClear)] = "事实清楚",
            [nameof(CaseFileChecklist.LawCorrectlyApplied)] = "适用依据正确",
            [nameof(CaseFileChecklist.ProcedureLawful)] = "程序合法",
            [nameof(CaseFileChecklist.SubjectQualified)] = "执法主体适格",
        });
        services.AddRecordLabels<CaseOfficer>("案件执法人员", new Dictionary<string, string>
        {
            [nameof(CaseOfficer.CaseId)] = "所属案件",
            [nameof(CaseOfficer.CertificateNumber)] = "执法证号",
            [nameof(CaseOfficer.OfficerId)] = "执法人员",
            [nameof(CaseOfficer.OfficerName)] = "执法人员姓名",
        });
        services.AddRecordLabels<EvidenceItem>("证据与全过程记录", new Dictionary<string, string>
        {
            [nameof(EvidenceItem.AttachmentId)] = "附件",
            [nameof(EvidenceItem.AttachmentSha256)] = "附件校验值",
            [nameof(EvidenceItem.CaseId)] = "所属案件",
            [nameof(EvidenceItem.CollectedBy)] = "收集人",
            [nameof(EvidenceItem.CollectedOn)] = "收集日期",
            [nameof(EvidenceItem.Description)] = "内容",
            [nameof(EvidenceItem.Kind)] = "证据种类",
            [nameof(EvidenceItem.ProcessStep)] = "执法环节",
        });
        services.AddRecordLabels<DecisionExtension>("延长办案期限", new Dictionary<string, string>
        {
            [nameof(DecisionExtension.AddedDays)] = "延长天数",
            [nameof(DecisionExtension.ApprovedOn)] = "批准日期",
            [nameof(DecisionExtension.ApproverName)] = "批准人",
            [nameof(DecisionExtension.ApproverUserId)] = "批准人账号",
            [nameof(DecisionExtension.CaseId)] = "所属案件",
            [nameof(DecisionExtension.NewDueOn)] = "新期限",
            [nameof(DecisionExtension.PreviousDueOn)] = "原期限",
            [nameof(DecisionExtension.Reason)] = "延长理由",
        });
        services.AddRecordLabels<Officer>("执法人员", new Dictionary<string, string>
        {
            [nameof(Officer.CertificateIssuer)] = "发证机关",
            [nameof(Officer.CertificateNumber)] = "执法证号",
            [nameof(Officer.CertificateValidFrom)] = "执法证有效期起",
            [nameof(Officer.CertificateValidTo)] = "执法证有效期至",
            [nameof(Officer.Employment)] = "用工性质",
            [nameof(Officer.HasLegalProfessionQualification)] = "具有法律职业资格",
            [nameof(Officer.JoinedOn)] = "到岗日期",
            [nameof(Officer.LeftOn)] = "离岗日期",
            [nameof(Officer.LeftReason)] = "离岗原因",
            [nameof(Officer.Name)] = "姓名",
            [nameof(Officer.AccountUserName)] = "系统账号",
            [nameof(Officer.Position)] = "职务",
        });
        services.AddRecordLabels<AnnualCertificateReview>("执法证年度审验", new Dictionary<string, string>
        {
            [nameof(AnnualCertificateReview.Note)] = "说明",
            [nameof(AnnualCertificateReview.OfficerId)] = "执法人员",
            [nameof(AnnualCertificateReview.Passed)] = "审验通过",
            [nameof(AnnualCertificateReview.ReviewedOn)] = "审验日期",
        });
        services.AddRecordLabels<TrainingRecord>("执法培训记录", new Dictionary<string, string>
        {
            [nameof(TrainingRecord.ExamPassed)] = "考试合格",
            [nameof(TrainingRecord.ExamScore)] = "考试成绩",
            [nameof(TrainingRecord.Hours)] = "学时",
            [nameof(TrainingRecord.OfficerId)] = "执法人员",
            [nameof(TrainingRecord.Title)] = "培训名称",
        });
        services.AddRecordLabels<OfficerCertificate>("执法证（已换发）", new Dictionary<string, string>
        {
            [nameof(OfficerCertificate.OfficerId)] = "执法人员",
            [nameof(OfficerCertificate.Number)] = "执法证号",
            [nameof(OfficerCertificate.Issuer)] = "发证机关",
            [nameof(OfficerCertificate.ValidFrom)] = "有效期起",
            [nameof(OfficerCertificate.ValidTo)] = "有效期至",
            [nameof(OfficerCertificate.ReplacedOn)] = "换发日期",
        });
        services.AddRecordLabels<PowerItem>("行政处罚权事项", new Dictionary<string, string>
        {
            [nameof(PowerItem.EffectiveFrom)] = "承接日期",
            [nameof(PowerItem.WithdrawnOn)] = "取消日期",
            [nameof(PowerItem.ActingBody)] = "实施主体",
            [nameof(PowerItem.Category)] = "事项类别",
            [nameof(PowerItem.Code)] = "事项编码",
            [nameof(PowerItem.DelegatedFrom)] = "赋权部门",
            [nameof(PowerItem.FineMax)] = "罚款上限（元）",
            [nameof(PowerItem.FineMin)] = "罚款下限（元）",
            [nameof(PowerItem.LegalBasis)] = "法律依据",
            [nameof(PowerItem.Name)] = "事项名称",
            [nameof(PowerItem.PenaltyKinds)] = "处罚种类",
        });
        services.AddRecordLabels<PenaltyDisclosure>("行政处罚决定公示", new Dictionary<string, string>
        {
            [nameof(PenaltyDisclosure.ActingBody)] = "作出决定机关",
            [nameof(PenaltyDisclosure.CaseId)] = "所属案件",
            [nameof(PenaltyDisclosure.DecidedOn)] = "决定日期",
            [nameof(PenaltyDisclosure.DecisionNumber)] = "决定书文号",
            [nameof(PenaltyDisclosure.FineAmount)] = "罚款金额（元）",
            [nameof(PenaltyDisclosure.MaskedText)] = "公示文本（已脱敏）",
            [nameof(PenaltyDisclosure.PartyCreditCode)] = "统一社会信用代码",
            [nameof(PenaltyDisclosure.PartyDisplay)] = "当事人（公示）",
            [nameof(PenaltyDisclosure.PenaltyKinds)] = "处罚种类",
            [nameof(PenaltyDisclosure.PowerItemName)] = "职权事项",
            [nameof(PenaltyDisclosure.PublishedOn)] = "公示日期",
            [nameof(PenaltyDisclosure.Violation)] = "违法行为",
            [nameof(PenaltyDisclosure.WithdrawalReason)] = "撤回理由",
            [nameof(PenaltyDisclosure.WithdrawnOn)] = "撤回日期",
        });
        services.AddRecordLabels<EnforcementComplaint>("执法投诉", new Dictionary<string, string>
        {
            [nameof(EnforcementComplaint.CaseId)] = "相关案件",
            [nameof(EnforcementComplaint.ReceiptNumber)] = "受理编号",
            [nameof(EnforcementComplaint.ReceiptYear)] = "受理年度",
            [nameof(EnforcementComplaint.ReceiptSequence)] = "受理序号",
            [nameof(EnforcementComplaint.ComplainantName)] = "投诉人",
            [nameof(EnforcementComplaint.ComplainantPhone)] = "投诉人电话",
            [nameof(EnforcementComplaint.Content)] = "投诉内容",
            [nameof(EnforcementComplaint.ReceivedOn)] = "收到日期",
            [nameof(EnforcementComplaint.RepliedBy)] = "答复人",
            [nameof(EnforcementComplaint.RepliedOn)] = "答复日期",
            [nameof(EnforcementComplaint.Reply)] = "答复内容",
        });
        services.AddEnumLabels<CaseStage>(CaseStages.Label);
        services.AddEnumLabels<CaseSource>(s => s switch
        {
            CaseSource.Inspection => "日常巡查",
            CaseSource.Complaint => "投诉举报",
            CaseSource.Hotline12345 => "12345 转办",
            CaseSource.Referral => "移送",
            _ => s.ToString(),
        });
        services.AddEnumLabels<CaseProcedure>(p => p switch
        {
            CaseProcedure.General => "普通程序",
            CaseProcedure.Simplified => "简易程序",
            _ => p.ToString(),
        });
        services.AddEnumLabels<PartyKind>(k => k switch
        {
            PartyKind.NaturalPerson => "自然人",
            PartyKind.LegalPerson => "法人或其他组织",
            _ => k.ToString(),
        });
        services.AddEnumLabels<LegalReviewOpinion>(o => o switch
        {
            LegalReviewOpinion.Approved => "同意",
            LegalReviewOpinion.HasProblems => "存在问题",
            _ => o.ToString(),
        });
        services.AddEnumLabels<EmploymentKind>(k => k switch
        {
            EmploymentKind.Established => "在编",
            EmploymentKind.Contract => "合同制",
            EmploymentKind.Temporary => "临时聘用",
            _ => k.ToString(),
        });
        return services;
    }
}
