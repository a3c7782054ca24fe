using Fazhi.Platform.Auth;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Officers;

/// <summary>An officer leaves once; the date stays on the record (行政执法人员 管理须全程留痕).</summary>
internal sealed record OfficerNotYetLeft(Officer Officer) : IBusinessRule
{
    public bool IsBroken => Officer.LeftOn is not null;

    public string Code => "enforcement.officer.already-left";

    public string Message => $"{Officer.Name}已于{Officer.LeftOn:yyyy-MM-dd}离岗，离岗记录不能重复登记。";
}

/// <summary>An officer cannot leave before joining: the years they served must stay countable.</summary>
internal sealed record DepartureAfterJoining(Officer Officer, DateOnly LeftOn) : IBusinessRule
{
    public bool IsBroken => LeftOn <= Officer.JoinedOn;

    public string Code => "enforcement.officer.left-before-joining";

    public string Message => $"离岗日期（{LeftOn:yyyy-MM-dd}）须晚于到岗日期（{Officer.JoinedOn:yyyy-MM-dd}）。";
}

/// <summary>A certificate ends after it begins.</summary>
internal sealed record CertificateValidityInOrder(DateOnly ValidFrom, DateOnly ValidTo) : IBusinessRule
{
    public bool IsBroken => ValidTo < ValidFrom;

    public string Code => "enforcement.officer.validity-order";

    public string Message => "执法证有效期截止日期不能早于起始日期。";
}

/// <summary>
/// The officer register (到岗、年审、培训、离岗、换证) is kept by the legal clerk or a leader: an officer does not record their
/// own qualification, review, training, departure or certificate (行政处罚法 第四十二条: 执法人员应当具有行政执法资格;
/// 国办发〔2018〕118号: 执法人员资格管理; ADR 0010).
/// </summary>
internal sealed class OfficerRegisterKeptByClerkOrLeader() : WhoMayRule(
    "enforcement.officer.register.who", "执法人员名册（登记、年审、培训、离岗、换证）由法制员或领导登记，执法人员本人不能登记（《行政处罚法》第四十二条：执法人员应当具有行政执法资格）。", Roles.LegalClerk, Roles.Leader);
