using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Remedies.Cases.SubmitAnswer;

/// <summary>提交书面答复 (行政复议法 第48条) or 答辩状 (行政诉讼法 第67条) with the evidence and the bases of the act.</summary>
public sealed record SubmitAnswerRequest(
    [Required(ErrorMessage = "请填写答复（答辩）要点及提交的证据、依据。"), MaxLength(4000, ErrorMessage = "答复要点不超过 4000 字。")] string Summary,
    DateOnly? On);

internal sealed class AnswersSubmittedByClerkOrLeader() : WhoMayRule(
    "remedies.cases.answer.who", "书面答复、答辩状由法制员或领导登记提交。", Roles.LegalClerk, Roles.Leader);

internal sealed class SubmitAnswerHandler(CaseDesk desk)
{
    public async Task<RemedyCase?> HandleAsync(Actor actor, Guid id, SubmitAnswerRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<AnswersSubmittedByClerkOrLeader>().Check(actor);
        if (await desk.FindAsync(id, ct) is not { } c)
        {
            return null;
        }

        var on = form.On ?? desk.Today;
        c.Answer(on, form.Summary, desk.Today);
        await desk.Deadlines.MeetAsync(RemedyDeadlines.AnswerCode, c.Id, on, ct);
        await desk.Db.SaveChangesAsync(ct);
        return c;
    }
}
