using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Modules.Disputes.Rules;

internal sealed record TransferredPetitionNamesItsOrgan(PetitionSource Source, string? FromOrgan) : IBusinessRule
{
    public bool IsBroken => Source != PetitionSource.Direct && string.IsNullOrWhiteSpace(FromOrgan);

    public string Code => "disputes.petition.from-organ";

    public string Message => "转送、交办的信访事项，请填写转送、交办的信访部门或上级机关（《信访工作条例》第二十三条第三款）。";

    public string? Field => "fromOrgan";
}

internal sealed record PetitionAwaitsAcceptance(Petition Petition) : IBusinessRule
{
    public bool IsBroken => Petition.Status != PetitionStatus.Registered;

    public string Code => "disputes.petition.already-decided";

    public string Message => $"该信访事项已{DisputeLabels.PetitionStatus(Petition.Status)}，不能再作受理、不予受理、转送或异议处理。";
}

/// <summary>
/// 信访工作条例 第十九条第三款 (信访事项已经受理或者正在办理的……不予受理) and 第三十六条第三款 (复核后以同一事实和理由提出的不再受理):
/// the same requester's same matter, already accepted and being handled or concluded by 复核, is not accepted a second time.
/// </summary>
internal sealed record PetitionNotAlreadyAccepted(Petition? Earlier) : IBusinessRule
{
    public bool IsBroken => Earlier is not null && Earlier.BarsAnotherAcceptance;

    public string Code => "disputes.petition.already-accepted";

    public string Message => Earlier is null ? "" : Earlier.ReReviewDecidedOn is not null
        ? $"同一信访事项已于 {Earlier.ReReviewDecidedOn:yyyy-MM-dd} 经复核终结（{Earlier.Number}），信访人仍以同一事实和理由提出投诉请求的，不再受理（《信访工作条例》第三十六条第三款）。"
        : $"同一信访事项已于 {Earlier.AcceptedOn:yyyy-MM-dd} 受理、正在办理（{Earlier.Number}），不再重复受理（《信访工作条例》第十九条第三款），请告知信访人办理进展。";
}

internal sealed record DeclineNamesTheOrganThatAccepted(string Organ) : IBusinessRule
{
    public bool IsBroken => string.IsNullOrWhiteSpace(Organ);

    public string Code => "disputes.petition.decline-organ";

    public string Message => "不予受理的，请写明已经受理或者正在办理该信访事项的机关、单位（《信访工作条例》第十九条第三款），以便告知信访人。";

    public string? Field => "acceptedElsewhereBy";
}

internal sealed record OnTheSpotMeansTheDayItCame(bool OnTheSpot, DateOnly ReceivedOn, DateOnly AcceptedOn) : IBusinessRule
{
    public bool IsBroken => OnTheSpot && AcceptedOn != ReceivedOn;

    public string Code => "disputes.petition.on-the-spot";

    public string Message => "当场书面告知是在信访人提出信访事项的当日告知（《信访工作条例》第二十三条第二款），受理日期应为收到日期。";

    public string? Field => "onTheSpot";
}

internal sealed record TransferNamesTheOrgan(string To) : IBusinessRule
{
    public bool IsBroken => string.IsNullOrWhiteSpace(To);

    public string Code => "disputes.petition.transfer-organ";

    public string Message => "转送的，请写明有权处理的机关、单位，并告知信访人转送去向（《信访工作条例》第二十三条第一款）。";

    public string? Field => "transferredTo";
}

internal sealed record ObjectionOnlyToATransferredMatter(Petition Petition) : IBusinessRule
{
    public bool IsBroken => !Petition.IsTransferredIn;

    public string Code => "disputes.petition.objection-direct";

    public string Message => "只有信访部门或上级机关转送、交办的信访事项才能提出异议（《信访工作条例》第二十三条第三款）；信访人直接提出的，不属于本机关职权范围的请告知其向有权机关提出。";
}

/// <summary>第二十三条第三款: 自收到之日起5个工作日内提出异议.</summary>
internal sealed record ObjectionWithinFiveWorkingDays(DateOnly ObjectedOn, DateOnly DueOn) : IBusinessRule
{
    public bool IsBroken => ObjectedOn > DueOn;

