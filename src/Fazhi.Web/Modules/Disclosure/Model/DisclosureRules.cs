using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Modules.Disclosure.Model;

/// <summary>A step of an application is taken only in the state it belongs to.</summary>
internal sealed record RequestMustBeIn(RequestState Actual, string Step, params RequestState[] Allowed) : IBusinessRule
{
    public bool IsBroken => !Allowed.Contains(Actual);

    public string Code => "disclosure.request.wrong-state";

    public string Message => $"该申请当前为“{DisclosureLabels.State(Actual)}”，不能{Step}（《政府信息公开条例》第四十五条：登记、审核、办理、答复、归档）。";
}

/// <summary>第31条: a day of receipt is never before the application was submitted nor in the future.</summary>
internal sealed record ReceiptDateWithinSubmissionAndToday(DateOnly SubmittedOn, DateOnly ReceivedOn, DateOnly Today, string Field = "ReceivedOn") : IBusinessRule
{
    public bool IsBroken => ReceivedOn < SubmittedOn || ReceivedOn > Today;

    public string Code => "disclosure.receipt.date";

    public string Message => $"收到申请之日应在申请提交之日（{SubmittedOn:yyyy-MM-dd}）与今天之间（《政府信息公开条例》第三十一条）。";
}

/// <summary>第30条: the correction notice is given once (一次性告知) ...</summary>
internal sealed record CorrectionOnlyOnce(DateOnly? EarlierNoticeOn) : IBusinessRule
{
    public bool IsBroken => EarlierNoticeOn is not null;

    public string Code => "disclosure.correction.once";

    public string Message => $"已于 {EarlierNoticeOn:yyyy-MM-dd} 告知补正，补正告知只能一次性作出（《政府信息公开条例》第三十条：一次性告知申请人作出补正）。";
}

/// <summary>第30条: ... within 7 working days of receipt.</summary>
internal sealed record CorrectionNoticeWithinSevenWorkingDays(DateOnly NoticeOn, DateOnly LastDay) : IBusinessRule
{
    public bool IsBroken => NoticeOn > LastDay;

    public string Code => "disclosure.correction.late";

    public string? Field => "On";

    public string Message => $"补正告知应自收到申请之日起 7 个工作日内作出（最迟 {LastDay:yyyy-MM-dd}），已逾期，应按原申请办理答复（《政府信息公开条例》第三十条）。";
}

/// <summary>第30条: 视为放弃申请 only after the correction period ran out without a correction.</summary>
internal sealed record GivenUpOnlyAfterCorrectionPeriod(DateOnly? CorrectionDueOn, DateOnly On) : IBusinessRule
{
    public bool IsBroken => CorrectionDueOn is null || On <= CorrectionDueOn;

    public string Code => "disclosure.correction.not-expired";

    public string? Field => "Kind";

    public string Message => CorrectionDueOn is null
        ? "未告知补正的申请不能以逾期未补正为由终止（《政府信息公开条例》第三十条）。"
        : $"补正期限至 {CorrectionDueOn:yyyy-MM-dd} 届满，届满前不能视为放弃申请（《政府信息公开条例》第三十条）。";
}

/// <summary>第33条第2款: an extension needs the consent of the head of the disclosure office, recorded with its reason.</summary>
internal sealed record ExtensionWithinTwentyWorkingDays(int AlreadyExtended, int Days) : IBusinessRule
{
    public bool IsBroken => Days < 1 || AlreadyExtended + Days > DisclosurePeriods.MaxExtensionWorkingDays;

    public string Code => "disclosure.extension.too-long";

    public string? Field => "Days";

    public string Message => AlreadyExtended > 0
        ? $"答复期限已延长 {AlreadyExtended} 个工作日，延长总计不得超过 20 个工作日（《政府信息公开条例》第三十三条第二款）。"
        : "延长答复期限应为 1—20 个工作日（《政府信息公开条例》第三十三条第二款：延长的期限最长不得超过20个工作日）。";
}

/// <summary>第33条第2款: the applicant must be told of the extension; it is decided before the period ends.</summary>
internal sealed record ExtensionBeforeDueAndApplicantTold(DateOnly? DueOn, DateOnly ApprovedOn, DateOnly? ToldOn) : IBusinessRule
{
    public bool IsBroken => DueOn is null || ApprovedOn > DueOn || ToldOn is null || ToldOn < ApprovedOn || ToldOn > DueOn;

