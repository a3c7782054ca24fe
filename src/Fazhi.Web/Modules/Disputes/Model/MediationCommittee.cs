using Fazhi.Modules.Disputes.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Disputes.Model;

/// <summary>A committee member or mediator as a step names them.</summary>
internal sealed record MediatorSpec(string Name, Gender Gender, MediatorRole Role, string? Phone, bool IsLawyer, DateOnly? BirthDate);

/// <summary>
/// 人民调解委员会 of the township or of a village (人民调解法 第八条、第三十四条): three to nine members with one chair and
/// at least one woman, elected for three years (第九条), and the mediators it appoints (第十三条). Members and mediators
/// keep their dates, so a year's figures count who served that year (ADR 0015).
/// </summary>
internal sealed class MediationCommittee : ITenantOwned
{
    /// <summary>人民调解法 第九条第三款: 委员每届任期三年.</summary>
    public const int TermYears = 3;

    private MediationCommittee()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public string Name { get; private set; } = "";

    public CommitteeLevel Level { get; private set; }

    public Guid? VillageId { get; private set; }

    public string? VillageName { get; private set; }

    /// <summary>Start of the current term (本届组成日期).</summary>
    public DateOnly FormedOn { get; private set; }

    public DateOnly TermEndsOn { get; private set; }

    /// <summary>How many terms this committee has had on the platform (1 for the first).</summary>
    public int Term { get; private set; } = 1;

    public List<Mediator> Mediators { get; private set; } = [];

    public static MediationCommittee Form(Guid townshipId, string name, CommitteeLevel level, Guid? villageId, string? villageName, DateOnly formedOn, IReadOnlyList<MediatorSpec> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        BusinessRule.Check(new VillageCommitteeNamesItsVillage(level, villageId));
        CheckComposition(members, formedOn);
        var committee = new MediationCommittee
        {
            TownshipId = townshipId,
            Name = name.Trim(),
            Level = level,
            VillageId = level == CommitteeLevel.Village ? villageId : null,
            VillageName = level == CommitteeLevel.Village ? villageName : null,
            FormedOn = formedOn,
            TermEndsOn = formedOn.AddYears(TermYears),
        };
        foreach (var member in members)
        {
            committee.Mediators.Add(new Mediator(committee, member, formedOn));
        }

        return committee;
    }

    /// <summary>换届: a new three-year term; members not re-elected leave on the day the new term starts.</summary>
    public void Renew(DateOnly formedOn, IReadOnlyList<MediatorSpec> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        BusinessRule.Check(new NewTermStartsAfterTheLast(FormedOn, formedOn));
        CheckComposition(members, formedOn);
        foreach (var serving in Mediators.Where(m => m.IsMember && m.ServesOn(formedOn)))
        {
            serving.Leave(formedOn, "换届未连任");
        }

        foreach (var member in members)
        {
            Mediators.Add(new Mediator(this, member, formedOn));
        }

        FormedOn = formedOn;
        TermEndsOn = formedOn.AddYears(TermYears);
        Term++;
    }

    /// <summary>聘任 a mediator who is not a member (第十三条), e.g. a village lawyer.</summary>
    public Mediator Appoint(MediatorSpec spec, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(spec);
        BusinessRule.Check(new MediatorIsAdult(spec.BirthDate, on));
        BusinessRule.Check(new AppointedMediatorIsNotAMember(spec.Role));
        var mediator = new Mediator(this, spec, on);
        Mediators.Add(mediator);
        return mediator;
    }

    /// <summary>A member or mediator leaves; the committee must still have three members, a chair and a woman.</summary>
    public void Release(Guid mediatorId, DateOnly on, string reason)
    {
        var mediator = Mediators.SingleOrDefault(m => m.Id == mediatorId && m.ToOn is null)
            ?? throw new BusinessRuleException("disputes.mediator.not-serving", "该调解员不在任或不属于本调解委员会。");
        if (mediator.IsMember)
        {
            var remaining = Mediators.Where(m => m.IsMember && m.ServesOn(on) && m.Id != mediatorId)
                .Select(m => new MediatorSpec(m.Name, m.Gender, m.Role, m.Phone, m.IsLawyer, m.BirthDate)).ToList();
            BusinessRule.Check(new CommitteeStaysConstituted(remaining));
        }

        mediator.Leave(on, reason.Trim());
    }

    public IEnumerable<Mediator> MembersOn(DateOnly date) => Mediators.Where(m => m.IsMember && m.ServesOn(date));

    public IEnumerable<Mediator> ServingOn(DateOnly date) => Mediators.Where(m => m.ServesOn(date));

    private static void CheckComposition(IReadOnlyList<MediatorSpec> members, DateOnly on)
    {
        BusinessRule.Check(new CommitteeHasThreeToNineMembers(members));
        BusinessRule.Check(new CommitteeHasOneChair(members));
        BusinessRule.Check(new CommitteeIncludesAWoman(members));
        foreach (var member in members)
        {
            BusinessRule.Check(new MediatorIsAdult(member.BirthDate, on));
        }
    }
}

/// <summary>人民调解员: a committee member (委员) or a person the committee appoints (聘任, 第十三条).</summary>
internal sealed class Mediator : ITenantOwned
{
    private Mediator()
    {
    }

    public Mediator(MediationCommittee committee, MediatorSpec spec, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(spec);
        CommitteeId = committee.Id;
        TownshipId = committee.TownshipId;
        Name = spec.Name.Trim();
        Gender = spec.Gender;
        Role = spec.Role;
        Phone = string.IsNullOrWhiteSpace(spec.Phone) ? null : spec.Phone.Trim();
        IsLawyer = spec.IsLawyer;
        BirthDate = spec.BirthDate;
        FromOn = from;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid CommitteeId { get; private set; }

    public Guid TownshipId { get; private set; }

    public string Name { get; private set; } = "";

    public Gender Gender { get; private set; }

    public MediatorRole Role { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>村（居）法律顾问、律师: counted as 律师参与人民调解.</summary>
    public bool IsLawyer { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public DateOnly FromOn { get; private set; }

    public DateOnly? ToOn { get; private set; }

    public string? LeaveReason { get; private set; }

    public bool IsMember => Role != MediatorRole.Appointed;

    public bool ServesOn(DateOnly date) => FromOn <= date && (ToOn is null || ToOn > date);

    public void Leave(DateOnly on, string reason)
    {
        ToOn = on;
        LeaveReason = reason;
    }
}
