using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.Decision;

/// <summary>作出行政处罚决定 (行政处罚法 第五十七条、第五十九条): the penalty, the decision's text and its day.</summary>
public sealed record DecidePenaltyRequest(
    [Required(ErrorMessage = "请填写处罚种类。")] List<string> Kinds,
    [Range(0, 100000000, ErrorMessage = "罚款金额无效。")] decimal? Fine,
    [Required(ErrorMessage = "请填写决定书正文。"), MaxLength(8000, ErrorMessage = "决定书正文不超过 8000 字。")] string Text,
    DateOnly? On)
{
    /// <summary>The form as first shown: the penalty the party was notified of (第四十四条), which the decision may not exceed (第四十五条).</summary>
    internal static DecidePenaltyRequest BlankFor(EnforcementCase @case) =>
        new(string.IsNullOrEmpty(@case.IntendedPenaltyKinds) ? ["罚款"] : [@case.IntendedPenaltyKinds], @case.IntendedFine, "", null);
}

internal sealed class DecidePenaltyHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, DecidePenaltyRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<PenaltyDecidedByResponsiblePerson>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        var o = options.Value;
        var on = CaseSteps.ActDate(request.On, @case.NoticedOn, "作出处罚决定", Platform.Time.ChinaTime.Today(clock));
        var item = await db.PowerItemAsync(@case.PowerItemId, ct);
        var number = await db.NextDecisionNumberAsync(@case.TownshipId, on.Year, o, ct);
        @case.Decide(item, CaseSteps.Kinds(request.Kinds), request.Fine, number, request.Text.Trim(), on);
        await deadlines.MeetAsync(EnforcementDeadlines.Decision(o).Code, @case.Id, on, ct);
        await deadlines.OpenAsync(EnforcementDeadlines.Service(o), @case.TownshipId, CaseSteps.Subject(@case), on, ct);
        await deadlines.OpenAsync(EnforcementDeadlines.Publication(o), @case.TownshipId, CaseSteps.Subject(@case), on, ct);
        await db.SaveChangesAsync(ct);
        return @case;
    }
}
