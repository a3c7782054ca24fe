using Fazhi.Modules.Consultation.Contracts;
using Fazhi.Modules.Consultation.Model;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Consultation;

/// <summary>Chinese names of the consultation records and fields, for the audit log and record histories.</summary>
internal static class ConsultationDisplayLabels
{
    public static IServiceCollection AddConsultationDisplayLabels(this IServiceCollection services)
    {
        services.AddModuleLabel("consultation", "公开征求意见");
        services.AddRecordLabels<PublicConsultation>("公开征求意见", new Dictionary<string, string>
        {
            [nameof(PublicConsultation.Title)] = "征求意见稿标题",
            [nameof(PublicConsultation.Text)] = "征求意见稿正文",
            [nameof(PublicConsultation.Explanation)] = "起草说明",
            [nameof(PublicConsultation.OpensOn)] = "征求意见开始日期",
            [nameof(PublicConsultation.ClosesOn)] = "征求意见截止日期",
            [nameof(PublicConsultation.PeriodDescription)] = "征求意见期限",
            [nameof(PublicConsultation.PeriodRuleCode)] = "期限规则",
            [nameof(PublicConsultation.SubjectModule)] = "所属业务",
            [nameof(PublicConsultation.SubjectType)] = "事项类型",
            [nameof(PublicConsultation.SubjectId)] = "事项编号",
            [nameof(PublicConsultation.SummaryPublishedOn)] = "采纳情况公布日期",
            [nameof(PublicConsultation.WorkspaceUrl)] = "工作台地址",
        });
        services.AddRecordLabels<ConsultationComment>("征求意见收到的意见", new Dictionary<string, string>
        {
            [nameof(ConsultationComment.ConsultationId)] = "征求意见编号",
            [nameof(ConsultationComment.ReceiptNumber)] = "受理编号",
            [nameof(ConsultationComment.ReceiptYear)] = "受理年度",
            [nameof(ConsultationComment.ReceiptSequence)] = "受理序号",
            [nameof(ConsultationComment.Article)] = "针对条款",
            [nameof(ConsultationComment.Channel)] = "意见渠道",
            [nameof(ConsultationComment.CommenterName)] = "意见人",
            [nameof(ConsultationComment.Contact)] = "联系方式",
            [nameof(ConsultationComment.Content)] = "意见内容",
            [nameof(ConsultationComment.Decision)] = "采纳情况",
            [nameof(ConsultationComment.DecisionReason)] = "采纳或不予采纳理由",
            [nameof(ConsultationComment.ReceivedOn)] = "收到日期",
            [nameof(ConsultationComment.SubmittedAt)] = "提交时间",
        });
        services.AddRecordLabels<SummaryLine>("意见采纳情况条目", new Dictionary<string, string>
        {
            [nameof(SummaryLine.Adopted)] = "采纳",
            [nameof(SummaryLine.Article)] = "针对条款",
            [nameof(SummaryLine.Channel)] = "意见渠道",
            [nameof(SummaryLine.Content)] = "意见内容",
            [nameof(SummaryLine.Reason)] = "理由",
            [nameof(SummaryLine.Submitter)] = "意见人（已脱敏）",
        });
        services.AddEnumLabels<OpinionChannel>(OpinionChannels.Label);
        services.AddEnumLabels<CommentDecision>(d => d switch
        {
            CommentDecision.Pending => "待处理",
            CommentDecision.Adopted => "采纳",
            CommentDecision.NotAdopted => "不予采纳",
            _ => d.ToString(),
        });
        return services;
    }
}
