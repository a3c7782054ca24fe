using Fazhi.Modules.Disclosure.Model;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Disclosure;

/// <summary>Chinese names of the disclosure records and fields, for the audit log and record histories.</summary>
internal static class DisclosureDisplayLabels
{
    public static IServiceCollection AddDisclosureDisplayLabels(this IServiceCollection services)
    {
        services.AddModuleLabel("disclosure", "政务公开");
        services.AddRecordLabels<DisclosureRequest>("政府信息公开申请", new Dictionary<string, string>
        {
            [nameof(DisclosureRequest.Year)] = "年度",
            [nameof(DisclosureRequest.Sequence)] = "序号",
            [nameof(DisclosureRequest.Number)] = "受理编号",
            [nameof(DisclosureRequest.Channel)] = "申请方式",
            [nameof(DisclosureRequest.ApplicantKind)] = "申请人类型",
            [nameof(DisclosureRequest.ApplicantName)] = "申请人",
            [nameof(DisclosureRequest.IdentityNumber)] = "身份证明号码",
            [nameof(DisclosureRequest.Phone)] = "联系电话",
            [nameof(DisclosureRequest.Address)] = "通信地址",
            [nameof(DisclosureRequest.Email)] = "电子邮箱",
            [nameof(DisclosureRequest.Description)] = "所需信息描述",
            [nameof(DisclosureRequest.DeliveryForm)] = "信息载体形式",
            [nameof(DisclosureRequest.DeliveryWay)] = "获取方式",
            [nameof(DisclosureRequest.SubmittedOn)] = "提交日期",
            [nameof(DisclosureRequest.ReceivedOn)] = "收到申请之日",
            [nameof(DisclosureRequest.State)] = "办理状态",
            [nameof(DisclosureRequest.CorrectionNoticeOn)] = "补正告知日期",
            [nameof(DisclosureRequest.CorrectionItems)] = "补正事项",
            [nameof(DisclosureRequest.CorrectionDueOn)] = "补正期限",
            [nameof(DisclosureRequest.CorrectedOn)] = "收到补正日期",
            [nameof(DisclosureRequest.ThirdParty)] = "征求意见的第三方",
            [nameof(DisclosureRequest.ConsultationSentOn)] = "征求意见书发出日期",
            [nameof(DisclosureRequest.ConsultationEndedOn)] = "征求意见结束日期",
            [nameof(DisclosureRequest.ThirdPartyAnswer)] = "第三方意见",
            [nameof(DisclosureRequest.ThirdPartyOpinion)] = "第三方意见内容",
            [nameof(DisclosureRequest.PausedWorkingDays)] = "不计入答复期限的工作日",
            [nameof(DisclosureRequest.ExtensionDays)] = "延长工作日",
            [nameof(DisclosureRequest.ExtensionReason)] = "延长理由",
            [nameof(DisclosureRequest.ExtensionApprovedBy)] = "延长批准人",
            [nameof(DisclosureRequest.ExtensionApprovedOn)] = "延长批准日期",
            [nameof(DisclosureRequest.ApplicantToldOfExtensionOn)] = "告知申请人延期日期",
            [nameof(DisclosureRequest.ReplyDueOn)] = "答复期限",
            [nameof(DisclosureRequest.ReplyType)] = "答复类型",
            [nameof(DisclosureRequest.RefusalGround)] = "不予公开理由",
            [nameof(DisclosureRequest.OtherOrgan)] = "负责公开的机关",
            [nameof(DisclosureRequest.ReplyText)] = "答复内容",
            [nameof(DisclosureRequest.RepliedOn)] = "答复日期",
            [nameof(DisclosureRequest.RepliedBy)] = "答复人",
            [nameof(DisclosureRequest.ClosingKind)] = "终止情形",
            [nameof(DisclosureRequest.ClosedOn)] = "终止日期",
            [nameof(DisclosureRequest.ClosingNote)] = "终止说明",
        });
        services.AddRecordLabels<DisclosureItem>("政府信息公开目录条目", new Dictionary<string, string>
        {
            [nameof(DisclosureItem.Year)] = "年度",
            [nameof(DisclosureItem.Sequence)] = "序号",
            [nameof(DisclosureItem.IndexNumber)] = "索引号",
            [nameof(DisclosureItem.Category)] = "信息类别",
            [nameof(DisclosureItem.Title)] = "名称",
            [nameof(DisclosureItem.Summary)] = "内容概述",
            [nameof(DisclosureItem.FormedOn)] = "生成日期",
            [nameof(DisclosureItem.Link)] = "全文链接",
            [nameof(DisclosureItem.PublishedOn)] = "公开日期",
            [nameof(DisclosureItem.IsPublic)] = "已公开",
            [nameof(DisclosureItem.SourceModule)] = "来源模块",
            [nameof(DisclosureItem.SourceId)] = "来源记录",
            [nameof(DisclosureItem.WithdrawnOn)] = "撤回日期",
            [nameof(DisclosureItem.ValidUntil)] = "有效期至",
            [nameof(DisclosureItem.ValidityEnded)] = "效力状态",
            [nameof(DisclosureItem.ValidityEndedOn)] = "失效日期",
        });
        services.AddRecordLabels<DisclosureGuide>("政府信息公开指南", new Dictionary<string, string>
        {
            [nameof(DisclosureGuide.OfficeName)] = "政府信息公开工作机构",
            [nameof(DisclosureGuide.Address)] = "办公地址",
            [nameof(DisclosureGuide.Hours)] = "办公时间",
            [nameof(DisclosureGuide.Phone)] = "联系电话",
            [nameof(DisclosureGuide.Fax)] = "传真号码",
            [nameof(DisclosureGuide.OnlineContact)] = "互联网联系方式",
            [nameof(DisclosureGuide.UpdatedOn)] = "更新日期",
            [nameof(DisclosureGuide.IsPublic)] = "已公开",
        });
        services.AddRecordLabels<DisclosureReport>("政府信息公开工作年度报告", new Dictionary<string, string>
        {
            [nameof(DisclosureReport.Year)] = "年度",
            [nameof(DisclosureReport.Title)] = "标题",
            [nameof(DisclosureReport.Overview)] = "总体情况",
            [nameof(DisclosureReport.TablesJson)] = "统计表",
            [nameof(DisclosureReport.Docx)] = "Word 文件",
            [nameof(DisclosureReport.ApprovedOn)] = "审定日期",
            [nameof(DisclosureReport.ApprovedBy)] = "审定人",
            [nameof(DisclosureReport.PublishedOn)] = "公布日期",
            [nameof(DisclosureReport.IsPublic)] = "已公布",
        });
        services.AddEnumLabels<InformationCategory>(CatalogueLabels.Brief);
        services.AddEnumLabels<InformationValidity>(CatalogueLabels.Validity);
        services.AddEnumLabels<RequestChannel>(DisclosureLabels.Channel);
        services.AddEnumLabels<ApplicantKind>(DisclosureLabels.Applicant);
        services.AddEnumLabels<DeliveryForm>(DisclosureLabels.Form);
        services.AddEnumLabels<DeliveryWay>(DisclosureLabels.Way);
        services.AddEnumLabels<RequestState>(DisclosureLabels.State);
        services.AddEnumLabels<ReplyType>(DisclosureLabels.Reply);
        services.AddEnumLabels<RefusalGround>(DisclosureLabels.Ground);
        services.AddEnumLabels<ClosingKind>(DisclosureLabels.Closing);
        services.AddEnumLabels<ThirdPartyAnswer>(DisclosureLabels.Answer);
        return services;
    }
}
