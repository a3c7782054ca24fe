using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Deadlines.Rules;
using Fazhi.Platform.Time;
using Microsoft.AspNetCore.Identity;

namespace Fazhi.Platform.Web;

/// <summary>Chinese names of Platform's own records (users and roles, deadlines, calendar, attachments).</summary>
internal static class PlatformDisplayLabels
{
    public static IServiceCollection AddPlatformDisplayLabels(this IServiceCollection services)
    {
        services.AddRecordLabels<FazhiUser>("用户", new Dictionary<string, string>
        {
            [nameof(FazhiUser.AccessFailedCount)] = "连续登录失败次数",
            [nameof(FazhiUser.DisplayName)] = "姓名",
            [nameof(FazhiUser.Email)] = "电子邮箱",
            [nameof(FazhiUser.EmailConfirmed)] = "邮箱已确认",
            [nameof(FazhiUser.IsDisabled)] = "已停用",
            [nameof(FazhiUser.LeaderPost)] = "领导职务",
            [nameof(FazhiUser.LockoutEnabled)] = "允许锁定",
            [nameof(FazhiUser.LockoutEnd)] = "锁定至",
            [nameof(FazhiUser.PasswordHash)] = "密码",
            [nameof(FazhiUser.PhoneNumber)] = "电话",
            [nameof(FazhiUser.PhoneNumberConfirmed)] = "电话已确认",
            [nameof(FazhiUser.Position)] = "职务",
            [nameof(FazhiUser.TwoFactorEnabled)] = "双因素登录",
            [nameof(FazhiUser.UserName)] = "用户名",
        });
        services.AddRecordLabels<IdentityRole<Guid>>("角色", new Dictionary<string, string> { ["Name"] = "角色名称" });
        services.AddRecordLabels<IdentityUserRole<Guid>>("用户角色", new Dictionary<string, string> { ["UserId"] = "用户", ["RoleId"] = "角色" });
        services.AddRecordLabels<IdentityUserClaim<Guid>>("用户声明", new Dictionary<string, string> { ["UserId"] = "用户", ["ClaimType"] = "声明类型", ["ClaimValue"] = "声明值" });
        services.AddRecordLabels<IdentityRoleClaim<Guid>>("角色声明", new Dictionary<string, string> { ["RoleId"] = "角色", ["ClaimType"] = "声明类型", ["ClaimValue"] = "声明值" });
        services.AddRecordLabels<IdentityUserLogin<Guid>>("外部登录", new Dictionary<string, string> { ["UserId"] = "用户", ["LoginProvider"] = "登录方式", ["ProviderKey"] = "外部账号", ["ProviderDisplayName"] = "登录方式名称" });
        services.AddRecordLabels<IdentityUserToken<Guid>>("登录令牌", new Dictionary<string, string> { ["UserId"] = "用户", ["LoginProvider"] = "登录方式", ["Name"] = "令牌名称", ["Value"] = "令牌" });

        services.AddRecordLabels<Deadline>("法定期限", new Dictionary<string, string>
        {
            [nameof(Deadline.Owner)] = "履行主体",
            [nameof(Deadline.CalendarUnconfirmed)] = "日历未确认",
            [nameof(Deadline.CancelReason)] = "撤销理由",
            [nameof(Deadline.DueDate)] = "到期日",
            [nameof(Deadline.Kind)] = "期限计算方式",
            [nameof(Deadline.LegalBasis)] = "法律依据",
            [nameof(Deadline.MetOn)] = "办结日期",
            [nameof(Deadline.OpenedAt)] = "开始计时时间",
            [nameof(Deadline.Period)] = "期限",
            [nameof(Deadline.RollOverRestDay)] = "期满日遇休息日顺延",
            [nameof(Deadline.RuleCode)] = "期限规则",
            [nameof(Deadline.StartDate)] = "起算日",
            [nameof(Deadline.StartEvent)] = "起算事件",
            [nameof(Deadline.State)] = "状态",
            [nameof(Deadline.SubjectId)] = "事项编号",
            [nameof(Deadline.SubjectModule)] = "所属业务",
            [nameof(Deadline.SubjectTitle)] = "事项",
            [nameof(Deadline.SubjectType)] = "事项类型",
            [nameof(Deadline.SubjectUrl)] = "事项地址",
            [nameof(Deadline.Title)] = "期限名称",
            [nameof(Deadline.WarnDaysBefore)] = "提前预警天数",
        });
        services.AddRecordLabels<DeadlineExtension>("期限延长", new Dictionary<string, string>
        {
            [nameof(DeadlineExtension.AddedDays)] = "延长天数",
            [nameof(DeadlineExtension.ApprovedAt)] = "批准时间",
            [nameof(DeadlineExtension.ApproverName)] = "批准人",
            [nameof(DeadlineExtension.ApproverUserId)] = "批准人账号",
            [nameof(DeadlineExtension.DeadlineId)] = "所属期限",
            [nameof(DeadlineExtension.NewDueDate)] = "新到期日",
            [nameof(DeadlineExtension.PreviousDueDate)] = "原到期日",
            [nameof(DeadlineExtension.Reason)] = "延长理由",
        });
        services.AddRecordLabels<Deadlines.Requests.DeadlineExtensionRequest>("延期申请", new Dictionary<string, string>
        {
            [nameof(Deadlines.Requests.DeadlineExtensionRequest.DeadlineId)] = "所属期限",
            [nameof(Deadlines.Requests.DeadlineExtensionRequest.Days)] = "申请延长天数",
            [nameof(Deadlines.Requests.DeadlineExtensionRequest.Reason)] = "申请理由",
            [nameof(Deadlines.Requests.DeadlineExtensionRequest.RequestedBy)] = "申请人账号",
            [nameof(Deadlines.Requests.DeadlineExtensionRequest.RequesterName)] = "申请人",
            [nameof(Deadlines.Requests.DeadlineExtensionRequest.RequestedAt)] = "申请时间",
            [nameof(Deadlines.Requests.DeadlineExtensionRequest.State)] = "审批状态",
            [nameof(Deadlines.Requests.DeadlineExtensionRequest.DecidedBy)] = "审批人",
            [nameof(Deadlines.Requests.DeadlineExtensionRequest.DecidedAt)] = "审批时间",
            [nameof(Deadlines.Requests.DeadlineExtensionRequest.RefusalReason)] = "不予批准理由",
        });
        services.AddEnumLabels<Deadlines.Requests.ExtensionRequestState>(state => state switch
        {
            Deadlines.Requests.ExtensionRequestState.Pending => "待审批",
            Deadlines.Requests.ExtensionRequestState.Approved => "已批准",
            _ => "不予批准",
        });
        services.AddEnumLabels<DeadlineState>(state => DeadlineLabels.State(state, DeadlineOwner.Government));
        services.AddEnumLabels<DeadlineOwner>(DeadlineLabels.Owner);
        services.AddEnumLabels<LeaderPost>(LeaderPosts.Label);
        services.AddEnumLabels<PeriodKind>(StateLabels.Kind);

        services.AddRecordLabels<CalendarYear>("年度放假安排", new Dictionary<string, string>
        {
            [nameof(CalendarYear.EnteredAt)] = "录入时间",
            [nameof(CalendarYear.EnteredBy)] = "录入人",
            [nameof(CalendarYear.NoticeUrl)] = "国务院办公厅通知",
        });
        services.AddRecordLabels<CalendarDay>("放假调休日", new Dictionary<string, string>
        {
            [nameof(CalendarDay.Date)] = "日期",
            [nameof(CalendarDay.HolidayName)] = "节日",
            [nameof(CalendarDay.IsOffDay)] = "放假",
        });

        services.AddRecordLabels<Attachment>("附件", new Dictionary<string, string>
        {
            [nameof(Attachment.ContentType)] = "文件类型",
            [nameof(Attachment.FileName)] = "文件名",
            [nameof(Attachment.Kind)] = "格式",
            [nameof(Attachment.OwnerId)] = "所属记录",
            [nameof(Attachment.OwnerType)] = "所属记录类型",
            [nameof(Attachment.Purpose)] = "用途",
            [nameof(Attachment.Sha256)] = "校验值（SHA-256）",
            [nameof(Attachment.Size)] = "大小（字节）",
            [nameof(Attachment.UploadedAt)] = "上传时间",
            [nameof(Attachment.UploadedById)] = "上传人账号",
            [nameof(Attachment.UploadedByName)] = "上传人",
        });
        services.AddEnumLabels<AttachmentKind>(AttachmentKinds.Label);
        // The database attachment store and the shared key ring (ADR 0029).
        services.AddRecordLabels<AttachmentBlob>("附件内容", new Dictionary<string, string>
        {
            [nameof(AttachmentBlob.Sha256)] = "校验值（SHA-256）",
            [nameof(AttachmentBlob.Size)] = "大小（字节）",
            [nameof(AttachmentBlob.Chunks)] = "分块数",
        });
        services.AddRecordLabels<AttachmentBlobChunk>("附件内容分块", new Dictionary<string, string>
        {
            [nameof(AttachmentBlobChunk.Sha256)] = "校验值（SHA-256）",
            [nameof(AttachmentBlobChunk.Index)] = "序号",
            [nameof(AttachmentBlobChunk.Content)] = "内容",
        });
        services.AddRecordLabels<Caching.RecordStamp>("记录版本标记", new Dictionary<string, string>
        {
            [nameof(Caching.RecordStamp.TownshipId)] = "乡镇",
            [nameof(Caching.RecordStamp.Stamp)] = "版本标记",
        });
        services.AddRecordLabels<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>("数据保护密钥", new Dictionary<string, string>
        {
            ["FriendlyName"] = "密钥名称",
            ["Xml"] = "密钥",
        });
        return services;
    }
}
