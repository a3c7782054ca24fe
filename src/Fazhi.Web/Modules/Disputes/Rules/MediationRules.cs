using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Modules.Disputes.Rules;

internal sealed record DateNotInFuture(DateOnly On, DateOnly Today, string What, string FieldName) : IBusinessRule
{
    public bool IsBroken => On > Today;

    public string Code => "disputes.date-in-future";

    public string Message => $"{What}不能晚于今天：登记已经发生的事实。";

    public string? Field => FieldName;
}

/// <summary>人民调解法 第九条第一款: 人民调解委员会由委员三至九人组成.</summary>
internal sealed record CommitteeHasThreeToNineMembers(IReadOnlyList<MediatorSpec> Members) : IBusinessRule
{
    public bool IsBroken => Members.Count(m => m.Role != MediatorRole.Appointed) is < 3 or > 9;

    public string Code => "disputes.committee.size";

    public string Message => $"人民调解委员会由委员三至九人组成（《人民调解法》第九条第一款），现登记委员{Members.Count(m => m.Role != MediatorRole.Appointed)}人。";

    public string? Field => "members";
}

/// <summary>第九条第一款: 设主任一人，必要时可以设副主任若干人.</summary>
internal sealed record CommitteeHasOneChair(IReadOnlyList<MediatorSpec> Members) : IBusinessRule
{
    public bool IsBroken => Members.Count(m => m.Role == MediatorRole.Chair) != 1;

    public string Code => "disputes.committee.chair";

    public string Message => "人民调解委员会设主任一人（《人民调解法》第九条第一款），请指定且只指定一名主任。";

    public string? Field => "members";
}

/// <summary>第九条第二款: 人民调解委员会应当有妇女成员.</summary>
internal sealed record CommitteeIncludesAWoman(IReadOnlyList<MediatorSpec> Members) : IBusinessRule
{
    public bool IsBroken => !Members.Any(m => m.Role != MediatorRole.Appointed && m.Gender == Gender.Female);

    public string Code => "disputes.committee.no-woman";

    public string Message => "人民调解委员会应当有妇女成员（《人民调解法》第九条第二款），委员中尚无女性。";

    public string? Field => "members";
}

/// <summary>A member who leaves must not leave the committee below its lawful composition.</summary>
internal sealed record CommitteeStaysConstituted(IReadOnlyList<MediatorSpec> Remaining) : IBusinessRule
{
    public bool IsBroken => new CommitteeHasThreeToNineMembers(Remaining).IsBroken || new CommitteeHasOneChair(Remaining).IsBroken || new CommitteeIncludesAWoman(Remaining).IsBroken;

    public string Code => "disputes.committee.would-fall-below";

    public string Message => "该委员离任后，调解委员会将不足三名委员、没有主任或没有妇女成员（《人民调解法》第九条），请先补选委员。";
}

/// <summary>第十四条第一款: 人民调解员应当由……成年公民担任.</summary>
internal sealed record MediatorIsAdult(DateOnly? BirthDate, DateOnly On) : IBusinessRule
{
    public bool IsBroken => BirthDate is { } born && born.AddYears(18) > On;

    public string Code => "disputes.mediator.not-adult";

    public string Message => "人民调解员应当由成年公民担任（《人民调解法》第十四条第一款）。";

    public string? Field => "birthDate";
}

internal sealed record AppointedMediatorIsNotAMember(MediatorRole Role) : IBusinessRule
{
    public bool IsBroken => Role != MediatorRole.Appointed;

    public string Code => "disputes.mediator.member-by-election";

    public string Message => "委员由村民会议、居民会议或者职工大会推选产生（《人民调解法》第九条），请在换届时登记；此处只聘任调解员（第十三条）。";

    public string? Field => "role";
}

internal sealed record VillageCommitteeNamesItsVillage(CommitteeLevel Level, Guid? VillageId) : IBusinessRule
{
    public bool IsBroken => Level == CommitteeLevel.Village && VillageId is null;

    public string Code => "disputes.committee.village-missing";

    public string Message => "村（居）人民调解委员会由村民委员会、居民委员会设立（《人民调解法》第八条），请选择所在村（社区）。";

    public string? Field => "villageId";
}

internal sealed record NewTermStartsAfterTheLast(DateOnly LastFormedOn, DateOnly NewFormedOn) : IBusinessRule
{
    public bool IsBroken => NewFormedOn <= LastFormedOn;

    public string Code => "disputes.committee.term-order";

