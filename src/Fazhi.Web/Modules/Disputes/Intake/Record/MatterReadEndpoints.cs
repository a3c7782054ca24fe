using Fazhi.Modules.Disputes.Intake.Ledger;

namespace Fazhi.Modules.Disputes.Intake.Record;

internal static class MatterReadEndpoints
{
    internal static void MapMatterReads(this RouteGroupBuilder group)
    {
        group.MapGet("/matters/{id:guid}", async (Guid id, MatterQueries matters, CancellationToken ct) =>
            TypedResults.Ok(MatterResponse.From(await matters.GetAsync(id, ct)))).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("群众诉求（含诉求人信息，仅限本镇工作人员）");
        group.MapGet("/matters/export.xlsx", async ([AsParameters] MatterFilter filter, MatterLedger ledger, CancellationToken ct) =>
            TypedResults.File(await ledger.ExportAsync(filter, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "群众诉求台账.xlsx"))
            .WithSummary("导出群众诉求台账");
    }
}
