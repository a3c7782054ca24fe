using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Mediation.Committees;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Modules.Disputes.Screening;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disputes.Mediation.Cases.Accept;

public sealed record MediationPartyRequest(
    [MaxLength(100, ErrorMessage = "姓名或名称不超过 100 字。")] string? Name,
    [EnumDataType(typeof(PartyKind), ErrorMessage = "请选择当事人类型。")] PartyKind Kind,
    [EnumDataType(typeof(PartySide), ErrorMessage = "请选择申请人或被申请人。")] PartySide Side,
    [RegularExpression(@"^[0-9\-+ ]{7,20}$", ErrorMessage = "请填写有效的联系电话。")] string? Phone,
    [RegularExpression(@"^\d{17}[\dXx]$", ErrorMessage = "公民身份号码应为 18 位。")] string? IdNumber,
    [MaxLength(200, ErrorMessage = "住址不超过 200 字。")] string? Address);

/// <summary>
/// 受理调解: a party's application, the committee's own initiative, or a referral by a court or the police (人民调解法
/// 第十七条、第十八条); from a matter on the intake or a dispute found by screening, or registered here.
/// </summary>
public sealed record AcceptCaseRequest(
    [Required(ErrorMessage = "请选择人民调解委员会。")] Guid? CommitteeId,
    Guid? MatterId,
    Guid? FindingId,
    [EnumDataType(typeof(MediationStart), ErrorMessage = "请选择调解的启动方式。")] MediationStart Start,
    [MaxLength(100, ErrorMessage = "不超过 100 字。")] string? ReferredBy,
    DateOnly? AcceptedOn,
    [EnumDataType(typeof(MatterTopic), ErrorMessage = "请选择纠纷类型。")] MatterTopic Topic,
    [Required(ErrorMessage = "请填写案由。"), MaxLength(200, ErrorMessage = "案由不超过 200 字。")] string Summary,
    [Required(ErrorMessage = "请填写纠纷简要情况。"), MaxLength(4000, ErrorMessage = "不超过 4000 字。")] string Facts,
    [Range(0, 10_000_000_000, ErrorMessage = "涉案金额应在 0 至 100 亿元之间。")] decimal AmountInvolved,
    [EnumDataType(typeof(MatterChannel), ErrorMessage = "请选择申请方式。")] MatterChannel Channel,
    Guid? VillageId,
    List<MediationPartyRequest>? Parties)
{
    internal IReadOnlyList<PartySpec> PartySpecs() =>
        [.. (Parties ?? []).Where(p => !string.IsNullOrWhiteSpace(p.Name)).Select(p => new PartySpec(p.Name!, p.Kind, p.Side, p.Phone, p.IdNumber, p.Address))];
}

internal sealed class CaseAcceptedByClerkOrLeader() : WhoMayRule(
    "disputes.mediation.accept.who", "人民调解委员会受理调解由法制员（司法所）或领导登记（《人民调解法》第十七条、第二十七条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class AcceptCaseHandler(FazhiDbContext db, CaseQueries cases, CommitteeQueries committees, IntakeDesk intake, TownshipDirectory directory,
    ScreeningQueries screening, IDeadlines deadlines, IOptions<DisputesOptions> options)
{
    public async Task<MediationCase> HandleAsync(Actor actor, AcceptCaseRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<CaseAcceptedByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff accept mediation.");
        var committee = await committees.GetAsync(request.CommitteeId!.Value, ct);
        var acceptedOn = request.AcceptedOn ?? intake.Today;
        var parties = request.PartySpecs();
        var matter = request.MatterId is { } matterId ? await intake.GetAsync(matterId, ct) : null;
        if (matter is null)
        {
            var applicant = parties.FirstOrDefault(p => p.Side == PartySide.Applicant) ?? (parties.Count > 0 ? parties[0] : null);
            var requester = new RequesterDetails(applicant?.Name ?? "", applicant?.Phone, applicant?.IdNumber, applicant?.Address);
            (matter, _) = await intake.RegisterAsync(townshipId, new MatterInput(request.Channel, MatterCategory.Dispute, request.Topic, request.Summary, request.Facts,
                requester, acceptedOn, request.VillageId, null), IntakeDesk.By(actor), openReplyPeriod: false, ct);
        }

        var c = MediationCase.Accept(townshipId, matter.Id, committee, await cases.NextSequenceAsync(townshipId, acceptedOn.Year, ct), await directory.ShortNameAsync(townshipId, ct),
            request.Start, request.ReferredBy, acceptedOn, request.Topic, request.Summary, request.Facts, request.AmountInvolved, parties, intake.Today);
        db.Add(c);
        await intake.TakeUpAsync(matter, MatterProcedure.Mediation, c.Id, ct);
        if (request.FindingId is { } findingId)
        {
            (await screening.FindingAsync(findingId, ct)).ReferToMediation(c.Id, acceptedOn);
        }

        await deadlines.OpenAsync(DisputeDeadlines.MediationGuideline(options.Value), townshipId, CaseOutcomes.SubjectOf(c), acceptedOn, ct);
        await db.SaveChangesAsync(ct);
        return c;
    }
}