    public string Message => $"新一届的组成日期应晚于上一届（{LastFormedOn:yyyy-MM-dd}）。";

    public string? Field => "formedOn";
}

internal sealed record CommitteeIsConstitutedOn(MediationCommittee Committee, DateOnly On) : IBusinessRule
{
    public bool IsBroken => Committee.MembersOn(On).Count() < 3;

    public string Code => "disputes.mediation.committee-not-constituted";

    public string Message => $"{Committee.Name}在 {On:yyyy-MM-dd} 未依法组成（委员不足三人，《人民调解法》第九条），不能受理调解。";

    public string? Field => "committeeId";
}

/// <summary>A dispute has two sides: at least one applicant and one respondent.</summary>
internal sealed record DisputeHasPartiesOnBothSides(IReadOnlyList<PartySpec> Parties) : IBusinessRule
{
    public bool IsBroken => !Parties.Any(p => p.Side == PartySide.Applicant) || !Parties.Any(p => p.Side == PartySide.Respondent);

    public string Code => "disputes.mediation.parties-missing";

    public string Message => "请登记纠纷双方当事人（至少一名申请人和一名被申请人，《人民调解法》第二十七条调解登记）。";

    public string? Field => "parties";
}

internal sealed record AmountInvolvedNotNegative(decimal Amount) : IBusinessRule
{
    public bool IsBroken => Amount < 0;

    public string Code => "disputes.mediation.amount-negative";

    public string Message => "涉案金额不能为负数。";

    public string? Field => "amountInvolved";
}

internal sealed record ReferralNamesItsOrgan(MediationStart Start, string? ReferredBy) : IBusinessRule
{
    public bool IsBroken => Start == MediationStart.Referral && string.IsNullOrWhiteSpace(ReferredBy);

    public string Code => "disputes.mediation.referral-organ";

    public string Message => "委托移送调解的，请填写移送的人民法院或公安机关（《人民调解法》第十八条）。";

    public string? Field => "referredBy";
}

internal sealed record MediationStillOpen(MediationCase Case, string Step) : IBusinessRule
{
    public bool IsBroken => !Case.IsOpen;

    public string Code => "disputes.mediation.closed";

    public string Message => $"本案已{DisputeLabels.MediationStatus(Case.Status)}，不能{Step}。";
}

internal sealed record AtLeastOneMediator(int Count) : IBusinessRule
{
    public bool IsBroken => Count == 0;

    public string Code => "disputes.mediation.no-mediator";

    public string Message => "请至少指定一名人民调解员（《人民调解法》第十九条）。";

    public string? Field => "mediatorIds";
}

internal sealed record MediatorServesInTheCommittee(Mediator? Mediator, string CommitteeName, DateOnly On) : IBusinessRule
{
    public bool IsBroken => Mediator is null || !Mediator.ServesOn(On);

    public string Code => "disputes.mediation.mediator-not-serving";

    public string Message => $"所选调解员不是{CommitteeName}在任的委员或聘任的调解员（《人民调解法》第十三条、第十九条）。";

    public string? Field => "mediatorIds";
}

internal sealed record MediatorsAssignedFirst(int Count) : IBusinessRule
{
    public bool IsBroken => Count == 0;

    public string Code => "disputes.mediation.mediators-first";

    public string Message => "请先指定调解员：人民调解委员会根据调解纠纷的需要，指定一名或者数名人民调解员进行调解（《人民调解法》第十九条）。";
}

internal sealed record RefusingPartyIsAParty(IReadOnlyList<MediationParty> Parties, string Name) : IBusinessRule
{
    public bool IsBroken => Parties.All(p => p.Name != Name.Trim());

    public string Code => "disputes.mediation.refusing-party";

    public string Message => "拒绝调解的应当是本案当事人，请从当事人中选择。";

    public string? Field => "partyName";
}

internal sealed record NoAgreementYet(MediationCase Case) : IBusinessRule
{
    public bool IsBroken => Case.AgreementForm is not null;

    public string Code => "disputes.mediation.agreement-exists";

    public string Message => "本案已登记调解协议。";
}

/// <summary>第二十九条第一款: 调解协议书可以载明……履行协议的方式、期限.</summary>
internal sealed record WrittenAgreementStatesItsPerformance(string Manner, DateOnly? DueOn, DateOnly ReachedOn) : IBusinessRule
{
    public bool IsBroken => string.IsNullOrWhiteSpace(Manner) || DueOn is null || DueOn < ReachedOn;

