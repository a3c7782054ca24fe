using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Disputes;

/// <summary>Chinese names of the module's records, fields and enum values, for the audit log and record histories.</summary>
internal static class DisputeDisplayLabels
{
    public static IServiceCollection AddDisputeDisplayLabels(this IServiceCollection services)
    {
        services.AddModuleLabel(DisputesModule.Key, "矛盾纠纷与群众诉求");
        services.AddRecordLabels<HotlineTicket>("12345工单", new Dictionary<string, string>
        {
            [nameof(HotlineTicket.MatterId)] = "诉求登记",
            [nameof(HotlineTicket.TicketNumber)] = "工单编号",
            [nameof(HotlineTicket.Category)] = "诉求类型",
            [nameof(HotlineTicket.Subject)] = "诉求标题",
            [nameof(HotlineTicket.ReceivedOn)] = "派单日期",
            [nameof(HotlineTicket.Urgent)] = "紧急工单",
            [nameof(HotlineTicket.Arrival)] = "接收方式",
            [nameof(HotlineTicket.Status)] = "状态",
            [nameof(HotlineTicket.OfficeName)] = "承办科室",
            [nameof(HotlineTicket.AssigneeUserName)] = "承办人账号",
            [nameof(HotlineTicket.AssigneeName)] = "承办人",
            [nameof(HotlineTicket.DispatchedOn)] = "镇内派单日期",
            [nameof(HotlineTicket.DueOn)] = "答复期限",
            [nameof(HotlineTicket.ExtensionDays)] = "延期工作日数",
            [nameof(HotlineTicket.ExtensionReason)] = "延期理由",
            [nameof(HotlineTicket.CentreApproval)] = "热线中心同意情况",
            [nameof(HotlineTicket.ExtensionApprovedBy)] = "延期批准人",
            [nameof(HotlineTicket.RepliedOn)] = "答复日期",
            [nameof(HotlineTicket.ReplyText)] = "答复内容",
            [nameof(HotlineTicket.RepliedBy)] = "答复人",
            [nameof(HotlineTicket.FollowUpOn)] = "回访日期",
            [nameof(HotlineTicket.Satisfaction)] = "满意度",
            [nameof(HotlineTicket.FollowUpNote)] = "回访情况",
            [nameof(HotlineTicket.ReturnedOn)] = "退单日期",
            [nameof(HotlineTicket.ReturnReason)] = "退单理由",
        });
        services.AddRecordLabels<HotlineApiKey>("12345热线平台密钥", new Dictionary<string, string>
        {
            [nameof(HotlineApiKey.Prefix)] = "密钥前缀",
            [nameof(HotlineApiKey.IssuedAt)] = "签发时间",
            [nameof(HotlineApiKey.IssuedBy)] = "签发人",
            [nameof(HotlineApiKey.RevokedAt)] = "作废时间",
        }, nameof(HotlineApiKey.KeyHash));
        services.AddRecordLabels<Matter>("群众诉求", new Dictionary<string, string>
        {
            [nameof(Matter.Sequence)] = "序号",
            [nameof(Matter.ReceiptNumber)] = "回执号",
            [nameof(Matter.Channel)] = "来源渠道",
            [nameof(Matter.Category)] = "诉求类别",
            [nameof(Matter.Topic)] = "所属领域",
            [nameof(Matter.Subject)] = "事项摘要",
            [nameof(Matter.Content)] = "诉求内容",
            [nameof(Matter.ReceivedOn)] = "收到日期",
            [nameof(Matter.RegisteredAt)] = "登记时间",
            [nameof(Matter.RegisteredBy)] = "登记人",
            [nameof(Matter.RequesterName)] = "诉求人",
            [nameof(Matter.RequesterPhone)] = "联系电话",
            [nameof(Matter.RequesterIdNumber)] = "公民身份号码",
            [nameof(Matter.RequesterAddress)] = "住址",
            [nameof(Matter.Headcount)] = "人数",
            [nameof(Matter.VillageId)] = "所在村（社区）编号",
            [nameof(Matter.VillageName)] = "所在村（社区）",
            [nameof(Matter.ExternalReference)] = "转交办单号或工单号",
            [nameof(Matter.Procedure)] = "办理程序",
            [nameof(Matter.ProcedureRecordId)] = "办理记录编号",
            [nameof(Matter.Status)] = "状态",
            [nameof(Matter.OfficeName)] = "承办科室",
            [nameof(Matter.AssigneeUserName)] = "承办人账号",
            [nameof(Matter.AssigneeName)] = "承办人",
            [nameof(Matter.AssignedOn)] = "分办日期",
            [nameof(Matter.LinkedToId)] = "首次登记事项",
            [nameof(Matter.LinkReason)] = "关联理由",
            [nameof(Matter.RepliedOn)] = "答复日期",
            [nameof(Matter.ReplyText)] = "答复内容",
            [nameof(Matter.RepliedBy)] = "答复人",
            [nameof(Matter.AnsweredOnTheSpot)] = "当场答复",
            [nameof(Matter.FollowUpOn)] = "回访日期",
            [nameof(Matter.Satisfaction)] = "满意度",
            [nameof(Matter.FollowUpNote)] = "回访情况",
            [nameof(Matter.ClosedOn)] = "办结日期",
        }, nameof(Matter.RequesterKey), nameof(Matter.SubjectKey));
        services.AddRecordLabels<MatterReply>("诉求答复", new Dictionary<string, string>
        {
            [nameof(MatterReply.MatterId)] = "诉求登记",
            [nameof(MatterReply.RepliedOn)] = "答复日期",
            [nameof(MatterReply.Text)] = "答复内容",
            [nameof(MatterReply.By)] = "答复人",
            [nameof(MatterReply.IsFinal)] = "最终答复",
        });
        services.AddRecordLabels<MediationCase>("人民调解案件", new Dictionary<string, string>
        {
            [nameof(MediationCase.MatterId)] = "诉求登记",
            [nameof(MediationCase.CommitteeId)] = "调解委员会编号",
            [nameof(MediationCase.CommitteeName)] = "调解委员会",
            [nameof(MediationCase.Sequence)] = "序号",
            [nameof(MediationCase.Number)] = "案件编号",
            [nameof(MediationCase.Start)] = "启动方式",
            [nameof(MediationCase.ReferredBy)] = "委托移送机关",
            [nameof(MediationCase.AcceptedOn)] = "受理日期",
            [nameof(MediationCase.Topic)] = "纠纷类型",
            [nameof(MediationCase.Summary)] = "案由",
            [nameof(MediationCase.Facts)] = "纠纷简要情况",
            [nameof(MediationCase.AmountInvolved)] = "涉案金额（元）",
            [nameof(MediationCase.Status)] = "状态",
            [nameof(MediationCase.LawyerInvolved)] = "律师参与",
            [nameof(MediationCase.AgreementForm)] = "协议形式",
            [nameof(MediationCase.AgreementReachedOn)] = "达成协议日期",
            [nameof(MediationCase.AgreementTerms)] = "协议内容",
            [nameof(MediationCase.PerformanceManner)] = "履行方式",
            [nameof(MediationCase.PerformanceDueOn)] = "履行期限",
            [nameof(MediationCase.MediatorSigner)] = "签名调解员",
            [nameof(MediationCase.MediatorSignedOn)] = "调解员签名日期",
            [nameof(MediationCase.CommitteeSealedOn)] = "调解委员会盖章日期",
            [nameof(MediationCase.AgreementEffectiveOn)] = "协议生效日期",
            [nameof(MediationCase.ConfirmationAppliedOn)] = "申请司法确认日期",
            [nameof(MediationCase.ConfirmationCourt)] = "司法确认法院",
            [nameof(MediationCase.ConfirmedOn)] = "司法确认日期",
            [nameof(MediationCase.PerformanceCheckedOn)] = "履行回访日期",
            [nameof(MediationCase.Performance)] = "履行情况",
            [nameof(MediationCase.PerformanceNote)] = "履行说明",
            [nameof(MediationCase.EndedOn)] = "终结日期",
            [nameof(MediationCase.EndReason)] = "终结原因",
            [nameof(MediationCase.RoutesAdvised)] = "告知的其他途径",
        });
        services.AddRecordLabels<MediationParty>("调解当事人", new Dictionary<string, string>
        {
            [nameof(MediationParty.CaseId)] = "调解案件",
            [nameof(MediationParty.Kind)] = "当事人类型",
            [nameof(MediationParty.Side)] = "当事人地位",
            [nameof(MediationParty.Phone)] = "联系电话",
            [nameof(MediationParty.IdNumber)] = "公民身份号码",
            [nameof(MediationParty.Address)] = "住址",
            [nameof(MediationParty.SignedOn)] = "签名日期",
        });
        services.AddRecordLabels<CaseMediator>("案件调解员", new Dictionary<string, string>
        {
            [nameof(CaseMediator.CaseId)] = "调解案件",
            [nameof(CaseMediator.MediatorId)] = "调解员编号",
            [nameof(CaseMediator.IsLawyer)] = "律师",
        });
        services.AddRecordLabels<MediationSession>("调解记录", new Dictionary<string, string>
        {
            [nameof(MediationSession.CaseId)] = "调解案件",
            [nameof(MediationSession.HeldOn)] = "调解日期",
            [nameof(MediationSession.Place)] = "调解地点",
            [nameof(MediationSession.Participants)] = "参加人员",
            [nameof(MediationSession.Record)] = "调解情况",
        });
        services.AddRecordLabels<MediationCommittee>("人民调解委员会", new Dictionary<string, string>
        {
            [nameof(MediationCommittee.Level)] = "层级",
            [nameof(MediationCommittee.VillageId)] = "所在村（社区）编号",
            [nameof(MediationCommittee.VillageName)] = "所在村（社区）",
            [nameof(MediationCommittee.FormedOn)] = "本届组成日期",
            [nameof(MediationCommittee.TermEndsOn)] = "本届任期届满日期",
            [nameof(MediationCommittee.Term)] = "届次",
        });
        services.AddRecordLabels<Mediator>("人民调解员", new Dictionary<string, string>
        {
            [nameof(Mediator.CommitteeId)] = "调解委员会",
            [nameof(Mediator.Gender)] = "性别",
            [nameof(Mediator.Role)] = "职务",
            [nameof(Mediator.Phone)] = "联系电话",
            [nameof(Mediator.IsLawyer)] = "律师",
            [nameof(Mediator.BirthDate)] = "出生日期",
            [nameof(Mediator.FromOn)] = "任职日期",
            [nameof(Mediator.ToOn)] = "离任日期",
            [nameof(Mediator.LeaveReason)] = "离任原因",
        });
        services.AddRecordLabels<Petition>("信访事项", new Dictionary<string, string>
        {
            [nameof(Petition.MatterId)] = "诉求登记",
            [nameof(Petition.Sequence)] = "序号",
            [nameof(Petition.Number)] = "信访事项编号",
            [nameof(Petition.Subject)] = "信访事项",
            [nameof(Petition.Source)] = "来源",
            [nameof(Petition.FromOrgan)] = "转送交办机关",
            [nameof(Petition.FromReference)] = "转送交办单号",
            [nameof(Petition.ReceivedOn)] = "收到日期",
            [nameof(Petition.RequesterReachable)] = "信访人姓名住址清楚",
            [nameof(Petition.Status)] = "状态",
            [nameof(Petition.AcceptedOn)] = "受理日期",
            [nameof(Petition.Route)] = "处理途径",
            [nameof(Petition.AcceptanceNote)] = "告知内容",
            [nameof(Petition.NoticeIssuedOn)] = "书面告知日期",
            [nameof(Petition.NoticeOnTheSpot)] = "当场书面告知",
            [nameof(Petition.HandlingDueOn)] = "办结期限",
            [nameof(Petition.NotAcceptedOn)] = "不予受理日期",
            [nameof(Petition.NotAcceptedReason)] = "不予受理理由",
            [nameof(Petition.AcceptedElsewhereBy)] = "已受理机关",
            [nameof(Petition.ObjectedOn)] = "提出异议日期",
            [nameof(Petition.ObjectionReason)] = "异议理由",
            [nameof(Petition.TransferredOn)] = "转送日期",
            [nameof(Petition.TransferredTo)] = "转送机关",
            [nameof(Petition.ExtensionDays)] = "延长天数",
            [nameof(Petition.ExtensionReason)] = "延期理由",
            [nameof(Petition.ExtensionApprovedBy)] = "延期批准人",
            [nameof(Petition.ExtensionNotifiedOn)] = "告知延期日期",
            [nameof(Petition.OpinionIssuedOn)] = "处理意见书出具日期",
            [nameof(Petition.OpinionResult)] = "处理意见",
            [nameof(Petition.OpinionRequest)] = "投诉请求",
            [nameof(Petition.OpinionFacts)] = "事实和理由",
            [nameof(Petition.OpinionText)] = "处理意见内容",
            [nameof(Petition.OpinionBasis)] = "法律法规依据",
            [nameof(Petition.OpinionServedOn)] = "送达日期",
            [nameof(Petition.ReviewRequestedOn)] = "请求复查日期",
            [nameof(Petition.ReviewOrgan)] = "复查机关",
            [nameof(Petition.ReviewDecidedOn)] = "复查意见日期",
            [nameof(Petition.ReviewResult)] = "复查结果",
            [nameof(Petition.ReReviewRequestedOn)] = "请求复核日期",
            [nameof(Petition.ReReviewOrgan)] = "复核机关",
            [nameof(Petition.ReReviewDecidedOn)] = "复核意见日期",
            [nameof(Petition.ReReviewResult)] = "复核结果",
        });
        services.AddRecordLabels<ScreeningRound>("矛盾纠纷排查", new Dictionary<string, string>
        {
            [nameof(ScreeningRound.VillageId)] = "村（社区）编号",
            [nameof(ScreeningRound.Area)] = "排查范围",
            [nameof(ScreeningRound.ConductedOn)] = "排查日期",
            [nameof(ScreeningRound.Team)] = "排查人员",
            [nameof(ScreeningRound.Note)] = "排查情况说明",
        });
        services.AddRecordLabels<ScreeningFinding>("排查发现的矛盾纠纷", new Dictionary<string, string>
        {
            [nameof(ScreeningFinding.RoundId)] = "排查记录",
            [nameof(ScreeningFinding.FoundOn)] = "发现日期",
            [nameof(ScreeningFinding.Area)] = "村（社区）",
            [nameof(ScreeningFinding.Summary)] = "纠纷情况",
            [nameof(ScreeningFinding.Topic)] = "纠纷类型",
            [nameof(ScreeningFinding.Parties)] = "当事人",
            [nameof(ScreeningFinding.Status)] = "化解情况",
            [nameof(ScreeningFinding.ResolvedOn)] = "化解或上报日期",
            [nameof(ScreeningFinding.Resolution)] = "化解措施",
            [nameof(ScreeningFinding.EscalatedTo)] = "上报机关",
            [nameof(ScreeningFinding.MediationCaseId)] = "人民调解案件",
            [nameof(ScreeningFinding.LeaderUserName)] = "包案领导账号",
            [nameof(ScreeningFinding.LeaderName)] = "包案领导",
            [nameof(ScreeningFinding.LeaderAssignedOn)] = "包案日期",
            [nameof(ScreeningFinding.LeaderDueOn)] = "包案化解期限",
        });
        services.AddEnumLabels<MatterChannel>(DisputeLabels.Channel);
        services.AddEnumLabels<MatterCategory>(DisputeLabels.Category);
        services.AddEnumLabels<MatterTopic>(DisputeLabels.Topic);
        services.AddEnumLabels<MatterProcedure>(DisputeLabels.Procedure);
        services.AddEnumLabels<MatterStatus>(DisputeLabels.Status);
        services.AddEnumLabels<Satisfaction>(DisputeLabels.Satisfaction);
        services.AddEnumLabels<CommitteeLevel>(DisputeLabels.Level);
        services.AddEnumLabels<MediatorRole>(DisputeLabels.Role);
        services.AddEnumLabels<Gender>(DisputeLabels.Gender);
        services.AddEnumLabels<MediationStart>(DisputeLabels.Start);
        services.AddEnumLabels<PartySide>(DisputeLabels.Side);
        services.AddEnumLabels<PartyKind>(DisputeLabels.PartyKind);
        services.AddEnumLabels<MediationStatus>(DisputeLabels.MediationStatus);
        services.AddEnumLabels<AgreementForm>(DisputeLabels.AgreementForm);
        services.AddEnumLabels<PerformanceStatus>(DisputeLabels.Performance);
        services.AddEnumLabels<FindingStatus>(DisputeLabels.Finding);
        services.AddEnumLabels<PetitionSource>(DisputeLabels.PetitionSource);
        services.AddEnumLabels<PetitionStatus>(DisputeLabels.PetitionStatus);
        services.AddEnumLabels<PetitionRoute>(DisputeLabels.Route);
        services.AddEnumLabels<OpinionResult>(DisputeLabels.Opinion);
        services.AddEnumLabels<ReviewResult>(DisputeLabels.Review);
        services.AddEnumLabels<ReviewLevel>(DisputeLabels.ReviewLevel);
        services.AddEnumLabels<HotlineCategory>(DisputeLabels.HotlineCategory);
        services.AddEnumLabels<HotlineTicketStatus>(DisputeLabels.TicketStatus);
        services.AddEnumLabels<TicketArrival>(DisputeLabels.Arrival);
        return services;
    }
}
