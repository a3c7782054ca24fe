using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Remedies.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Remedies.Cases.RecordOpinion;

/// <summary>收到行政复议意见书 (行政复议法 第76条): its 文号, the day it reached the township and what it asks to correct.</summary>
public sealed record RecordOpinionRequest(
    [Required(ErrorMessage = "请填写意见书文号。"), MaxLength(100, ErrorMessage = "文号不超过 100 字。")] string Number,
    [Required(ErrorMessage = "请填写收到意见书的日期。")] DateOnly? ReceivedOn,
    [Required(ErrorMessage = "请填写意见书指出的问题和纠正要求。"), MaxLength(4000, ErrorMessage = "意见书要旨不超过 4000 字。")] string Summary)
{
    public static RecordOpinionRequest Blank { get; } = new("", null, "");
}

internal sealed class OpinionsRecordedByClerkOrLeader() : WhoMayRule(
    "remedies.cases.opinion.who", "行政复议意见书由法制员或领导登记。", Roles.LegalClerk, Roles.Leader);

/// <summary>Records the 意见书 and opens the township's 60 days to report its correction (第76条) on the board, in one save.</summary>
internal sealed class RecordOpinionHandler(CaseDesk desk)
{
    public async Task<RemedyCase?> HandleAsync(Actor actor, Guid id, RecordOpinionRequest form, CancellationToken ct)
    {
        WhoMayRule.Of<OpinionsRecordedByClerkOrLeader>().Check(actor);
        if (await desk.FindAsync(id, ct) is not { } c)
        {
            return null;
        }

        c.ReceiveOpinion(form.Number, form.ReceivedOn!.Value, form.Summary, desk.Today);
        await desk.Deadlines.OpenAsync(RemedyDeadlines.CorrectionReport, c.TownshipId, CaseDesk.SubjectOf(c), c.OpinionReceivedOn!.Value, ct);
        await desk.Db.SaveChangesAsync(ct);
        return c;
    }
}
