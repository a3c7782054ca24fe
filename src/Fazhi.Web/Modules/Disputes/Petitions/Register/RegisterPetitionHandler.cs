using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Disputes.Petitions.Register;

/// <summary>
/// 信访事项登记 (信访工作条例 第二十一条、第二十三条): brought directly (走访、书信、电话、网上) or transferred/assigned by a
/// 信访部门 or an upper organ; from a matter already on the intake, or registered here with the petitioner's details.
/// </summary>
public sealed record RegisterPetitionRequest(
    Guid? MatterId,
    [EnumDataType(typeof(PetitionSource), ErrorMessage = "请选择信访事项来源。")] PetitionSource Source,
    [MaxLength(100, ErrorMessage = "不超过 100 字。")] string? FromOrgan,
    [MaxLength(50, ErrorMessage = "不超过 50 字。")] string? FromReference,
    [EnumDataType(typeof(MatterChannel), ErrorMessage = "请选择信访形式。")] MatterChannel Channel,
    [EnumDataType(typeof(MatterCategory), ErrorMessage = "请选择信访事项类别。")] MatterCategory Category,
    [EnumDataType(typeof(MatterTopic), ErrorMessage = "请选择所属领域。")] MatterTopic Topic,
    [MaxLength(200, ErrorMessage = "不超过 200 字。")] string? Subject,
    [MaxLength(4000, ErrorMessage = "不超过 4000 字。")] string? Content,
    [MaxLength(100, ErrorMessage = "不超过 100 字。")] string? PetitionerName,
    [RegularExpression(@"^[0-9\-+ ]{7,20}$", ErrorMessage = "请填写有效的联系电话。")] string? PetitionerPhone,
    [RegularExpression(@"^\d{17}[\dXx]$", ErrorMessage = "公民身份号码应为 18 位。")] string? PetitionerIdNumber,
    [MaxLength(200, ErrorMessage = "不超过 200 字。")] string? PetitionerAddress,
    [Range(1, 500, ErrorMessage = "人数应在 1 至 500 之间。")] int? Headcount,
    Guid? VillageId,
    DateOnly? ReceivedOn);

internal sealed class PetitionRegisteredByClerkOrLeader() : WhoMayRule(
    "disputes.petition.register.who", "信访事项由法制员（信访工作人员）或领导登记（《信访工作条例》第二十一条）。", Roles.LegalClerk, Roles.Leader);

internal sealed class RegisterPetitionHandler(FazhiDbContext db, PetitionQueries petitions, IntakeDesk intake, TownshipDirectory directory, IDeadlines deadlines, IOptions<DisputesOptions> options)
{
    public async Task<Petition> HandleAsync(Actor actor, RegisterPetitionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<PetitionRegisteredByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff register petitions.");
        Matter matter;
        if (request.MatterId is { } matterId)
        {
            matter = await intake.GetAsync(matterId, ct);
        }
        else
        {
            Rules.PetitionRegistration.CheckDetails(request);
            var requester = new RequesterDetails(request.PetitionerName!, request.PetitionerPhone, request.PetitionerIdNumber, request.PetitionerAddress, request.Headcount ?? 1);
            (matter, _) = await intake.RegisterAsync(townshipId, new MatterInput(request.Source == PetitionSource.Direct ? request.Channel : MatterChannel.Referred, request.Category,
                request.Topic, request.Subject!, request.Content!, requester, request.ReceivedOn ?? intake.Today, request.VillageId, request.FromReference), IntakeDesk.By(actor), openReplyPeriod: false, ct);
        }

        // 第二十三条第二款: the written notice is owed unless the petitioner's name and address are unclear.
        var reachable = !string.IsNullOrWhiteSpace(matter.RequesterName) && (!string.IsNullOrWhiteSpace(matter.RequesterAddress) || !string.IsNullOrWhiteSpace(matter.RequesterPhone));
        var petition = Petition.Register(townshipId, matter, await petitions.NextSequenceAsync(townshipId, matter.ReceivedOn.Year, ct), await directory.ShortNameAsync(townshipId, ct),
            request.Source, request.FromOrgan, request.FromReference, reachable);
        db.Add(petition);
        await intake.TakeUpAsync(matter, MatterProcedure.Petition, petition.Id, ct);
        if (reachable)
        {
            await deadlines.OpenAsync(DisputeDeadlines.PetitionNotice(options.Value, petition.IsTransferredIn), townshipId, PetitionQueries.SubjectOf(petition), petition.ReceivedOn, ct);
        }

        if (petition.IsTransferredIn)
        {
            await deadlines.OpenAsync(DisputeDeadlines.PetitionObjection, townshipId, PetitionQueries.SubjectOf(petition), petition.ReceivedOn, ct);
        }

        await db.SaveChangesAsync(ct);
        return petition;
    }
}
