using System.Globalization;
using Fazhi.Modules.Disputes.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;
using Fazhi.Platform.Data;

namespace Fazhi.Modules.Disputes.Model;

/// <summary>A party to a dispute as a step names them.</summary>
internal sealed record PartySpec(string Name, PartyKind Kind, PartySide Side, string? Phone, string? IdNumber, string? Address);

/// <summary>
/// 人民调解案件: a dispute a committee mediates, started on a party's application or ex officio (人民调解法 第十七条),
/// refused when a party clearly refuses; mediated by mediators the committee designates or the parties choose (第十九条)
/// with records kept (第二十七条); ending in a written 调解协议书 that takes effect only when every party, the mediator and
/// the committee's seal are on it (第二十九条), an oral agreement effective when reached (第三十条), or termination with
/// the parties told of their other routes (第二十六条). After an agreement the parties have 30 days to ask a court to
/// confirm it (第三十三条) and the committee follows up on its performance (第三十一条).
/// </summary>
internal sealed class MediationCase : INumberedInYear
{
    private MediationCase()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public Guid MatterId { get; private set; }

    public Guid CommitteeId { get; private set; }

    public string CommitteeName { get; private set; } = "";

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>调解案件编号, e.g. （2022）小江调字第12号.</summary>
    public string Number { get; private set; } = "";

    public MediationStart Start { get; private set; }

    public string? ReferredBy { get; private set; }

    public DateOnly AcceptedOn { get; private set; }

    public MatterTopic Topic { get; private set; }

    /// <summary>案由, e.g. 宅基地边界纠纷.</summary>
    public string Summary { get; private set; } = "";

    /// <summary>纠纷简要情况: the facts and what each side asks.</summary>
    public string Facts { get; private set; } = "";

    /// <summary>涉案金额 in yuan; the report states it in 万元.</summary>
    public decimal AmountInvolved { get; private set; }

    public MediationStatus Status { get; private set; } = MediationStatus.Accepted;

    /// <summary>A lawyer (村居法律顾问) took part as mediator: 律师参与人民调解.</summary>
    public bool LawyerInvolved { get; private set; }

    public AgreementForm? AgreementForm { get; private set; }

    public DateOnly? AgreementReachedOn { get; private set; }

    /// <summary>The agreed terms (written) or the content the mediator recorded (oral, 第二十八条).</summary>
    public string? AgreementTerms { get; private set; }

    public string? PerformanceManner { get; private set; }

    public DateOnly? PerformanceDueOn { get; private set; }

    public string? MediatorSigner { get; private set; }

    public DateOnly? MediatorSignedOn { get; private set; }

    public DateOnly? CommitteeSealedOn { get; private set; }

    /// <summary>The day the agreement took effect (第二十九条第二款, 第三十条); null while a written agreement lacks a signature or seal.</summary>
    public DateOnly? AgreementEffectiveOn { get; private set; }

    public DateOnly? ConfirmationAppliedOn { get; private set; }

    public string? ConfirmationCourt { get; private set; }

    public DateOnly? ConfirmedOn { get; private set; }

    public DateOnly? PerformanceCheckedOn { get; private set; }

    public PerformanceStatus? Performance { get; private set; }

