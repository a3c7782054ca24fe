using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disputes.Mediation.Committees.FormCommittee;

/// <summary>组建人民调解委员会 (人民调解法 第八条、第九条、第三十四条), with its first term's members.</summary>
public sealed record FormCommitteeRequest(
    [Required(ErrorMessage = "请填写调解委员会名称。"), MaxLength(100, ErrorMessage = "名称不超过 100 字。")] string Name,
    [EnumDataType(typeof(CommitteeLevel), ErrorMessage = "请选择层级。")] CommitteeLevel Level,
    Guid? VillageId,
    [Required(ErrorMessage = "请填写本届组成日期。")] DateOnly? FormedOn,
    List<CommitteeMemberRequest>? Members);

internal sealed class CommitteeFormedByClerkOrLeader() : WhoMayRule(
    "disputes.committee.form.who", "人民调解委员会的组成由法制员（司法所）或领导登记（司法所指导人民调解工作）。", Roles.LegalClerk, Roles.Leader);

internal sealed class FormCommitteeHandler(FazhiDbContext db, IntakeDesk intake, IDeadlines deadlines, IOptions<DisputesOptions> options)
{
    public async Task<MediationCommittee> HandleAsync(Actor actor, FormCommitteeRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<CommitteeFormedByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff register committees.");
        var village = request.Level == CommitteeLevel.Village ? await intake.VillageAsync(townshipId, request.VillageId, ct) : null;
        var committee = MediationCommittee.Form(townshipId, request.Name, request.Level, village?.Id, village?.Name, request.FormedOn!.Value, CommitteeMemberRequest.Specs(request.Members));
        db.Add(committee);
        await deadlines.OpenAsync(DisputeDeadlines.CommitteeTerm(committee, options.Value), townshipId, SubjectOf(committee), committee.FormedOn, ct);
        await db.SaveChangesAsync(ct);
        return committee;
    }

    public static DeadlineSubject SubjectOf(MediationCommittee c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new DeadlineSubject(DisputesModule.Key, nameof(MediationCommittee), c.Id, $"{c.Name}（第{c.Term}届）", $"/workspace/disputes/mediation/committees/{c.Id}");
    }
}
