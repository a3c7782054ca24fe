using System.ComponentModel.DataAnnotations;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Enforcement.Cases.LegalReview.Opinion;

/// <summary>法制审核意见 (行政处罚法 第五十八条; 国办发〔2018〕118号（十三）): the conclusion, its reasons and the day; the reviewer is the signed-in person.</summary>
public sealed record GiveLegalReviewOpinionRequest(
    [Required(ErrorMessage = "请选择审核意见。"), EnumDataType(typeof(Cases.LegalReviewOpinion), ErrorMessage = "请选择审核意见。")] Cases.LegalReviewOpinion? Opinion,
    [Required(ErrorMessage = "请填写审核意见理由。"), MaxLength(4000, ErrorMessage = "理由不超过 4000 字。")] string Reasons,
    DateOnly? On)
{
    public static GiveLegalReviewOpinionRequest Blank() => new(Cases.LegalReviewOpinion.Approved, "", null);
}

internal sealed class GiveLegalReviewOpinionHandler(FazhiDbContext db, IDeadlines deadlines, IOptions<EnforcementOptions> options, TimeProvider clock)
{
    public async Task<EnforcementCase?> HandleAsync(Actor actor, Guid id, GiveLegalReviewOpinionRequest request, CancellationToken ct)
    {
        WhoMayRule.Of<LegalReviewByReviewers>().Check(actor);
        if (await db.FindCaseAsync(id, ct) is not { } @case)
        {
            return null;
        }

        var on = CaseSteps.ActDate(request.On, @case.LegalReviewRequestedOn, "法制审核", Platform.Time.ChinaTime.Today(clock));
        @case.RecordLegalReview(actor.UserId, actor.Name, request.Opinion!.Value, request.Reasons.Trim(), on);
        if (request.Opinion == Cases.LegalReviewOpinion.Approved)
        {
            await deadlines.MeetAsync(EnforcementDeadlines.LegalReview(options.Value).Code, @case.Id, on, ct);
        }

        await db.SaveChangesAsync(ct);
        return @case;
    }
}