    public string Code => "disputes.mediation.performance-terms";

    public string Message => DueOn is { } due && due < ReachedOn
        ? "履行期限不能早于达成协议的日期。"
        : "调解协议书应当载明履行协议的方式、期限（《人民调解法》第二十九条第一款）。";

    public string? Field => DueOn is null ? "performanceDueOn" : string.IsNullOrWhiteSpace(Manner) ? "performanceManner" : "performanceDueOn";
}

internal sealed record PerformanceNotBeforeAgreement(DateOnly? Later, DateOnly Earlier) : IBusinessRule
{
    public bool IsBroken => Later is { } later && later < Earlier;

    public string Code => "disputes.mediation.date-order";

    public string Message => $"日期不能早于 {Earlier:yyyy-MM-dd}。";
}

internal sealed record OnlyAWrittenAgreementIsSigned(MediationCase Case) : IBusinessRule
{
    public bool IsBroken => Case.AgreementForm != AgreementForm.Written || Case.IsEffective || Case.Status != MediationStatus.AgreementPendingSignature;

    public string Code => "disputes.mediation.nothing-to-sign";

    public string Message => Case.AgreementForm == AgreementForm.Oral ? "口头调解协议自各方当事人达成协议之日起生效（《人民调解法》第三十条），无须签名。"
        : Case.IsEffective ? "调解协议书已生效。"
        : "本案尚未登记书面调解协议。";
}

internal sealed record SignatureNotBeforeAgreement(DateOnly ReachedOn, DateOnly SignedOn) : IBusinessRule
{
    public bool IsBroken => SignedOn < ReachedOn;

    public string Code => "disputes.mediation.signed-before-agreement";

    public string Message => $"签名、盖章日期不能早于达成协议的日期 {ReachedOn:yyyy-MM-dd}。";
}

internal sealed record MediatorSignerIsAssigned(IReadOnlyList<CaseMediator> Mediators, string? Signer) : IBusinessRule
{
    public bool IsBroken => string.IsNullOrWhiteSpace(Signer) || Mediators.All(m => m.Name != Signer.Trim());

    public string Code => "disputes.mediation.signer-not-mediator";

    public string Message => "调解协议书由主持调解的人民调解员签名（《人民调解法》第二十九条第二款），请选择本案调解员。";

    public string? Field => "mediatorSigner";
}

/// <summary>
/// 第二十九条第二款: 调解协议书自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效. Until then
/// nothing may rest on it — no judicial confirmation, no performance, and it is not counted as an agreement reached.
/// </summary>
internal sealed record AgreementMustBeEffective(MediationCase Case, string Step) : IBusinessRule
{
    public bool IsBroken => !Case.IsEffective;

    public string Code => "disputes.mediation.agreement-not-effective";

    public string Message => Case.AgreementForm == AgreementForm.Written
        ? $"调解协议书尚未生效，不能{Step}：调解协议书自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效（《人民调解法》第二十九条第二款）。尚缺：{string.Join("、", Case.MissingForEffect())}。"
        : $"本案尚未达成调解协议，不能{Step}。";
}

/// <summary>第三十三条第一款: 自调解协议生效之日起三十日内共同向人民法院申请司法确认.</summary>
internal sealed record JudicialConfirmationWithinThirtyDays(DateOnly EffectiveOn, DateOnly AppliedOn) : IBusinessRule
{
    public bool IsBroken => AppliedOn < EffectiveOn || AppliedOn > EffectiveOn.AddDays(30);

    public string Code => "disputes.mediation.confirmation-window";

    public string Message => $"当事人应当自调解协议生效之日（{EffectiveOn:yyyy-MM-dd}）起三十日内（至 {EffectiveOn.AddDays(30):yyyy-MM-dd}）共同向人民法院申请司法确认（《人民调解法》第三十三条第一款）。";

    public string? Field => "appliedOn";
}

/// <summary>第二十六条: 调解不成的，应当终止调解，并……告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利.</summary>
internal sealed record TerminationAdvisesOtherRoutes(string RoutesAdvised) : IBusinessRule
{
    public bool IsBroken => string.IsNullOrWhiteSpace(RoutesAdvised);

    public string Code => "disputes.mediation.routes-not-advised";

    public string Message => "调解不成终止调解的，应当告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利（《人民调解法》第二十六条），请记录告知的途径。";

    public string? Field => "routesAdvised";
}
