using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.Notice;

/// <summary>行政处罚事先告知 (行政处罚法 第四十四条): the intended penalty, its facts and the party's rights, on a day.</summary>
public sealed record NotifyPartyRequest(
    [Required(ErrorMessage = "请填写拟处罚种类。")] List<string> Kinds,
    [Range(0, 100000000, ErrorMessage = "罚款金额无效。")] decimal? Fine,
    DateOnly? On)
{
    public static NotifyPartyRequest Blank() => new(["罚款"], null, null);
}

internal sealed class NotifyPartyHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, NotifyPartyRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<PartyNotifiedByCaseHandlers>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        var o = options.Value;
        var on = CaseSteps.ActDate(request.On, @case.FiledOn, "告知", Platform.Time.ChinaTime.Today(clock));
        var item = await db.PowerItemAsync(@case.PowerItemId, ct);
        var statement = await deadlines.ComputeDueAsync(EnforcementDeadlines.Statement(o), on, ct);
        @case.Notify(item, CaseSteps.Kinds(request.Kinds), request.Fine, on, statement.Date, o);
        await deadlines.OpenAsync(EnforcementDeadlines.Statement(o), @case.TownshipId, CaseSteps.Subject(@case), on, ct);
        if (@case.HearingEligible)
        {
            await deadlines.OpenAsync(EnforcementDeadlines.HearingRequest(o), @case.TownshipId, CaseSteps.Subject(@case), on, ct);
        }

        await db.SaveChangesAsync(ct);
        return @case;
    }
}
