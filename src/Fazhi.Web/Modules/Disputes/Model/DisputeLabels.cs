namespace Fazhi.Modules.Disputes.Model;

/// <summary>The Chinese names of the module's enum values, as pages, exports and the audit log show them.</summary>
internal static class DisputeLabels
{
    public static string Channel(MatterChannel c) => c switch
    {
        MatterChannel.Visit => "来访",
        MatterChannel.Letter => "来信",
        MatterChannel.Phone => "电话",
        MatterChannel.Online => "网上",
        MatterChannel.Hotline12345 => "12345工单",
        MatterChannel.Referred => "上级转交办",
        _ => c.ToString(),
    };

    public static string Category(MatterCategory c) => c switch
    {
        MatterCategory.Consultation => "咨询",
        MatterCategory.HelpRequest => "求助",
        MatterCategory.Complaint => "投诉",
        MatterCategory.Suggestion => "建议",
        MatterCategory.Dispute => "矛盾纠纷",
        MatterCategory.Claim => "申诉求决",
        _ => c.ToString(),
    };

    public static string Topic(MatterTopic t) => t switch
    {
        MatterTopic.FamilyAndMarriage => "婚姻家庭",
        MatterTopic.Neighbours => "邻里纠纷",
        MatterTopic.LandAndForest => "土地山林",
        MatterTopic.Housing => "房屋宅基地",
        MatterTopic.Labour => "劳动劳务",
        MatterTopic.Damages => "损害赔偿",
        MatterTopic.Contracts => "合同纠纷",
        MatterTopic.Environment => "生态环境",
        MatterTopic.PublicServices => "公共服务",
        MatterTopic.Other => "其他",
        _ => t.ToString(),
    };

    public static string Procedure(MatterProcedure p) => p switch
    {
        MatterProcedure.General => "一般诉求",
        MatterProcedure.Mediation => "人民调解",
        MatterProcedure.Petition => "信访",
        MatterProcedure.Hotline => "12345工单",
        _ => p.ToString(),
    };

    public static string Status(MatterStatus s) => s switch
    {
        MatterStatus.Received => "已登记",
        MatterStatus.InProgress => "办理中",
        MatterStatus.Replied => "已答复",
        MatterStatus.Closed => "已办结",
        MatterStatus.Linked => "重复事项（已关联）",
        _ => s.ToString(),
    };

    public static string Satisfaction(Satisfaction s) => s switch
    {
        Model.Satisfaction.Satisfied => "满意",
        Model.Satisfaction.BasicallySatisfied => "基本满意",
        Model.Satisfaction.Dissatisfied => "不满意",
        _ => s.ToString(),
    };

    public static string Level(CommitteeLevel l) => l switch
    {
        CommitteeLevel.Township => "乡镇人民调解委员会",
        CommitteeLevel.Village => "村（居）人民调解委员会",
        _ => l.ToString(),
    };

    public static string Role(MediatorRole r) => r switch
    {
        MediatorRole.Chair => "主任",
        MediatorRole.ViceChair => "副主任",
        MediatorRole.Member => "委员",
        MediatorRole.Appointed => "聘任调解员",
        _ => r.ToString(),
    };

    public static string Gender(Gender g) => g switch
    {
        Model.Gender.Female => "女",
        Model.Gender.Male => "男",
        _ => g.ToString(),
    };

    public static string Start(MediationStart s) => s switch
    {
        MediationStart.Application => "当事人申请",
        MediationStart.ExOfficio => "主动调解",
        MediationStart.Referral => "法院、公安机关委托移送",
        _ => s.ToString(),
    };

    public static string Side(PartySide s) => s switch
    {
        PartySide.Applicant => "申请人",
        PartySide.Respondent => "被申请人",
        _ => s.ToString(),
    };

    public static string PartyKind(PartyKind k) => k switch
    {
        Model.PartyKind.NaturalPerson => "自然人",
        Model.PartyKind.Organisation => "法人或其他组织",
        _ => k.ToString(),
    };

    public static string MediationStatus(MediationStatus s) => s switch
    {
        Model.MediationStatus.Accepted => "已受理",
        Model.MediationStatus.Mediating => "调解中",
        Model.MediationStatus.AgreementPendingSignature => "协议书待签署",
        Model.MediationStatus.Agreed => "达成协议",
        Model.MediationStatus.Performed => "已履行",
        Model.MediationStatus.Failed => "调解不成",
        Model.MediationStatus.Refused => "当事人拒绝调解",
        _ => s.ToString(),
    };

    public static string AgreementForm(AgreementForm f) => f switch
    {
        Model.AgreementForm.Written => "书面调解协议",
        Model.AgreementForm.Oral => "口头调解协议",
        _ => f.ToString(),
    };

