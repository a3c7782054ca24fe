using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Enforcement.Cases.Discussion;

/// <summary>负责人集体讨论 (行政处罚法 第五十七条第二款): the meeting's day, who attended and what they concluded.</summary>
public sealed record RecordDiscussionRequest(
    DateOnly? On,
    [Required(ErrorMessage = "请填写参会人员。"), MaxLength(500, ErrorMessage = "参会人员不超过 500 字。")] string Attendees,
    [Required(ErrorMessage = "请填写讨论结论。"), MaxLength(4000, ErrorMessage = "讨论结论不超过 4000 字。")] string Conclusion)
{
    public static RecordDiscussionRequest Blank() => new(null, "", "");
}

internal sealed class RecordDiscussionHandler(FazhiDbContext db, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, RecordDiscussionRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<CollectiveDiscussionByLeaders>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        @case.RecordDiscussion(CaseSteps.ActDate(request.On, @case.NoticedOn, "集体讨论", Platform.Time.ChinaTime.Today(clock)), request.Attendees.Trim(), request.Conclusion.Trim());
        await db.SaveChangesAsync(ct);
        return @case;
    }
}