    public string Code => "disclosure.extension.notice";

    public string? Field => ToldOn is null || ToldOn < ApprovedOn || ToldOn > DueOn ? "ApplicantToldOn" : "On";

    public string Message => DueOn is null ? "答复期限未在计算中，不能延长（《政府信息公开条例》第三十三条）。"
        : ApprovedOn > DueOn ? $"答复期限已于 {DueOn:yyyy-MM-dd} 届满，不能再延长（《政府信息公开条例》第三十三条第二款）。"
        : $"延长答复期限应当告知申请人：请填写在原期限（{DueOn:yyyy-MM-dd}）届满前告知申请人的日期（《政府信息公开条例》第三十三条第二款）。";
}

/// <summary>第32条: a third party's answer is awaited for 15 working days; "no answer" is recorded only after them.</summary>
internal sealed record NoAnswerOnlyAfterFifteenWorkingDays(ThirdPartyAnswer Answer, DateOnly EndedOn, DateOnly PeriodEnd) : IBusinessRule
{
    public bool IsBroken => Answer == ThirdPartyAnswer.NoAnswer && EndedOn <= PeriodEnd;

    public string Code => "disclosure.third-party.period-running";

    public string? Field => "Answer";

    public string Message => $"第三方提出意见的期限至 {PeriodEnd:yyyy-MM-dd} 届满，届满前不能按“逾期未提出意见”处理（《政府信息公开条例》第三十二条）。";
}

/// <summary>第36条: each reply says what that kind of reply must say.</summary>
internal sealed record ReplySaysWhatItsTypeRequires(ReplyType Type, RefusalGround? Ground, string? OtherOrgan, string Text) : IBusinessRule
{
    public bool IsBroken => (Type == ReplyType.Refused && Ground is null) || string.IsNullOrWhiteSpace(Text);

    public string Code => "disclosure.reply.incomplete";

    public string? Field => Type == ReplyType.Refused && Ground is null ? "Ground" : "Text";

    public string Message => Type == ReplyType.Refused && Ground is null
        ? "决定不予公开的，应当告知申请人不予公开并说明理由：请选择不予公开的依据（《政府信息公开条例》第三十六条第（三）项、第十四至十六条）。"
        : Type switch
        {
            ReplyType.AlreadyPublic => "请写明获取该政府信息的方式、途径（《政府信息公开条例》第三十六条第（一）项）。",
            ReplyType.Provided => "请写明提供的政府信息，或获取的方式、途径和时间（《政府信息公开条例》第三十六条第（二）项）。",
            ReplyType.DoesNotExist => "请写明检索的范围和结果（《政府信息公开条例》第三十六条第（四）项）。",
            ReplyType.NotThisOrgan => "请说明理由（《政府信息公开条例》第三十六条第（五）项）。",
            ReplyType.Repeated => "请写明此前作出答复的情况（《政府信息公开条例》第三十六条第（六）项）。",
            ReplyType.OtherLawProcedure => "请写明应依照的法律、行政法规和办理途径（《政府信息公开条例》第三十六条第（七）项）。",
            _ => "请写明答复内容（《政府信息公开条例》第三十六条）。",
        };
}

/// <summary>Dates of a step lie between the day the matter started and today.</summary>
internal sealed record StepDateWithin(DateOnly On, DateOnly Earliest, DateOnly Today, string What, string Field = "On") : IBusinessRule
{
    public bool IsBroken => On < Earliest || On > Today;

    public string Code => "disclosure.date.out-of-range";

    public string Message => $"{What}应在 {Earliest:yyyy-MM-dd} 与今天之间。";
}

/// <summary>第33条第3款 leaves out the consultation's time only when it is taken within the reply period.</summary>
internal sealed record ConsultationWithinReplyPeriod(DateOnly SentOn, DateOnly ReplyDueOn) : IBusinessRule
{
    public bool IsBroken => SentOn > ReplyDueOn;

    public string Code => "disclosure.third-party.late";

    public string? Field => "SentOn";

    public string Message => $"答复期限已于 {ReplyDueOn:yyyy-MM-dd} 届满，不能再以征求第三方意见中止计算（《政府信息公开条例》第三十二条、第三十三条第三款）。";
}
