using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Screening.RecordRound;

/// <summary>One dispute on the round's sheet: found, and what became of it if known when the round is recorded.</summary>
public sealed record ScreeningFindingRequest(
    [MaxLength(500, ErrorMessage = "纠纷情况不超过 500 字。")] string? Summary,
    [EnumDataType(typeof(MatterTopic), ErrorMessage = "请选择纠纷类型。")] MatterTopic Topic,
    [MaxLength(200, ErrorMessage = "当事人不超过 200 字。")] string? Parties,
    [EnumDataType(typeof(FindingStatus), ErrorMessage = "请选择化解情况。")] FindingStatus Status,
    DateOnly? ResolvedOn,
    [MaxLength(1000, ErrorMessage = "化解情况不超过 1000 字。")] string? Resolution,
    [MaxLength(100, ErrorMessage = "不超过 100 字。")] string? EscalatedTo);

/// <summary>矛盾纠纷排查: a round in a village (or township-wide) on a day, with the disputes it found.</summary>
public sealed record RecordRoundRequest(
    Guid? VillageId,
    [Required(ErrorMessage = "请填写排查日期。")] DateOnly? ConductedOn,
    [Required(ErrorMessage = "请填写排查人员。"), MaxLength(200, ErrorMessage = "不超过 200 字。")] string Team,
    [MaxLength(1000, ErrorMessage = "不超过 1000 字。")] string? Note,
    List<ScreeningFindingRequest>? Findings)
{
    internal IReadOnlyList<FindingSpec> Specs() =>
        [.. (Findings ?? []).Where(f => !string.IsNullOrWhiteSpace(f.Summary))
            .Select(f => new FindingSpec(f.Summary!, f.Topic, f.Parties, f.Status, f.ResolvedOn, f.Resolution, f.EscalatedTo))];
}

internal sealed class RoundRecordedByClerkOrLeader() : WhoMayRule(
    "disputes.screening.round.who", "矛盾纠纷排查情况由法制员（司法所）或领导登记。", Roles.LegalClerk, Roles.Leader);

internal sealed class RecordRoundHandler(FazhiDbContext db, IntakeDesk intake)
{
    public async Task<ScreeningRound> HandleAsync(Actor actor, RecordRoundRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        WhoMayRule.Of<RoundRecordedByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff screen disputes.");
        var village = await intake.VillageAsync(townshipId, request.VillageId, ct);
        var round = ScreeningRound.Record(townshipId, village?.Id, village?.Name ?? "全镇", request.ConductedOn!.Value, request.Team, request.Note, request.Specs(), intake.Today);
        db.Add(round);
        await db.SaveChangesAsync(ct);
        return round;
    }
}