    public static string Performance(PerformanceStatus p) => p switch
    {
        PerformanceStatus.Performed => "已履行",
        PerformanceStatus.PartlyPerformed => "部分履行",
        PerformanceStatus.NotPerformed => "未履行",
        _ => p.ToString(),
    };

    public static string Finding(FindingStatus f) => f switch
    {
        FindingStatus.Pending => "待化解",
        FindingStatus.Resolved => "已化解",
        FindingStatus.ReferredToMediation => "转人民调解",
        FindingStatus.Escalated => "已上报",
        _ => f.ToString(),
    };

    public static string PetitionSource(PetitionSource s) => s switch
    {
        Model.PetitionSource.Direct => "信访人直接提出",
        Model.PetitionSource.Transferred => "信访部门转送",
        Model.PetitionSource.Assigned => "上级机关交办",
        _ => s.ToString(),
    };

    public static string PetitionStatus(PetitionStatus s) => s switch
    {
        Model.PetitionStatus.Registered => "已登记",
        Model.PetitionStatus.Accepted => "已受理，办理中",
        Model.PetitionStatus.NotAccepted => "不予受理",
        Model.PetitionStatus.TransferredOut => "已转送",
        Model.PetitionStatus.Objected => "已提出异议",
        Model.PetitionStatus.Redirected => "导入法定程序",
        Model.PetitionStatus.Answered => "已出具处理意见",
        Model.PetitionStatus.UnderReview => "复查、复核中",
        Model.PetitionStatus.Closed => "已终结",
        _ => s.ToString(),
    };

    public static string Route(PetitionRoute r) => r switch
    {
        PetitionRoute.PetitionHandling => "按信访程序办理（第三十一条第六项）",
        PetitionRoute.LitigationOrReconsideration => "导入诉讼、复议等法律程序（第三十一条第一项）",
        PetitionRoute.Arbitration => "导入仲裁程序（第三十一条第二项）",
        PetitionRoute.OtherStatutoryProcedure => "导入行政裁决、确认、许可、处罚等程序（第三十一条第四、五项）",
        _ => r.ToString(),
    };

    public static string Opinion(OpinionResult o) => o switch
    {
        OpinionResult.Support => "予以支持",
        OpinionResult.Explain => "解释说明",
        OpinionResult.NotSupport => "不予支持",
        _ => o.ToString(),
    };

    public static string Review(ReviewResult r) => r switch
    {
        ReviewResult.Upheld => "维持",
        ReviewResult.Changed => "变更或撤销",
        _ => r.ToString(),
    };

    public static string ReviewLevel(ReviewLevel l) => l switch
    {
        Model.ReviewLevel.Review => "复查",
        Model.ReviewLevel.ReReview => "复核",
        _ => l.ToString(),
    };

    public static string HotlineCategory(HotlineCategory c) => c switch
    {
        Model.HotlineCategory.Consultation => "咨询",
        Model.HotlineCategory.HelpRequest => "求助",
        Model.HotlineCategory.Complaint => "投诉",
        Model.HotlineCategory.Suggestion => "建议",
        _ => c.ToString(),
    };

    public static string TicketStatus(HotlineTicketStatus s) => s switch
    {
        HotlineTicketStatus.Received => "待派单",
        HotlineTicketStatus.Dispatched => "办理中",
        HotlineTicketStatus.Replied => "已答复，待回访",
        HotlineTicketStatus.Returned => "已退单",
        HotlineTicketStatus.Closed => "已办结",
        _ => s.ToString(),
    };

    public static string Arrival(TicketArrival a) => a switch
    {
        TicketArrival.Import => "表格导入",
        TicketArrival.Push => "热线平台推送",
        TicketArrival.Manual => "人工登记",
        _ => a.ToString(),
    };

    /// <summary>Options of a select box for an enum, labelled in Chinese (the tag helper marks the bound value selected).</summary>
    public static IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Items<T>(Func<T, string> label)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(label(v), v.ToString()));

    /// <summary>Reads a Chinese or English enum name from an imported sheet or a pushed ticket.</summary>
    public static bool TryParseHotlineCategory(string? text, out HotlineCategory category)
    {
        category = default;
        var t = (text ?? "").Trim();
        foreach (var c in Enum.GetValues<HotlineCategory>())
        {
            if (t == HotlineCategory(c) || string.Equals(t, c.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                category = c;
                return true;
            }
        }

        // The hotline centres also send 举报 and 求决; they are handled with the complaint period.
        if (t is "举报" or "求决" or "诉求")
        {
            category = Model.HotlineCategory.Complaint;
            return true;
        }

        return false;
    }
}
