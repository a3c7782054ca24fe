using Fazhi.Modules.Remedies.Model;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Remedies.Cases.Record;

internal static class CaseEndpoints
{
    internal static void MapCaseRecord(this RouteGroupBuilder group)
    {
        group.MapGet("/cases/{id:guid}", async (Guid id, CaseDesk desk, CancellationToken ct) =>
            await desk.Db.Set<RemedyCase>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } c ? Results.Ok(await RemedyCaseResponse.ForAsync(c, desk.Deadlines, ct)) : Results.NotFound())
            .WithSummary("行政复议或行政诉讼案件");
        group.MapGet("/cases/export.xlsx", async ([AsParameters] CaseFilter filter, CaseLedger ledger, CancellationToken ct) =>
            Results.File(await ledger.ExportAsync(filter, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "行政复议和行政应诉台账.xlsx"))
            .WithSummary("行政复议和行政应诉台账（Excel）");
    }
}
