using Fazhi.Modules.Disputes.Hotline;
using Fazhi.Modules.Disputes.Hotline.Ledger;
using Fazhi.Modules.Disputes.Mediation.Cases;
using Fazhi.Modules.Disputes.Mediation.Cases.Ledger;
using Fazhi.Modules.Disputes.Mediation.Committees;
using Fazhi.Modules.Disputes.Petitions;
using Fazhi.Modules.Disputes.Petitions.Ledger;
using Fazhi.Modules.Disputes.Screening;
using Fazhi.Modules.Disputes.Shared;

namespace Fazhi.Modules.Disputes.Home;

/// <summary>The API's reads of the module's records and ledgers (the steps are in their folders).</summary>
internal static class RecordReadEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    internal static void MapRecordReads(this RouteGroupBuilder group)
    {
        group.MapGet("/search", async (string? q, DisputeSearch search, CancellationToken ct) => TypedResults.Ok(await search.FindAsync(q, ct))).WithSummary("查询全部记录");
        group.MapGet("/mediation/committees", async (CommitteeQueries committees, CancellationToken ct) =>
            TypedResults.Ok((await committees.AllAsync(ct)).Select(CommitteeResponse.From).ToList())).WithSummary("人民调解委员会");
        group.MapGet("/mediation/committees/{id:guid}", async (Guid id, CommitteeQueries committees, CancellationToken ct) =>
            TypedResults.Ok(CommitteeResponse.From(await committees.GetAsync(id, ct)))).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("人民调解委员会及其调解员");
        group.MapGet("/mediation/cases/{id:guid}", async (Guid id, CaseQueries cases, CancellationToken ct) =>
            TypedResults.Ok(CaseResponse.From(await cases.GetAsync(id, ct)))).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("人民调解案件");
        group.MapGet("/mediation/cases/export.xlsx", async ([AsParameters] CaseFilter filter, CaseLedger ledger, CancellationToken ct) =>
            TypedResults.File(await ledger.ExportAsync(filter, ct), Xlsx, "人民调解案件台账.xlsx")).WithSummary("导出人民调解案件台账（可再导入）");
        group.MapGet("/screening/rounds/{id:guid}", async (Guid id, ScreeningQueries screening, CancellationToken ct) =>
            TypedResults.Ok(RoundResponse.From((await screening.FindRoundAsync(id, ct)).OrNotFound()))).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("矛盾纠纷排查记录");
        group.MapGet("/petitions/{id:guid}", async (Guid id, PetitionQueries petitions, CancellationToken ct) =>
            TypedResults.Ok(PetitionResponse.From(await petitions.GetAsync(id, ct)))).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("信访事项");
        group.MapGet("/petitions/export.xlsx", async ([AsParameters] PetitionFilter filter, PetitionLedger ledger, CancellationToken ct) =>
            TypedResults.File(await ledger.ExportAsync(filter, ct), Xlsx, "信访事项台账.xlsx")).WithSummary("导出信访事项台账");
        group.MapGet("/hotline/tickets/{id:guid}", async (Guid id, HotlineDesk desk, CancellationToken ct) =>
            TypedResults.Ok(TicketResponse.From(await desk.GetAsync(id, ct)))).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("12345 工单");
        group.MapGet("/hotline/export.xlsx", async ([AsParameters] TicketFilter filter, TicketLedger ledger, CancellationToken ct) =>
            TypedResults.File(await ledger.ExportAsync(filter, ct), Xlsx, "12345工单台账.xlsx")).WithSummary("导出12345工单台账（前十列可再导入）");
    }
}