    public string? PerformanceNote { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public string? EndReason { get; private set; }

    /// <summary>第二十六条: the routes the parties were told of when mediation failed (仲裁、行政、司法).</summary>
    public string? RoutesAdvised { get; private set; }

    public List<MediationParty> Parties { get; private set; } = [];

    public List<CaseMediator> Mediators { get; private set; } = [];

    public List<MediationSession> Sessions { get; private set; } = [];

    public bool IsEffective => AgreementEffectiveOn is not null;

    public bool IsOpen => Status is MediationStatus.Accepted or MediationStatus.Mediating or MediationStatus.AgreementPendingSignature;

    public string Title => $"{Number} {Summary}";

    public static string NumberFor(int year, string shortName, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"（{year}）{shortName}调字第{sequence}号");

    public static MediationCase Accept(Guid townshipId, Guid matterId, MediationCommittee committee, int sequence, string shortName, MediationStart start, string? referredBy,
        DateOnly acceptedOn, MatterTopic topic, string summary, string facts, decimal amountInvolved, IReadOnlyList<PartySpec> parties, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(parties);
        BusinessRule.Check(new DateNotInFuture(acceptedOn, today, "受理日期", "acceptedOn"));
        BusinessRule.Check(new DisputeHasPartiesOnBothSides(parties));
        BusinessRule.Check(new CommitteeIsConstitutedOn(committee, acceptedOn));
        BusinessRule.Check(new AmountInvolvedNotNegative(amountInvolved));
        BusinessRule.Check(new ReferralNamesItsOrgan(start, referredBy));
        var @case = new MediationCase
        {
            TownshipId = townshipId,
            MatterId = matterId,
            CommitteeId = committee.Id,
            CommitteeName = committee.Name,
            Year = acceptedOn.Year,
            Sequence = sequence,
            Number = NumberFor(acceptedOn.Year, shortName, sequence),
            Start = start,
            ReferredBy = string.IsNullOrWhiteSpace(referredBy) ? null : referredBy.Trim(),
            AcceptedOn = acceptedOn,
            Topic = topic,
            Summary = summary.Trim(),
            Facts = facts.Trim(),
            AmountInvolved = amountInvolved,
        };
        foreach (var party in parties)
        {
            @case.Parties.Add(new MediationParty(@case, party));
        }

        return @case;
    }

    /// <summary>第十九条: mediators designated by the committee or chosen by the parties, serving in the committee.</summary>
    public void AssignMediators(MediationCommittee committee, IReadOnlyList<Guid> mediatorIds, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(mediatorIds);
        BusinessRule.Check(new MediationStillOpen(this, "指定调解员"));
        BusinessRule.Check(new AtLeastOneMediator(mediatorIds.Count));
        var chosen = new List<Mediator>();
        foreach (var id in mediatorIds.Distinct())
        {
            var mediator = committee.Mediators.SingleOrDefault(m => m.Id == id);
            BusinessRule.Check(new MediatorServesInTheCommittee(mediator, committee.Name, on));
            chosen.Add(mediator!);
        }

        Mediators.RemoveAll(m => !mediatorIds.Contains(m.MediatorId));
        foreach (var mediator in chosen.Where(m => Mediators.All(c => c.MediatorId != m.Id)))
        {
            Mediators.Add(new CaseMediator(this, mediator));
        }

        LawyerInvolved = Mediators.Any(m => m.IsLawyer);
        if (Status == MediationStatus.Accepted)
        {
            Status = MediationStatus.Mediating;
        }
    }

    /// <summary>第二十七条: the mediator records the mediation.</summary>
    public MediationSession RecordSession(DateOnly heldOn, string place, string participants, string record)
    {
        BusinessRule.Check(new MediationStillOpen(this, "记录调解"));
        BusinessRule.Check(new MediatorsAssignedFirst(Mediators.Count));
        BusinessRule.Check(new StepNotBeforeReceipt(AcceptedOn, heldOn, "调解日期", "heldOn"));
        var session = new MediationSession(this, heldOn, place.Trim(), participants.Trim(), record.Trim());
        Sessions.Add(session);
        return session;
    }

    /// <summary>第十七条: when a party clearly refuses mediation, there is no mediation.</summary>
    public void Refuse(string partyName, DateOnly on, string reason)
    {
        BusinessRule.Check(new MediationStillOpen(this, "登记当事人拒绝调解"));
        BusinessRule.Check(new RefusingPartyIsAParty(Parties, partyName));
        BusinessRule.Check(new StepNotBeforeReceipt(AcceptedOn, on, "拒绝调解日期", "refusedOn"));
        Status = MediationStatus.Refused;
        EndedOn = on;
        EndReason = $"当事人{partyName.Trim()}明确拒绝调解：{reason.Trim()}";
    }

    /// <summary>第二十八条、第二十九条第一款: a written agreement with its terms and the manner and time of performance.</summary>
    public void RecordWrittenAgreement(string terms, string manner, DateOnly? performanceDueOn, DateOnly reachedOn)
    {
        CheckAgreementMayBeRecorded(reachedOn);
        BusinessRule.Check(new WrittenAgreementStatesItsPerformance(manner, performanceDueOn, reachedOn));
        AgreementForm = Model.AgreementForm.Written;
        AgreementReachedOn = reachedOn;
        AgreementTerms = terms.Trim();
        PerformanceManner = manner.Trim();
        PerformanceDueOn = performanceDueOn;
        Status = MediationStatus.AgreementPendingSignature;
    }

    /// <summary>第二十八条、第三十条: an oral agreement, its content recorded by the mediator, effective when reached.</summary>
    public void RecordOralAgreement(string content, DateOnly reachedOn, DateOnly? performanceDueOn)
    {
        CheckAgreementMayBeRecorded(reachedOn);
        BusinessRule.Check(new PerformanceNotBeforeAgreement(performanceDueOn, reachedOn));
        AgreementForm = Model.AgreementForm.Oral;
        AgreementReachedOn = reachedOn;
        AgreementTerms = content.Trim();
        PerformanceDueOn = performanceDueOn;
        AgreementEffectiveOn = reachedOn;
        Status = MediationStatus.Agreed;
    }

    /// <summary>
    /// Records the signatures, fingerprints or seals of the parties, the mediator's signature and the committee's seal on
    /// the written agreement; it takes effect on the day the last of them is added (第二十九条第二款). Returns true when it
    /// took effect with this step.
    /// </summary>
    public bool Sign(IReadOnlyDictionary<Guid, DateOnly> partySignatures, string? mediatorSigner, DateOnly? mediatorSignedOn, DateOnly? sealedOn)
    {
        ArgumentNullException.ThrowIfNull(partySignatures);
        BusinessRule.Check(new OnlyAWrittenAgreementIsSigned(this));
        foreach (var (partyId, on) in partySignatures)
        {
            var party = Parties.SingleOrDefault(p => p.Id == partyId)
                ?? throw new BusinessRuleException("disputes.mediation.party-unknown", "签名的当事人不是本案当事人。");
            BusinessRule.Check(new SignatureNotBeforeAgreement(AgreementReachedOn!.Value, on));
            party.Sign(on);
        }

        if (mediatorSignedOn is { } mediatorOn)
        {
            BusinessRule.Check(new SignatureNotBeforeAgreement(AgreementReachedOn!.Value, mediatorOn));
            BusinessRule.Check(new MediatorSignerIsAssigned(Mediators, mediatorSigner));
            MediatorSigner = mediatorSigner!.Trim();
            MediatorSignedOn = mediatorOn;
        }

        if (sealedOn is { } sealOn)
        {
            BusinessRule.Check(new SignatureNotBeforeAgreement(AgreementReachedOn!.Value, sealOn));
            CommitteeSealedOn = sealOn;
        }

        if (MissingForEffect().Count > 0)
        {
            return false;
        }

        AgreementEffectiveOn = new[] { MediatorSignedOn!.Value, CommitteeSealedOn!.Value }.Concat(Parties.Select(p => p.SignedOn!.Value)).Max();
        Status = MediationStatus.Agreed;
        return true;
    }

    /// <summary>What a written agreement still lacks before it takes effect, in Chinese.</summary>
    public IReadOnlyList<string> MissingForEffect()
    {
        if (AgreementForm != Model.AgreementForm.Written)
        {
            return [];
        }

        var missing = Parties.Where(p => p.SignedOn is null).Select(p => $"当事人{p.Name}签名（盖章、按指印）").ToList();
        if (MediatorSignedOn is null)
        {
            missing.Add("人民调解员签名");
        }

        if (CommitteeSealedOn is null)
        {
            missing.Add("人民调解委员会印章");
        }

        return missing;
    }

    /// <summary>第三十三条: the parties jointly applied to a court within 30 days of the agreement taking effect.</summary>
    public void RecordJudicialConfirmation(DateOnly appliedOn, string court, DateOnly? confirmedOn)
    {
        BusinessRule.Check(new AgreementMustBeEffective(this, "登记司法确认"));
        BusinessRule.Check(new JudicialConfirmationWithinThirtyDays(AgreementEffectiveOn!.Value, appliedOn));
        BusinessRule.Check(new PerformanceNotBeforeAgreement(confirmedOn, appliedOn));
        ConfirmationAppliedOn = appliedOn;
        ConfirmationCourt = court.Trim();
        ConfirmedOn = confirmedOn;
    }

    /// <summary>第三十一条第二款: the committee supervises performance and records it.</summary>
    public void RecordPerformance(DateOnly checkedOn, PerformanceStatus status, string? note)
    {
        BusinessRule.Check(new AgreementMustBeEffective(this, "登记履行情况"));
        BusinessRule.Check(new StepNotBeforeReceipt(AgreementEffectiveOn!.Value, checkedOn, "履行回访日期", "checkedOn"));
        PerformanceCheckedOn = checkedOn;
        Performance = status;
        PerformanceNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (status == PerformanceStatus.Performed)
        {
            Status = MediationStatus.Performed;
            EndedOn ??= checkedOn;
        }
    }

    /// <summary>第二十六条: mediation failed; it is ended and the parties are told of arbitration, administrative and judicial routes.</summary>
    public void Terminate(DateOnly on, string reason, string routesAdvised)
    {
        BusinessRule.Check(new MediationStillOpen(this, "终止调解"));
        BusinessRule.Check(new TerminationAdvisesOtherRoutes(routesAdvised));
        BusinessRule.Check(new StepNotBeforeReceipt(AcceptedOn, on, "终止日期", "endedOn"));
        Status = MediationStatus.Failed;
        EndedOn = on;
        EndReason = reason.Trim();
        RoutesAdvised = routesAdvised.Trim();
    }

    private void CheckAgreementMayBeRecorded(DateOnly reachedOn)
    {
        BusinessRule.Check(new MediationStillOpen(this, "登记调解协议"));
        BusinessRule.Check(new NoAgreementYet(this));
        BusinessRule.Check(new MediatorsAssignedFirst(Mediators.Count));
        BusinessRule.Check(new StepNotBeforeReceipt(AcceptedOn, reachedOn, "达成协议日期", "reachedOn"));
    }
}

internal sealed class MediationParty : ITenantOwned
{
    private MediationParty()
    {
    }

