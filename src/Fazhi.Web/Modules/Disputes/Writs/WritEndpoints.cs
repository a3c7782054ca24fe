using Fazhi.Modules.Disputes.Mediation.Cases;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Modules.Disputes.Petitions;

namespace Fazhi.Modules.Disputes.Writs;

internal static class WritEndpoints
{
    internal static void MapWrits(this RouteGroupBuilder group)
    {
        group.MapGet("/mediation/cases/{id:guid}/agreement.docx", async (Guid id, CaseQueries cases, CancellationToken ct) =>
            {
                var c = await cases.GetAsync(id, ct);
                return c.AgreementForm == AgreementForm.Written
                    ? Results.File(WritWriter.Agreement(c), WritWriter.DocxType, $"调解协议书{c.Number}.docx")
                    : Results.Problem(title: "本案没有书面调解协议", statusCode: StatusCodes.Status409Conflict);
            })
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("调解协议书（DOCX，供打印后当事人、调解员签名并加盖印章）");
        group.MapGet("/petitions/{id:guid}/acceptance-notice.docx", async (Guid id, PetitionQueries petitions, WritWriter writs, CancellationToken ct) =>
            {
                var p = await petitions.GetAsync(id, ct);
                return p.AcceptedOn is null
                    ? Results.Problem(title: "信访事项尚未受理", statusCode: StatusCodes.Status409Conflict)
                    : Results.File(await writs.AcceptanceNoticeAsync(p, ct), WritWriter.DocxType, $"信访事项受理告知书{p.Number}.docx");
            })
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("信访事项受理告知书（DOCX）");
        group.MapGet("/petitions/{id:guid}/opinion.docx", async (Guid id, PetitionQueries petitions, WritWriter writs, CancellationToken ct) =>
            {
                var p = await petitions.GetAsync(id, ct);
                return p.OpinionIssuedOn is null
                    ? Results.Problem(title: "尚未出具信访处理意见书", statusCode: StatusCodes.Status409Conflict)
                    : Results.File(await writs.OpinionAsync(p, ct), WritWriter.DocxType, $"信访处理意见书{p.Number}.docx");
            })
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("信访处理意见书（DOCX）");
    }
}