    public string Code => "disputes.petition.objection-late";

    public string Message => $"异议应当自收到之日起5个工作日内（至 {DueOn:yyyy-MM-dd}）提出（《信访工作条例》第二十三条第三款），已超过期限，应当按职责受理办理。";

    public string? Field => "objectedOn";
}

internal sealed record PetitionIsBeingHandled(Petition Petition, string Step) : IBusinessRule
{
    public bool IsBroken => Petition.Status != PetitionStatus.Accepted;

    public string Code => "disputes.petition.not-in-handling";

    public string Message => Petition.Status == PetitionStatus.Registered
        ? $"该信访事项尚未受理，不能{Step}。"
        : $"该信访事项{DisputeLabels.PetitionStatus(Petition.Status)}，不能{Step}。";
}

/// <summary>第三十四条: 延长期限不得超过30日.</summary>
internal sealed record PetitionExtensionAtMostThirtyDays(int AlreadyExtended, int Days) : IBusinessRule
{
    public bool IsBroken => Days <= 0 || AlreadyExtended + Days > Petition.MaxExtensionDays;

    public string Code => "disputes.petition.extension-over-30";

    public string Message => AlreadyExtended > 0
        ? $"办理期限已延长{AlreadyExtended}日，延长期限合计不得超过30日（《信访工作条例》第三十四条）。"
        : "延长期限应为1至30日（《信访工作条例》第三十四条：延长期限不得超过30日）。";

    public string? Field => "days";
}

/// <summary>第三十二条: 信访处理意见书应当载明信访人投诉请求、事实和理由、处理意见及其法律法规依据.</summary>
internal sealed record OpinionStatesItsParts(string Request, string Facts, string Opinion, string Basis) : IBusinessRule
{
    public bool IsBroken => Missing.Length > 0;

    private string Missing => string.Join("、", new[] { (Request, "投诉请求"), (Facts, "事实和理由"), (Opinion, "处理意见"), (Basis, "法律法规依据") }
        .Where(p => string.IsNullOrWhiteSpace(p.Item1)).Select(p => p.Item2));

    public string Code => "disputes.petition.opinion-incomplete";

    public string Message => $"信访处理意见书应当载明信访人投诉请求、事实和理由、处理意见及其法律法规依据（《信访工作条例》第三十二条），尚缺：{Missing}。";

    public string? Field => string.IsNullOrWhiteSpace(Request) ? "request" : string.IsNullOrWhiteSpace(Facts) ? "facts" : string.IsNullOrWhiteSpace(Opinion) ? "opinion" : "basis";
}

internal sealed record ReviewFollowsAReply(DateOnly? RepliedOn, string What) : IBusinessRule
{
    public bool IsBroken => RepliedOn is null;

    public string Code => "disputes.petition.review-order";

    public string Message => $"尚无可供{What}的书面答复。";
}

/// <summary>第三十五条、第三十六条: 自收到书面答复之日起30日内请求复查（复核）.</summary>
internal sealed record ReviewRequestedWithinThirtyDays(DateOnly RepliedOn, DateOnly RequestedOn, string What, string Article) : IBusinessRule
{
    public bool IsBroken => RequestedOn < RepliedOn || RequestedOn > RepliedOn.AddDays(30);

    public string Code => "disputes.petition.review-window";

    public string Message => RequestedOn < RepliedOn
        ? $"请求{What}的日期不能早于收到书面答复的日期 {RepliedOn:yyyy-MM-dd}。"
        : $"信访人应当自收到书面答复之日起30日内（至 {RepliedOn.AddDays(30):yyyy-MM-dd}）请求{What}（《信访工作条例》{Article}），已超过期限。";

    public string? Field => "requestedOn";
}

internal sealed record ReviewNotYetRequested(DateOnly? RequestedOn, string What) : IBusinessRule
{
    public bool IsBroken => RequestedOn is not null;

    public string Code => "disputes.petition.review-twice";

    public string Message => $"{What}请求已登记。";
}