    public MediationParty(MediationCase @case, PartySpec spec)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(spec);
        CaseId = @case.Id;
        TownshipId = @case.TownshipId;
        Name = spec.Name.Trim();
        Kind = spec.Kind;
        Side = spec.Side;
        Phone = string.IsNullOrWhiteSpace(spec.Phone) ? null : spec.Phone.Trim();
        IdNumber = string.IsNullOrWhiteSpace(spec.IdNumber) ? null : spec.IdNumber.Trim().ToUpperInvariant();
        Address = string.IsNullOrWhiteSpace(spec.Address) ? null : spec.Address.Trim();
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid CaseId { get; private set; }

    public Guid TownshipId { get; private set; }

    public string Name { get; private set; } = "";

    public PartyKind Kind { get; private set; }

    public PartySide Side { get; private set; }

    public string? Phone { get; private set; }

    public string? IdNumber { get; private set; }

    public string? Address { get; private set; }

    /// <summary>签名、盖章或者按指印 on the written agreement.</summary>
    public DateOnly? SignedOn { get; private set; }

    public void Sign(DateOnly on) => SignedOn = on;
}

internal sealed class CaseMediator : ITenantOwned
{
    private CaseMediator()
    {
    }

    public CaseMediator(MediationCase @case, Mediator mediator)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(mediator);
        CaseId = @case.Id;
        TownshipId = @case.TownshipId;
        MediatorId = mediator.Id;
        Name = mediator.Name;
        IsLawyer = mediator.IsLawyer;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid CaseId { get; private set; }

    public Guid TownshipId { get; private set; }

    public Guid MediatorId { get; private set; }

    public string Name { get; private set; } = "";

    public bool IsLawyer { get; private set; }
}

/// <summary>调解记录 (第二十七条).</summary>
internal sealed class MediationSession : ITenantOwned
{
    private MediationSession()
    {
    }

    public MediationSession(MediationCase @case, DateOnly heldOn, string place, string participants, string record)
    {
        ArgumentNullException.ThrowIfNull(@case);
        CaseId = @case.Id;
        TownshipId = @case.TownshipId;
        HeldOn = heldOn;
        Place = place;
        Participants = participants;
        Record = record;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid CaseId { get; private set; }

    public Guid TownshipId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string Place { get; private set; } = "";

    public string Participants { get; private set; } = "";

    public string Record { get; private set; } = "";
}
